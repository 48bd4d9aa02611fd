/**
 * The day an entry last changed: the later of `published` and `updated`. The one
 * reading behind the default review date (src/lib/freshness.ts) and the day an
 * entry's current ring dates from (src/lib/ring-history.ts).
 */
export function lastChange(dates: { published: Date; updated?: Date }): Date {
  return dates.updated && dates.updated > dates.published ? dates.updated : dates.published;
}
