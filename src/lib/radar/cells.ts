/**
 * Which entries the radar names in each cell (a sector × a ring). A cell names at most
 * `CELL_LIMIT` points, so the chart and its tables stay the same size however large
 * the library grows; the rest of a cell is one "+N" link to the cell's own paged list.
 *
 * The rule, the same on the chart, in its tables, on the cell's list and in the
 * browser's filtered radar: what moved in the current period first (new, then moved in,
 * then moved out), then what changed most recently (the later of `published` and
 * `updated`), then by title.
 */
import { KINDS, RINGS, type Kind, type Ring } from '../kinds.ts';
import type { Level } from '../levels.ts';
import type { Movement } from './movement.ts';

/**
 * Named points per cell: room for a program's first years in full (the sample's fullest
 * cell has 9), few enough that the chart of a full radar stays about 500 units wide.
 */
export const CELL_LIMIT = 10;

/** What the radar knows of an entry before it is placed; also one record of `radar/index.json`. */
export type RadarFacts = {
  id: string;
  title: string;
  kind: Kind;
  ring: Ring;
  level: Level;
  tags: readonly string[];
  goals: readonly string[];
  movement: Movement;
  /** The ring it moved from, for `in` and `out`. */
  from?: Ring;
  /** Publication day, YYYY-MM-DD: the order points are placed in. */
  published: string;
  /** Last change (the later of `published` and `updated`), YYYY-MM-DD. */
  changed: string;
};

export type RadarCell = { kind: Kind; ring: Ring; entries: RadarFacts[] };

const MOVEMENT_RANK: Record<Movement, number> = { new: 0, in: 1, out: 2, none: 3 };

/** The order within a cell: moved first (new, in, out), then the most recent change, then title. */
export function cellOrder(a: RadarFacts, b: RadarFacts): number {
  return MOVEMENT_RANK[a.movement] - MOVEMENT_RANK[b.movement]
    || (a.changed < b.changed ? 1 : a.changed > b.changed ? -1 : 0)
    || a.title.localeCompare(b.title, 'de')
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every cell, sector by sector and from the centre out, each with its entries in `cellOrder`. Empty cells included. */
export function radarCells(facts: readonly RadarFacts[]): RadarCell[] {
  const cells = KINDS.flatMap((kind) => RINGS.map((ring) => ({ kind, ring, entries: [] as RadarFacts[] })));
  const at = (kind: Kind, ring: Ring) => cells[KINDS.indexOf(kind) * RINGS.length + RINGS.indexOf(ring)]!;
  for (const f of facts) at(f.kind, f.ring).entries.push(f);
  for (const c of cells) c.entries.sort(cellOrder);
  return cells;
}

/** The entries a cell names on the chart. */
export const namedIn = (cell: RadarCell, limit = CELL_LIMIT) => cell.entries.slice(0, limit);

/** How many entries of a cell the chart does not name: the N of its "+N" link. */
export const moreIn = (cell: RadarCell, limit = CELL_LIMIT) => Math.max(0, cell.entries.length - limit);

/** The text of a cell's "+N" link. */
export const moreText = (n: number) => `+${n}`;

/** The box a "+N" link needs in the chart (11 px bold sans, as the ring names): at least a 24-unit target. */
export function moreBox(n: number): { width: number; height: number } {
  return { width: Math.max(24, Math.ceil(moreText(n).length * 6.6 + 12)), height: 24 };
}
