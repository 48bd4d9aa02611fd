import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, cellOrder, moreBox, moreIn, namedIn, radarCells, type RadarFacts } from '../../../src/lib/radar/cells.ts';
import { placeRadar } from '../../../src/lib/radar/model.ts';
import { KINDS, RINGS } from '../../../src/schemas/entry.ts';

const fact = (id: string, over: Partial<RadarFacts> = {}): RadarFacts => ({
  id, title: id, kind: 'app', ring: 'everyday', level: 'starter', tags: [], goals: [], movement: 'none', published: '2025-01-01', changed: '2025-01-01', ...over,
});

describe('which entries a radar cell names', () => {
  it('puts what moved first (new, moved in, moved out), then the latest change, then the title', () => {
    const facts = [
      fact('old', { changed: '2025-02-01' }),
      fact('out', { movement: 'out', from: 'everyday', changed: '2025-03-01' }),
      fact('recent', { changed: '2026-10-01' }),
      fact('new', { movement: 'new', changed: '2026-01-01' }),
      fact('b-same-day', { title: 'Beta', changed: '2026-10-01' }),
      fact('in', { movement: 'in', from: 'rising', changed: '2024-01-01' }),
    ];
    expect([...facts].sort(cellOrder).map((f) => f.id)).toEqual(['new', 'in', 'out', 'b-same-day', 'recent', 'old']);
  });

  it('has every cell, sector by sector and ring by ring, each entry in its own', () => {
    const cells = radarCells([fact('a'), fact('b', { kind: 'value', ring: 'fading' }), fact('c', { kind: 'trend', ring: 'niche' })]);
    expect(cells.map((c) => `${c.kind}/${c.ring}`)).toEqual(KINDS.flatMap((k) => RINGS.map((r) => `${k}/${r}`)));
    expect(cells.filter((c) => c.entries.length > 0).map((c) => [c.kind, c.ring, c.entries.map((e) => e.id)])).toEqual([
      ['app', 'everyday', ['a']], ['trend', 'niche', ['c']], ['value', 'fading', ['b']],
    ]);
  });

  it('names at most the limit and counts the rest', () => {
    const [cell] = radarCells(Array.from({ length: 15 }, (_, i) => fact(`e${String(i).padStart(2, '0')}`, { changed: `2026-01-${String(i + 1).padStart(2, '0')}` })));
    expect(namedIn(cell!, 12).map((f) => f.id)).toEqual(['e14', 'e13', 'e12', 'e11', 'e10', 'e09', 'e08', 'e07', 'e06', 'e05', 'e04', 'e03']);
    expect(moreIn(cell!, 12)).toBe(3);
    expect(moreIn(cell!, 20)).toBe(0);
  });

  it('gives a "+N" link at least a 24-unit target, wider for longer numbers', () => {
    expect(moreBox(3)).toEqual({ width: 26, height: 24 });
    expect(moreBox(4321).width).toBeGreaterThan(moreBox(3).width);
  });
});

describe('the radar at any size', () => {
  /** A library of `n` entries spread over every cell, as the bench's generator spreads them. */
  const library = (n: number) => Array.from({ length: n }, (_, i) => fact(`entry-${i}`, {
    kind: KINDS[i % 3]!, ring: RINGS[Math.floor(i / 3) % 4]!, published: `20${10 + (i % 16)}-01-01`, changed: `20${10 + (i % 16)}-0${1 + (i % 9)}-01`,
    movement: i % 97 === 0 ? 'new' : 'none',
  }));

  it('names the same number of points and draws the same circle at 1,000 and 5,000 entries', () => {
    const small = placeRadar(library(1000));
    const large = placeRadar(library(5000));
    expect(small.rows).toHaveLength(KINDS.length * RINGS.length * CELL_LIMIT);
    expect(large.rows).toHaveLength(small.rows.length);
    // The circle does not grow with the library: the rings hold the same number of named points (the seeded spots vary a little).
    expect(large.layout.viewBox.width).toBeLessThanOrEqual(small.layout.viewBox.width * 1.1);
    expect(large.layout.viewBox.width).toBeLessThanOrEqual(520);
    expect(large.facts).toHaveLength(5000);
    // Every cell has a "+N" link, and N is what it does not name.
    expect(large.layout.moreLabels).toHaveLength(12);
    expect(large.cells.map((c) => c.entries.length - moreIn(c, CELL_LIMIT))).toEqual(Array(12).fill(CELL_LIMIT));
  });

  it('names what moved before what did not, in each cell', () => {
    const model = placeRadar(library(5000));
    const moved = library(5000).filter((f) => f.movement === 'new');
    const named = new Set(model.rows.map((r) => r.id));
    // 52 new entries over 12 cells: at most 5 per cell, so all are named.
    for (const f of moved) expect(named.has(f.id), f.id).toBe(true);
  });

  it('names every entry of a small library: nothing behind "+N"', () => {
    const model = placeRadar(library(40));
    expect(model.rows).toHaveLength(40);
    expect(model.layout.moreLabels).toEqual([]);
  });
});
