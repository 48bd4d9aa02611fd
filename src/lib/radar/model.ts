/**
 * Everything the radar page, the home page teaser and the table show, computed once
 * from plain entries: the layout, each entry's movement and the rows in reading order.
 */
import { KINDS, RINGS, type Kind, type Level, type Ring } from '../../schemas/entry.ts';
import { layoutRadar, type RadarLayout, type RadarOptions } from './geometry.ts';
import type { RingTrail } from '../ring-history.ts';
import { movementSince, movementWindow, type Movement, type MovementWindow } from './movement.ts';

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

export type RadarRow = {
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
  x: number;
  y: number;
  angle: number;
};

export type RadarModel = { layout: RadarLayout; rows: RadarRow[] };

/** Rows by sector, then ring from the centre out, then title: the order of the table and of keyboard focus. */
export function byPlace(a: RadarRow, b: RadarRow): number {
  return KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring) || a.title.localeCompare(b.title, 'de');
}

export function radarModel(entries: readonly RadarEntry[], since: Date, options: Partial<RadarOptions> = {}): RadarModel {
  const layout = layoutRadar(
    entries.map((e) => ({ id: e.id, kind: e.data.kind, ring: e.data.ring, order: e.data.published.getTime() })),
    options,
  );
  const at = new Map(layout.points.map((p) => [p.id, p]));
  const rows = entries.map((e) => {
    const p = at.get(e.id)!;
    const { movement, from } = movementSince(e.data, since);
    return {
      id: e.id, title: e.data.title, kind: e.data.kind, ring: e.data.ring, level: e.data.level,
      tags: e.data.tags, goals: e.data.goals, movement, ...(from ? { from } : {}), x: p.x, y: p.y, angle: p.angle,
    };
  });
  return { layout, rows: rows.sort(byPlace) };
}

const MOVEMENT_ORDER: Movement[] = ['new', 'in', 'out'];

/** The entries that moved, for "what is new": new first, then moved in, then moved out. */
export function moved(rows: readonly RadarRow[]): RadarRow[] {
  return rows
    .filter((r) => r.movement !== 'none')
    .sort((a, b) => MOVEMENT_ORDER.indexOf(a.movement) - MOVEMENT_ORDER.indexOf(b.movement) || byPlace(a, b));
}

/** Room a ring name needs on the top axis, estimated from its length (11 px bold sans). */
function ringLabelBox(name: string): { width: number; height: number } {
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
