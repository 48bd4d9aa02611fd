/**
 * Where every point of the trend radar goes. Three sectors (one per kind) and four
 * rings (`everyday` in the centre to `fading` outside); all numbers are SVG user units,
 * which the page shows at one CSS pixel or more, so a point's 24-unit target stays
 * at least 24 px wide on a phone.
 *
 * Placement is seeded by the slug, not random: each point tries the spots its own
 * generator proposes and takes the first free one. Points are placed oldest first,
 * so a newly published entry never pushes an existing point away; a point only moves
 * when something about it (kind, ring) changes or its ring has to grow.
 */
import { KINDS, RINGS, type Kind, type Ring } from '../kinds.ts';
import { hashString, seededRandom } from './seed.ts';

export type RadarItem = {
  id: string;
  kind: Kind;
  ring: Ring;
  /** Placement order, oldest first: the publication day as a number. Ties go by id. */
  order: number;
};

export type RadarOptions = {
  /** Half the touch target. No two point centres are closer than twice this. */
  hitRadius: number;
  /** Radius of the visible mark; the mark stays wholly inside its sector and ring. */
  dotRadius: number;
  /** Starting size of each ring from the centre out: the `everyday` radius, then the width of each band. */
  ringWidths: readonly [number, number, number, number];
  /** Ring names are written across the top axis; their boxes stay free of points. */
  ringLabels: readonly { width: number; height: number }[];
  /** Room outside the circle for the sector names. */
  margin: { side: number; top: number; bottom: number };
  /** How far a ring grows at a time when its points do not fit. */
  growStep: number;
  /**
   * Cells that get a "+N more" link: a box of this size in the middle of the cell
   * (mid-angle, mid-radius of its ring), kept free of points like the ring names.
   */
  moreLabels: readonly { kind: Kind; ring: Ring; width: number; height: number }[];
  /**
   * Places points should keep where they still fit (a filtered radar redrawn in the
   * browser keeps the built places of the points it still shows). Placed first.
   */
  pinned: ReadonlyMap<string, { x: number; y: number }>;
};

export const DEFAULT_OPTIONS: RadarOptions = {
  hitRadius: 12,
  dotRadius: 7,
  ringWidths: [92, 24, 24, 24],
  ringLabels: [],
  margin: { side: 4, top: 4, bottom: 26 },
  growStep: 4,
  moreLabels: [],
  pinned: new Map(),
};

export type RingBand = { ring: Ring; inner: number; outer: number };
export type Sector = { kind: Kind; start: number; end: number };
export type Box = { x: number; y: number; width: number; height: number };
export type RadarPoint = { id: string; kind: Kind; ring: Ring; x: number; y: number; angle: number };

export type RadarLayout = {
  /** SVG viewBox; the centre of the radar is (0, 0). */
  viewBox: { x: number; y: number; width: number; height: number };
  radius: number;
  rings: RingBand[];
  sectors: Sector[];
  /** Where each ring's name goes (the box the text is centred in). */
  ringLabels: (Box & { ring: Ring })[];
  /** Where each cell's "+N more" link goes (the box its text is centred in). */
  moreLabels: (Box & { kind: Kind; ring: Ring })[];
  /** Anchor point and alignment for each sector's name, outside the circle. */
  sectorLabels: { kind: Kind; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  points: RadarPoint[];
};

const SECTOR_SPAN = 360 / KINDS.length;
const RAD = Math.PI / 180;
const round = (n: number) => Math.round(n * 10) / 10 || 0;

/** Degrees clockwise from twelve o'clock to SVG coordinates (y grows downwards). */
export function polar(radius: number, degrees: number): { x: number; y: number } {
  return { x: round(radius * Math.sin(degrees * RAD)), y: round(-radius * Math.cos(degrees * RAD)) };
}

/** The angle of a point, degrees clockwise from twelve o'clock, in [0, 360). */
export function angleOf(x: number, y: number): number {
  const a = Math.atan2(x, -y) / RAD;
  return a < 0 ? a + 360 : a;
}

export function sectorOf(kind: Kind): Sector {
  const i = KINDS.indexOf(kind);
  return { kind, start: i * SECTOR_SPAN, end: (i + 1) * SECTOR_SPAN };
}

function ringBands(widths: readonly number[]): RingBand[] {
  let inner = 0;
  return RINGS.map((ring, i) => {
    const band = { ring, inner, outer: inner + widths[i]! };
    inner = band.outer;
    return band;
  });
}

/** Distance from a point to the ray from the centre at `degrees`. */
function distanceToRay(x: number, y: number, degrees: number): number {
  const dx = Math.sin(degrees * RAD);
  const dy = -Math.cos(degrees * RAD);
  const along = x * dx + y * dy;
  if (along <= 0) return Math.hypot(x, y);
  return Math.abs(x * dy - y * dx);
}

function distanceToBox(x: number, y: number, b: Box): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/**
 * Whether a mark of `dotRadius` at (x, y) lies wholly inside the sector and the ring:
 * the property every placed point has, and what the tests check.
 */
export function insideCell(x: number, y: number, sector: Sector, band: RingBand, dotRadius: number): boolean {
  const r = Math.hypot(x, y);
  if (r < band.inner + dotRadius || r > band.outer - dotRadius) return false;
  const a = angleOf(x, y);
  const within = sector.end >= 360 ? a >= sector.start || a === 0 : a >= sector.start && a < sector.end;
  if (!within) return false;
  return distanceToRay(x, y, sector.start) >= dotRadius && distanceToRay(x, y, sector.end) >= dotRadius;
}

/** The label boxes on the top axis, each just inside the outer edge of its ring. */
function labelBoxes(bands: readonly RingBand[], labels: RadarOptions['ringLabels']): (Box & { ring: Ring })[] {
  return bands.flatMap((band, i) => {
    const label = labels[i];
    if (!label) return [];
    const top = -band.outer + Math.max(1, (band.outer - band.inner - label.height) / 2);
    return [{ ring: band.ring, x: round(-label.width / 2), y: round(top), width: label.width, height: label.height }];
  });
}

/** The "+N more" boxes, each centred on its cell's middle: mid-angle of the sector, mid-radius of the ring. */
function moreBoxes(bands: readonly RingBand[], labels: RadarOptions['moreLabels']): (Box & { kind: Kind; ring: Ring })[] {
  return labels.map((label) => {
    const band = bands[RINGS.indexOf(label.ring)]!;
    const sector = sectorOf(label.kind);
    const c = polar((band.inner + band.outer) / 2, (sector.start + sector.end) / 2);
    return { kind: label.kind, ring: label.ring, x: round(c.x - label.width / 2), y: round(c.y - label.height / 2), width: label.width, height: label.height };
  });
}

/** Buckets placed points by a grid of the minimum distance so each check looks at nine cells. */
function pointGrid(size: number) {
  const cells = new Map<string, { x: number; y: number }[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  return {
    add(x: number, y: number) {
      const k = key(Math.floor(x / size), Math.floor(y / size));
      cells.set(k, [...(cells.get(k) ?? []), { x, y }]);
    },
    free(x: number, y: number, min: number): boolean {
      const cx = Math.floor(x / size);
      const cy = Math.floor(y / size);
      for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
        for (const p of cells.get(key(cx + i, cy + j)) ?? []) if (Math.hypot(p.x - x, p.y - y) < min) return false;
      }
      return true;
    },
  };
}

const CANDIDATES = 300;

/** Up to `CANDIDATES` spots a point would like, in its own seeded order, within its cell. */
function* preferredSpots(id: string, sector: Sector, band: RingBand, dot: number) {
  const random = seededRandom(hashString(id));
  const lo = band.inner + dot;
  const hi = band.outer - dot;
  for (let i = 0; i < CANDIDATES; i++) {
    const u = random();
    const v = random();
    // Uniform over the area, not the radius, so points do not crowd the centre.
    const r = Math.sqrt(lo * lo + v * (hi * hi - lo * lo));
    const margin = r > dot ? Math.asin(Math.min(1, dot / r)) / RAD : SECTOR_SPAN / 2;
    const span = sector.end - sector.start - 2 * margin;
    if (span <= 0) continue;
    yield polar(r, sector.start + margin + u * span);
  }
}

/** The spots of a fine polar grid over a cell: the fallback when a point's seeded spots are all taken. */
function gridSpots(sector: Sector, band: RingBand, dot: number) {
  const spots: { x: number; y: number }[] = [];
  const step = 3;
  for (let r = band.inner + dot; r <= band.outer - dot; r += step) {
    const arc = Math.max(1, Math.floor(((sector.end - sector.start) * RAD * r) / step));
    for (let k = 0; k <= arc; k++) spots.push(polar(r, sector.start + ((sector.end - sector.start) * k) / arc));
  }
  return spots;
}

/**
 * The free spot nearest to `near` (ties by position, so the choice never depends on
 * iteration luck). A spot that does not fit never fits again — points are only ever
 * added — so it is dropped from `spots`, which keeps crowded libraries fast.
 */
function nearestFree(spots: { x: number; y: number }[], near: { x: number; y: number }, fits: (p: { x: number; y: number }) => boolean) {
  let best: { x: number; y: number } | undefined;
  let bestD = Infinity;
  let kept = 0;
  for (const p of spots) {
    if (!fits(p)) continue;
    spots[kept++] = p;
    const d = Math.hypot(p.x - near.x, p.y - near.y);
    if (d > bestD || (d === bestD && best && (p.x > best.x || (p.x === best.x && p.y >= best.y)))) continue;
    best = p;
    bestD = d;
  }
  spots.length = kept;
  return best;
}

/** The placed points, and for each ring how many of its points found no free spot. */
type Placement = { points: RadarPoint[]; failed: Map<Ring, number> };

function place(items: readonly RadarItem[], bands: readonly RingBand[], boxes: readonly Box[], o: RadarOptions): Placement {
  const grid = pointGrid(o.hitRadius * 2);
  const min = o.hitRadius * 2;
  const points: RadarPoint[] = [];
  const failed = new Map<Ring, number>();
  const fallback = new Map<string, { x: number; y: number }[]>();
  const pinnedFirst = (i: RadarItem) => (o.pinned.has(i.id) ? 0 : 1);
  const ordered = [...items].sort((a, b) => pinnedFirst(a) - pinnedFirst(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of ordered) {
    const sector = sectorOf(item.kind);
    const band = bands[RINGS.indexOf(item.ring)]!;
    const fits = (p: { x: number; y: number }) =>
      insideCell(p.x, p.y, sector, band, o.dotRadius) &&
      boxes.every((b) => distanceToBox(p.x, p.y, b) >= o.dotRadius + 1) &&
      grid.free(p.x, p.y, min);
    let first: { x: number; y: number } | undefined;
    const pin = o.pinned.get(item.id);
    let spot: { x: number; y: number } | undefined = pin && fits(pin) ? pin : undefined;
    if (!spot) for (const p of preferredSpots(item.id, sector, band, o.dotRadius)) {
      first ??= p;
      if (fits(p)) { spot = p; break; }
    }
    if (!spot) {
      const key = `${item.kind}/${item.ring}`;
      if (!fallback.has(key)) fallback.set(key, gridSpots(sector, band, o.dotRadius));
      spot = nearestFree(fallback.get(key)!, first ?? polar((band.inner + band.outer) / 2, (sector.start + sector.end) / 2), fits);
    }
    if (!spot) {
      failed.set(item.ring, (failed.get(item.ring) ?? 0) + 1);
      continue;
    }
    grid.add(spot.x, spot.y);
    points.push({ id: item.id, kind: item.kind, ring: item.ring, x: spot.x, y: spot.y, angle: round(angleOf(spot.x, spot.y)) });
  }
  return { points, failed };
}

/** Usable area of one cell (sector × ring) for point centres, by numeric integration. */
function cellArea(sector: Sector, band: RingBand, dot: number): number {
  const lo = band.inner + dot;
  const hi = band.outer - dot;
  if (hi <= lo) return 0;
  const steps = 48;
  const dr = (hi - lo) / steps;
  let area = 0;
  for (let s = 0; s < steps; s++) {
    const r = lo + (s + 0.5) * dr;
    const margin = r > dot ? 2 * Math.asin(Math.min(1, dot / r)) : Math.PI;
    area += Math.max(0, (sector.end - sector.start) * RAD - margin) * r * dr;
  }
  return area;
}

/**
 * Ring sizes to start placing with: `ringWidths`, grown in `growStep`s only where the
 * most crowded sector of a ring clearly cannot fit (less room than tight packing needs,
 * about d² per point). Placement itself grows a ring further if it must, so
 * a small library keeps exactly the starting picture.
 */
function fitRings(items: readonly RadarItem[], o: RadarOptions): number[] {
  const widths = [...o.ringWidths];
  const perPoint = (2 * o.hitRadius) ** 2;
  RINGS.forEach((ring, i) => {
    const most = Math.max(0, ...KINDS.map((kind) => items.filter((it) => it.ring === ring && it.kind === kind).length));
    while (cellArea(sectorOf('app'), ringBands(widths)[i]!, o.dotRadius) < most * perPoint) widths[i]! += o.growStep;
  });
  return widths;
}

/** The whole picture: rings, sectors, label places and every point. Same input, same output. */
export function layoutRadar(items: readonly RadarItem[], options: Partial<RadarOptions> = {}): RadarLayout {
  const o: RadarOptions = { ...DEFAULT_OPTIONS, ...options };
  const widths = fitRings(items, o);
  for (let attempt = 0; ; attempt++) {
    const bands = ringBands(widths);
    const boxes = labelBoxes(bands, o.ringLabels);
    const more = moreBoxes(bands, o.moreLabels);
    const { points, failed } = place(items, bands, [...boxes, ...more], o);
    if (failed.size === 0) {
      const radius = bands.at(-1)!.outer;
      const d = (kind: Kind) => (sectorOf(kind).start + sectorOf(kind).end) / 2;
      return {
        viewBox: { x: -radius - o.margin.side, y: -radius - o.margin.top, width: 2 * (radius + o.margin.side), height: 2 * radius + o.margin.top + o.margin.bottom },
        radius,
        rings: bands,
        sectors: KINDS.map(sectorOf),
        ringLabels: boxes,
        moreLabels: more,
        sectorLabels: KINDS.map((kind) => {
          // Names sit in the free corners beside the circle; the bottom sector's below it.
          const a = d(kind);
          if (a === 180) return { kind, x: 0, y: round(radius + o.margin.bottom - 8), anchor: 'middle' as const };
          const corner = a < 180 ? 45 : 315;
          const p = polar(radius + 6, corner);
          return { kind, x: p.x, y: p.y, anchor: a < 180 ? ('start' as const) : ('end' as const) };
        }),
        points,
      };
    }
    if (attempt > 200) throw new Error(`radar: could not place ${items.length} points`);
    // Grow each crowded ring by the room its homeless points need (seeded spots pack
    // at about 1.6 d² per point), in whole steps, so a large library settles in a few rounds.
    for (const [ring, count] of failed) {
      const i = RINGS.indexOf(ring);
      const arc = (SECTOR_SPAN * RAD) * bands[i]!.outer;
      const needed = (count * 1.6 * (2 * o.hitRadius) ** 2) / arc;
      widths[i]! += Math.max(1, Math.ceil(needed / o.growStep)) * o.growStep;
    }
  }
}
