/**
 * An entry's rings over time, read from its `history`: which ring it stood in on a
 * day, and when it changed ring.
 *
 * A `history` step is a snapshot: on `date` the entry stood in `ring`. The current
 * `ring` is the snapshot of the entry's last change (src/lib/last-change.ts, or the
 * last step's day if that is later). So a mentor who moves an entry adds the ring it
 * leaves to `history` and sets `updated`: the move is dated by `updated`.
 *
 * The digest lists the entries whose ring changed after the previous digest's `to`
 * (`netMove`); the radar marks points that moved in or out (src/lib/radar/movement.ts).
 */
import type { Ring } from './kinds.ts';
import { lastChange } from './last-change.ts';

export type RingStep = { date: Date; ring: Ring; note?: string };

/** What the rule needs of an entry. */
export type RingTrail = { ring: Ring; published: Date; updated?: Date; history: readonly RingStep[] };

export type RingMove = {
  /** The day of the snapshot that shows the new ring. */
  date: Date;
  from: Ring;
  to: Ring;
};

/** The entry's snapshots, oldest first, ending with the current ring. */
function ringSnapshots(e: RingTrail): { date: Date; ring: Ring }[] {
  const changed = lastChange(e);
  const last = e.history.at(-1)?.date;
  return [...e.history.map(({ date, ring }) => ({ date, ring })), { date: last && last > changed ? last : changed, ring: e.ring }];
}

/** The ring on `day`: the latest snapshot on or before it; before the first one, the first one's ring. */
export function ringOn(e: RingTrail, day: Date): Ring {
  const steps = ringSnapshots(e);
  let ring = steps[0]!.ring;
  for (const s of steps) if (s.date <= day) ring = s.ring;
  return ring;
}

/**
 * Every change of ring dated after `since` and, when given, on or before `until`
 * (calendar days at UTC midnight), oldest first. Snapshots that repeat a ring are no move.
 */
export function ringMoves(e: RingTrail, since: Date, until?: Date): RingMove[] {
  const steps = ringSnapshots(e);
  return steps.slice(1).flatMap((step, i) => {
    const before = steps[i]!;
    const inPeriod = step.date > since && (!until || step.date <= until);
    return inPeriod && step.ring !== before.ring ? [{ date: step.date, from: before.ring, to: step.ring }] : [];
  });
}

/**
 * The one move to show for a period: from the ring held on `since` to the ring held
 * on `until` (or now). Undefined when they are the same, and for entries published
 * after `since` — those are new, not moved.
 */
export function netMove(e: RingTrail, since: Date, until?: Date): RingMove | undefined {
  if (e.published > since) return undefined;
  const moves = ringMoves(e, since, until);
  const from = ringOn(e, since);
  const to = until ? ringOn(e, until) : e.ring;
  const last = moves.at(-1);
  return last && from !== to ? { date: last.date, from, to } : undefined;
}
