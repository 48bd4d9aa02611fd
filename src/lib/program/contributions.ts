/**
 * Contributions over time: entries published and entries updated per calendar month,
 * by kind. An entry records only its last update, so an entry updated twice counts in
 * the month of the later update.
 */
import { KINDS, type Kind } from '../../schemas/entry.ts';
import type { ProgramEntry } from './types.ts';

export type MonthCount = { month: string; published: Record<Kind, number>; updated: Record<Kind, number> };

const monthOf = (d: Date) => d.toISOString().slice(0, 7);
const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;

/** The months from `from` to `to` (both as days, inclusive), e.g. `2026-01` … `2026-12`. */
export function monthsBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth();
  const last = monthOf(to);
  for (;;) {
    const month = `${y}-${String(m + 1).padStart(2, '0')}`;
    if (month > last) break;
    out.push(month);
    m += 1;
    if (m === 12) { m = 0; y += 1; }
  }
  return out;
}

/** The day of the first publication; undefined without entries. */
export const firstPublication = (entries: readonly ProgramEntry[]) =>
  entries.reduce<Date | undefined>((min, e) => (!min || e.published < min ? e.published : min), undefined);

/**
 * Every month from `from` (default: the first publication) to `to` (today), with zero
 * months included so gaps show. Publications and updates outside the range are left out.
 */
export function contributionsByMonth(entries: readonly ProgramEntry[], to: Date, from = firstPublication(entries)): MonthCount[] {
  if (!from || from > to) return [];
  const months = monthsBetween(from, to).map((month) => ({ month, published: zero(), updated: zero() }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const inRange = (d: Date) => d >= from && d <= to;
  for (const e of entries) {
    if (inRange(e.published)) byMonth.get(monthOf(e.published))!.published[e.kind] += 1;
    if (e.updated && e.updated > e.published && inRange(e.updated)) byMonth.get(monthOf(e.updated))!.updated[e.kind] += 1;
  }
  return months;
}

export const total = (counts: Record<Kind, number>) => KINDS.reduce((n, k) => n + counts[k], 0);
