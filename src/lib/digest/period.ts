/** The period a digest covers: two calendar days, both inclusive. */
import { addDays, toIsoDay } from '../dates.ts';

export type Period = { from: Date; to: Date };

/** How many days the first digest looks back when there is no earlier one. */
const FIRST_DIGEST_DAYS = 30;

/**
 * The default period: from the day after the previous digest's `to` up to today;
 * the last 30 days (today included) when there is no previous digest.
 */
export function defaultPeriod(previous: { to: Date } | undefined, today: Date): Period {
  return { from: previous ? addDays(previous.to, 1) : addDays(today, 1 - FIRST_DIGEST_DAYS), to: today };
}

export function inPeriod(day: Date, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

const isFirstOfMonth = (d: Date) => d.getUTCDate() === 1;
const isLastOfMonth = (d: Date) => addDays(d, 1).getUTCDate() === 1;

/**
 * The period in words: whole months as months ("September–Oktober 2026"), any
 * other span, or any span with `style: 'days'`, as days ("1.–15. Oktober 2026").
 * `dateLocale` is e.g. `de-DE`.
 */
export function periodLabel(period: Period, dateLocale: string, style: 'auto' | 'days' = 'auto'): string {
  const wholeMonths = style === 'auto' && isFirstOfMonth(period.from) && isLastOfMonth(period.to);
  const format = new Intl.DateTimeFormat(dateLocale, {
    timeZone: 'UTC',
    ...(wholeMonths ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' }),
  });
  return format.formatRange(period.from, period.to);
}

/** `2026-09-01..2026-10-31`, for messages and ids. */
export function periodKey(period: Period): string {
  return `${toIsoDay(period.from)}..${toIsoDay(period.to)}`;
}
