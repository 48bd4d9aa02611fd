/**
 * Goal coverage: how many published entries serve each company goal, for each kind and
 * each level. A goal with fewer than `THIN_BELOW` entries for a level (or of a kind) is
 * thin; those gaps are named in words, because a table of 45 numbers hides them.
 */
import { KINDS, LEVELS, type Kind, type Level } from '../../schemas/entry.ts';
import type { ProgramEntry } from './types.ts';

/** A goal × level or goal × kind with fewer entries than this is called thin. */
export const THIN_BELOW = 2;

export type CoverageCell = { goal: string; kind: Kind; level: Level; count: number };
/** A thin spot: no entry (count 0) or only one, for a goal at a level or of a kind. */
export type Gap = { goal: string; count: number } & ({ level: Level; kind?: undefined } | { kind: Kind; level?: undefined });

export type Coverage = {
  cells: CoverageCell[];
  /** Entries per goal and level (all kinds), per goal and kind (all levels), per goal. */
  byLevel: Map<string, Record<Level, number>>;
  byKind: Map<string, Record<Kind, number>>;
  byGoal: Map<string, number>;
  /** Per goal: the levels first, then the kinds, each with 0 before 1. In goal order. */
  gaps: Gap[];
};

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function coverage(entries: readonly ProgramEntry[], goalIds: readonly string[]): Coverage {
  const cells: CoverageCell[] = goalIds.flatMap((goal) => KINDS.flatMap((kind) => LEVELS.map((level) => ({ goal, kind, level, count: 0 }))));
  const cellOf = new Map(cells.map((c) => [`${c.goal}/${c.kind}/${c.level}`, c]));
  const byLevel = new Map(goalIds.map((g) => [g, zero(LEVELS)]));
  const byKind = new Map(goalIds.map((g) => [g, zero(KINDS)]));
  const byGoal = new Map(goalIds.map((g) => [g, 0]));
  for (const e of entries) {
    for (const goal of new Set(e.goals)) {
      const cell = cellOf.get(`${goal}/${e.kind}/${e.level}`);
      if (!cell) continue;
      cell.count += 1;
      byLevel.get(goal)![e.level] += 1;
      byKind.get(goal)![e.kind] += 1;
      byGoal.set(goal, byGoal.get(goal)! + 1);
    }
  }
  const gaps: Gap[] = goalIds.flatMap((goal) => {
    const levels = LEVELS.map((level) => ({ goal, level, count: byLevel.get(goal)![level] })).filter((g) => g.count < THIN_BELOW);
    const kinds = KINDS.map((kind) => ({ goal, kind, count: byKind.get(goal)![kind] })).filter((g) => g.count < THIN_BELOW);
    const order = (a: Gap, b: Gap) => a.count - b.count;
    return [...levels.sort(order), ...kinds.sort(order)];
  });
  return { cells, byLevel, byKind, byGoal, gaps };
}
