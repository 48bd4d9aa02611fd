/**
 * The executives' digital experience levels, easiest first. This order is the one
 * rule for listing paths, offering filters, badges and the self-assessment's
 * fallback. Runs in the browser too, so it imports nothing.
 */
export const LEVELS = ['starter', 'explorer', 'pro'] as const;

export type Level = (typeof LEVELS)[number];

/** A level's place in the order, counted from 1: starter 1, explorer 2, pro 3. */
export const levelRank = (level: Level): number => LEVELS.indexOf(level) + 1;

/** Sorts easiest first, e.g. `paths.sort((a, b) => byLevel(a.data.level, b.data.level))`. */
export const byLevel = (a: Level, b: Level): number => levelRank(a) - levelRank(b);
