/**
 * "Today" for the build and the commands, read in this one place. When
 * `SOURCE_DATE_EPOCH` is set (seconds since 1970-01-01 UTC, the reproducible-builds
 * convention), it is today, so two builds of one commit with the same value write
 * the same bytes whatever the clock says; otherwise the system clock. Always the
 * start of that day in UTC: content dates are calendar days.
 */
import { startOfDay } from './lib/dates.ts';
import { askedLocale, messageLocale, msgIn } from './i18n/messages.ts';

export function todayFrom(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return startOfDay(clock());
  if (!/^\d{1,12}$/.test(epoch)) {
    // Read before any command chose its language: the one the variables name, else the one already chosen.
    throw new Error(msgIn(askedLocale(env) ?? messageLocale(), 'today.epoch', { found: JSON.stringify(env.SOURCE_DATE_EPOCH) }));
  }
  return startOfDay(new Date(Number(epoch) * 1000));
}

/** Today for this process's environment. */
export const today = (): Date => todayFrom(process.env);
