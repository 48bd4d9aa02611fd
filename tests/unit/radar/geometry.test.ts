import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_OPTIONS, angleOf, layoutRadar, polar, sectorOf, type RadarItem, type RadarLayout } from '../../../src/lib/radar/geometry.ts';
import { KINDS, RINGS } from '../../../src/schemas/entry.ts';

const LABELS = [{ width: 48, height: 13 }, { width: 68, height: 13 }, { width: 48, height: 13 }, { width: 106, height: 13 }];

const item = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8})?$/),
  kind: fc.constantFrom(...KINDS),
  ring: fc.constantFrom(...RINGS),
  order: fc.integer({ min: 0, max: 2_000_000_000_000 }),
});
const library = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 90 });

/**
 * Plain geometry, written apart from the layout's own `insideCell`: does a dot of radius
 * `dot` at (x, y) lie wholly in its kind's wedge (the kinds share the circle in equal
 * parts, clockwise from twelve o'clock, in KINDS order) and in its ring's band?
 */
function inCell(x: number, y: number, kind: RadarItem['kind'], band: { inner: number; outer: number }, dot: number): boolean {
  const r = Math.hypot(x, y);
  if (r - dot < band.inner || r + dot > band.outer) return false;
  const span = 360 / KINDS.length;
  const start = KINDS.indexOf(kind) * span;
  const degrees = ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360;
  if (degrees < start || degrees >= start + span) return false;
  // Clear of both edges of the wedge: the distance to each edge (a ray from the centre).
  return [start, start + span].every((edge) => {
    const [ux, uy] = [Math.sin((edge * Math.PI) / 180), -Math.cos((edge * Math.PI) / 180)];
    return (x * ux + y * uy > 0 ? Math.abs(x * uy - y * ux) : r) >= dot;
  });
}

function problems(items: readonly RadarItem[], layout: RadarLayout): string[] {
  const out: string[] = [];
  const { hitRadius, dotRadius } = DEFAULT_OPTIONS;
  if (layout.points.length !== items.length) out.push(`${layout.points.length} points for ${items.length} items`);
  // The rings, in RINGS order from the centre out, fill the circle without gaps.
  const edges = layout.rings.map((b) => [b.ring, b.inner, b.outer]);
  const expectedEdges = layout.rings.map((b, i) => [RINGS[i], i === 0 ? 0 : layout.rings[i - 1]!.outer, b.outer]);
  if (JSON.stringify(edges) !== JSON.stringify(expectedEdges) || layout.rings.at(-1)?.outer !== layout.radius) out.push(`rings ${JSON.stringify(edges)} do not fill radius ${layout.radius}`);
  for (const p of layout.points) {
    const band = layout.rings[RINGS.indexOf(p.ring)]!;
    if (!inCell(p.x, p.y, p.kind, band, dotRadius)) out.push(`${p.id} outside ${p.kind}/${p.ring} at ${p.x},${p.y}`);
    for (const b of layout.ringLabels) {
      const dx = Math.max(b.x - p.x, 0, p.x - b.x - b.width);
      const dy = Math.max(b.y - p.y, 0, p.y - b.y - b.height);
      if (Math.hypot(dx, dy) < dotRadius) out.push(`${p.id} covers the ${b.ring} label`);
    }
  }
  layout.points.forEach((a, i) => layout.points.slice(i + 1).forEach((b) => {
    if (Math.hypot(a.x - b.x, a.y - b.y) < 2 * hitRadius - 1e-9) out.push(`${a.id} and ${b.id} closer than ${2 * hitRadius}`);
  }));
  return out;
}

/** A library shaped like the sample one: most entries everyday, a few in the outer rings. */
const sample: RadarItem[] = [
  ...Array.from({ length: 9 }, (_, i) => ({ id: `value-${i}`, kind: 'value' as const, ring: 'everyday' as const, order: i })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `app-${i}`, kind: 'app' as const, ring: 'everyday' as const, order: i })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `trend-${i}`, kind: 'trend' as const, ring: 'everyday' as const, order: i })),
  { id: 'notion', kind: 'app', ring: 'rising', order: 5 },
  { id: 'signal', kind: 'app', ring: 'niche', order: 1 },
  { id: 'clubhouse', kind: 'app', ring: 'fading', order: 2 },
  { id: 'finfluencer', kind: 'trend', ring: 'rising', order: 9 },
  { id: 'live-shopping', kind: 'trend', ring: 'niche', order: 8 },
  { id: 'psych-safety', kind: 'value', ring: 'rising', order: 4 },
];

describe('radar geometry', () => {
  it('puts every point inside its sector and ring, clear of the ring names, never closer than two radii to another', () => {
    fc.assert(
      fc.property(library, (items) => {
        expect(problems(items, layoutRadar(items, { ringLabels: LABELS }))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('draws the same picture for the same input, in whatever order the entries come', () => {
    fc.assert(
      fc.property(library, fc.integer(), (items, seed) => {
        const shuffled = [...items].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
        expect(layoutRadar(shuffled, { ringLabels: LABELS })).toEqual(layoutRadar(items, { ringLabels: LABELS }));
      }),
      { numRuns: 30 },
    );
  });

  it('leaves every existing point in place when a newer entry is published', () => {
    const before = layoutRadar(sample, { ringLabels: LABELS });
    const after = layoutRadar([...sample, { id: 'de-influencing', kind: 'trend', ring: 'rising', order: 99 }], { ringLabels: LABELS });
    expect(after.rings).toEqual(before.rings);
    expect(after.points.filter((p) => p.id !== 'de-influencing')).toEqual(before.points);
  });

  it('places a point by its slug: a renamed entry may move, an unchanged one stays', () => {
    const a = layoutRadar([{ id: 'tiktok', kind: 'app', ring: 'everyday', order: 1 }]).points[0]!;
    const b = layoutRadar([{ id: 'tiktok', kind: 'app', ring: 'everyday', order: 1 }]).points[0]!;
    const c = layoutRadar([{ id: 'tik-tok', kind: 'app', ring: 'everyday', order: 1 }]).points[0]!;
    expect(b).toEqual(a);
    expect({ x: c.x, y: c.y }).not.toEqual({ x: a.x, y: a.y });
  });

  it('keeps the starting ring sizes for a library the size of the sample, so it fits a 375 px phone at 1 px per unit', () => {
    const layout = layoutRadar(sample, { ringLabels: LABELS });
    expect(layout.rings.map((r) => r.outer)).toEqual([92, 116, 140, 164]);
    expect(layout.viewBox.width).toBeLessThanOrEqual(343);
    expect(problems(sample, layout)).toEqual([]);
  });

  it('grows a ring that cannot hold its points instead of letting them overlap', () => {
    const crowded = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, kind: 'app' as const, ring: 'everyday' as const, order: i }));
    const layout = layoutRadar(crowded);
    expect(layout.rings[0]!.outer).toBeGreaterThan(92);
    expect(layout.rings[1]!.outer - layout.rings[0]!.outer).toBe(24);
    expect(problems(crowded, layout)).toEqual([]);
  });

  it('frames the whole circle and leaves room below it for the bottom sector name', () => {
    const { viewBox, radius, sectorLabels } = layoutRadar(sample);
    expect(viewBox.x).toBeLessThanOrEqual(-radius);
    expect(viewBox.y).toBeLessThanOrEqual(-radius);
    expect(viewBox.x + viewBox.width).toBeGreaterThanOrEqual(radius);
    const bottom = sectorLabels.find((s) => s.anchor === 'middle')!;
    expect(bottom.kind).toBe('trend');
    expect(bottom.y).toBeGreaterThan(radius);
    expect(bottom.y).toBeLessThanOrEqual(viewBox.y + viewBox.height);
  });

  it('keeps each "+N" box in the middle of its cell and free of points', () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, kind: (['app', 'trend', 'value'] as const)[i % 3]!, ring: RINGS[i % 4]!, order: i }));
    const moreLabels = [{ kind: 'app' as const, ring: 'rising' as const, width: 36, height: 24 }, { kind: 'value' as const, ring: 'everyday' as const, width: 43, height: 24 }];
    const layout = layoutRadar(crowded, { ringLabels: LABELS, moreLabels });
    expect(layout.moreLabels.map((b) => [b.kind, b.ring, b.width, b.height])).toEqual([['app', 'rising', 36, 24], ['value', 'everyday', 43, 24]]);
    for (const b of layout.moreLabels) {
      // The box's centre lies on the cell's middle: mid-angle of the sector (60° for apps, 300° for values), mid-radius of the ring.
      const band = layout.rings[RINGS.indexOf(b.ring)]!;
      const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
      expect(Math.hypot(cx, cy)).toBeCloseTo((band.inner + band.outer) / 2, 0);
      expect(angleOf(cx, cy)).toBeCloseTo(b.kind === 'app' ? 60 : 300, 0);
      for (const p of layout.points) {
        const dx = Math.max(b.x - p.x, 0, p.x - b.x - b.width);
        const dy = Math.max(b.y - p.y, 0, p.y - b.y - b.height);
        expect(Math.hypot(dx, dy), `${p.id} on the ${b.kind}/${b.ring} box`).toBeGreaterThanOrEqual(DEFAULT_OPTIONS.dotRadius);
      }
    }
    expect(problems(crowded, layout)).toEqual([]);
  });

  it('keeps pinned points where they are and places the others around them', () => {
    const full = layoutRadar(sample, { ringLabels: LABELS });
    // A subset, as a filter leaves it: alone, its points would take other spots.
    const subset = sample.filter((_, i) => i % 3 === 0);
    const alone = layoutRadar(subset, { ringLabels: LABELS });
    const at = (l: RadarLayout, id: string) => l.points.find((p) => p.id === id)!;
    expect(subset.some((i) => at(alone, i.id).x !== at(full, i.id).x || at(alone, i.id).y !== at(full, i.id).y)).toBe(true);
    const pinned = new Map(full.points.map((p) => [p.id, { x: p.x, y: p.y }]));
    const kept = layoutRadar(subset, { ringLabels: LABELS, pinned });
    for (const i of subset) expect({ x: at(kept, i.id).x, y: at(kept, i.id).y }).toEqual({ x: at(full, i.id).x, y: at(full, i.id).y });
    // A pin where the point does not fit (another ring) is ignored, not obeyed.
    const wrong = layoutRadar([{ id: 'signal', kind: 'app', ring: 'niche', order: 1 }], { pinned: new Map([['signal', { x: 0, y: -10 }]]) });
    expect(problems([{ id: 'signal', kind: 'app', ring: 'niche', order: 1 }], wrong)).toEqual([]);
  });

  it.each([[0, 0, -10], [90, 10, 0], [180, 0, 10], [270, -10, 0]])('measures angles clockwise from twelve o’clock (%i°)', (deg, x, y) => {
    expect(polar(10, deg)).toEqual({ x, y });
    expect(angleOf(x, y)).toBeCloseTo(deg);
  });

  it('gives each kind a third of the circle: apps top right, trends at the bottom, values top left', () => {
    expect(KINDS.map((k) => [k, sectorOf(k).start, sectorOf(k).end])).toEqual([['app', 0, 120], ['trend', 120, 240], ['value', 240, 360]]);
  });
});
