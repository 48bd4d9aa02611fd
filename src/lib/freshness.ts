import { addDays, daysBetween } from './dates.ts';
import { lastChange } from './last-change.ts';

export type Kind = 'app' | 'trend' | 'value';

/** Apps and trends change fast; values age slower. */
const REVIEW_AFTER_DAYS: Record<Kind, number> = { app: 180, trend: 180, value: 365 };

/** The default `review` date: the later of `published`/`updated` plus the kind's interval. */
export function defaultReviewDate(kind: Kind, published: Date, updated?: Date): Date {
  return addDays(lastChange({ published, updated }), REVIEW_AFTER_DAYS[kind]);
}

export type Freshness = { state: 'fresh' | 'due-soon' | 'overdue'; days: number };

/** Where an entry stands against its review date; `days` is how far past (or until) it is. */
export function freshness(review: Date, today: Date, soonDays = 30): Freshness {
  const until = daysBetween(today, review);
  if (until < 0) return { state: 'overdue', days: -until };
  return { state: until <= soonDays ? 'due-soon' : 'fresh', days: until };
}
