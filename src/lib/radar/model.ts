/**
 * Everything the radar page, the home page teaser and the tables show, computed once
 * from plain entries: each entry's movement, the cells and the entries each names
 * (`cells.ts`), and the layout of the named points. The browser's filtered radar runs
 * `placeRadar` on the same facts read from `radar/index.json`.
 */
import { KINDS, RINGS, type Kind } from '../kinds.ts';
import type { Level } from '../levels.ts';
import { toIsoDay } from '../dates.ts';
import { lastChange } from '../last-change.ts';
import { layoutRadar, type RadarLayout, type RadarOptions } from './geometry.ts';
import type { RingTrail } from '../ring-history.ts';
import { CELL_LIMIT, moreBox, moreIn, namedIn, radarCells, type RadarCell, type RadarFacts } from './cells.ts';
import { movementSince, movementWindow, type Movement, type MovementWindow } from './movement.ts';

export type { RadarCell, RadarFacts };

export type RadarEntry = {
  id: string;
  data: RingTrail & {
    title: string;
    kind: Kind;
    level: Level;
    tags: readonly string[];
    goals: readonly string[];
  };
};

/** A named point: its facts and its place on the chart. */
export type RadarRow = RadarFacts & { x: number; y: number; angle: number };

export type RadarModel = {
  layout: RadarLayout;
  /** The named points, in `byPlace` order. */
  rows: RadarRow[];
  /** Every cell with all its entries, in `cellOrder`. */
  cells: RadarCell[];
  /** Every entry, in `byPlace` order. */
  facts: RadarFacts[];
  /** Named points per cell. */
  limit: number;
};

/** Rows by sector, then ring from the centre out, then title: the order of the table and of keyboard focus. */
export function byPlace(a: RadarFacts, b: RadarFacts): number {
  return KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring) || a.title.localeCompare(b.title, 'de');
}

/** An entry as the radar sees it, with its movement after `since`. */
export function radarFacts(e: RadarEntry, since: Date): RadarFacts {
  const { movement, from } = movementSince(e.data, since);
  return {
    id: e.id, title: e.data.title, kind: e.data.kind, ring: e.data.ring, level: e.data.level,
    tags: e.data.tags, goals: e.data.goals, movement, ...(from ? { from } : {}), published: toIsoDay(e.data.published), changed: toIsoDay(lastChange(e.data)),
  };
}

/**
 * The chart for a set of entries: at most `limit` named points per cell, a "+N" box
 * where a cell has more, and a place for each named point. Points are placed in the
 * order they were published (oldest first), so a new entry does not push an older one.
 */
export function placeRadar(facts: readonly RadarFacts[], options: Partial<RadarOptions> = {}, limit = CELL_LIMIT): RadarModel {
  const cells = radarCells(facts);
  const named = cells.flatMap((c) => namedIn(c, limit));
  const layout = layoutRadar(
    named.map((f) => ({ id: f.id, kind: f.kind, ring: f.ring, order: Date.parse(f.published) })),
    { ...options, moreLabels: cells.filter((c) => moreIn(c, limit) > 0).map((c) => ({ kind: c.kind, ring: c.ring, ...moreBox(moreIn(c, limit)) })) },
  );
  const at = new Map(layout.points.map((p) => [p.id, p]));
  const rows = named.map((f) => {
    const p = at.get(f.id)!;
    return { ...f, x: p.x, y: p.y, angle: p.angle };
  });
  return { layout, rows: rows.sort(byPlace), cells, facts: [...facts].sort(byPlace), limit };
}

export function radarModel(entries: readonly RadarEntry[], since: Date, options: Partial<RadarOptions> = {}, limit = CELL_LIMIT): RadarModel {
  return placeRadar(entries.map((e) => radarFacts(e, since)), options, limit);
}

const MOVEMENT_ORDER: Movement[] = ['new', 'in', 'out'];

/** The entries that moved, for "what is new": new first, then moved in, then moved out. */
export function moved<T extends RadarFacts>(rows: readonly T[]): T[] {
  return rows
    .filter((r) => r.movement !== 'none')
    .sort((a, b) => MOVEMENT_ORDER.indexOf(a.movement) - MOVEMENT_ORDER.indexOf(b.movement) || byPlace(a, b));
}

/** Room a ring name needs on the top axis, estimated from its length (11 px bold sans). */
export function ringLabelBox(name: string): { width: number; height: number } {
  return { width: Math.ceil(name.length * 6.6 + 8), height: 13 };
}

const cache = new WeakMap<readonly RadarEntry[], Map<string, RadarModel>>();

/**
 * The radar the site shows: movement since the last digest (or the last 60 days),
 * ring names kept free on the top axis. Cached per entry list, so the radar page and
 * the home page share one layout per build.
 */
export function siteRadar(
  entries: readonly RadarEntry[],
  digests: readonly { number: number; to: Date }[],
  today: Date,
  ringNames: readonly string[],
): { model: RadarModel; window: MovementWindow } {
  const window = movementWindow(digests, today);
  const key = `${window.since.toISOString()}|${ringNames.join('|')}`;
  const byKey = cache.get(entries) ?? new Map<string, RadarModel>();
  cache.set(entries, byKey);
  if (!byKey.has(key)) byKey.set(key, radarModel(entries, window.since, { ringLabels: ringNames.map(ringLabelBox) }));
  return { model: byKey.get(key)!, window };
}

const factsCache = new WeakMap<readonly RadarEntry[], RadarCell[]>();

/**
 * The site's radar cells with every entry, whatever the UI language: for the cells'
 * own pages and the radar's index. Cached per entry list.
 */
export function siteCells(entries: readonly RadarEntry[], digests: readonly { number: number; to: Date }[], today: Date): RadarCell[] {
  let cells = factsCache.get(entries);
  if (!cells) {
    const { since } = movementWindow(digests, today);
    factsCache.set(entries, (cells = radarCells(entries.map((e) => radarFacts(e, since)))));
  }
  return cells;
}
