/**
 * How an entry moved on the radar since a given day.
 *
 * A `history` step is a snapshot: on `date` the entry stood in `ring`. The entry's
 * current `ring` is the snapshot of its last change (the later of `published`/`updated`).
 * So a mentor who moves an entry adds the old ring to `history` and sets `updated`;
 * the radar then shows the move until the next digest. Reading the snapshots is
 * src/lib/ring-history.ts's job, shared with the newsletter digest.
 */
import { RINGS, type Ring } from '../kinds.ts';
import { addDays } from '../dates.ts';
import { ringOn, type RingTrail } from '../ring-history.ts';

export type Movement = 'new' | 'in' | 'out' | 'none';

/** Closer to `everyday` is "in"; farther is "out". */
export function direction(from: Ring, to: Ring): Movement {
  const d = RINGS.indexOf(from) - RINGS.indexOf(to);
  return d > 0 ? 'in' : d < 0 ? 'out' : 'none';
}

/**
 * What happened after `since` (the last day already covered, e.g. the last digest's `to`):
 * `new` when published after it, else `in`/`out` when its ring then differs from now.
 */
export function movementSince(e: RingTrail, since: Date): { movement: Movement; from?: Ring } {
  if (e.published > since) return { movement: 'new' };
  const from = ringOn(e, since);
  const movement = direction(from, e.ring);
  return movement === 'none' ? { movement } : { movement, from };
}

export type MovementWindow =
  | { since: Date; basis: 'digest'; digest: number }
  | { since: Date; basis: 'days'; days: number };

/** Movement counts after the last digest's `to` day; without a digest, over the last `days` days. */
export function movementWindow(digests: readonly { number: number; to: Date }[], today: Date, days = 60): MovementWindow {
  const last = [...digests].sort((a, b) => b.to.getTime() - a.to.getTime() || b.number - a.number)[0];
  return last ? { since: last.to, basis: 'digest', digest: last.number } : { since: addDays(today, -days), basis: 'days', days };
}

/** What a reader is told about a move, in the caller's words: from which ring an entry came in or went out, else the kind of move. */
export type MovementWords = { cameIn: (from: Ring) => string; wentOut: (from: Ring) => string; plain: (movement: Movement) => string };

/** The words for an entry's movement: "from <ring>" for a move in or out with a known ring, else the movement's own label. */
export function movementText(row: { movement: Movement; from?: Ring }, words: MovementWords): string {
  if (row.from && row.movement === 'in') return words.cameIn(row.from);
  if (row.from && row.movement === 'out') return words.wentOut(row.from);
  return words.plain(row.movement);
}
