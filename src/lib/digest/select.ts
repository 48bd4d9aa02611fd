/**
 * Which entries a digest carries and in what order. Pure: entries, records and the
 * period come in as parameters; nothing here reads a clock or a file.
 */
import type { Kind, Level, Ring, Lang } from '../../schemas/entry.ts';
import type { RingStep } from '../ring-history.ts';
import { inPeriod, type Period } from './period.ts';

/** What the digest needs of an entry; both `astro:content` entries and the script loader fit. */
export type DigestEntry = {
  id: string;
  data: {
    title: string;
    summary: string;
    kind: Kind;
    level: Level;
    ring: Ring;
    lang?: Lang;
    mentors: readonly string[];
    published: Date;
    updated?: Date;
    featured: boolean;
    draft: boolean;
    history: readonly RingStep[];
  };
};

/** What the digest needs of an earlier record. */
export type RecordLike = { number: number; to: Date };

export const KIND_ORDER: readonly Kind[] = ['app', 'trend', 'value'];

/** The day that put an entry into the period: the later of `published`/`updated` inside it. */
function changedIn(entry: DigestEntry, period: Period): Date | undefined {
  const days = [entry.data.published, entry.data.updated].filter((d): d is Date => d !== undefined && inPeriod(d, period));
  return days.sort((a, b) => b.getTime() - a.getTime())[0];
}

/** Newest change first; ties by title so the order never depends on file order. */
function byChange(period: Period) {
  return (a: DigestEntry, b: DigestEntry) =>
    changedIn(b, period)!.getTime() - changedIn(a, period)!.getTime() || a.data.title.localeCompare(b.data.title, 'de');
}

/**
 * The entries of a period: not drafts, and `published` or `updated` falls in it
 * (both ends inclusive). Newest change first.
 */
export function selectEntries<T extends DigestEntry>(entries: readonly T[], period: Period): T[] {
  return entries.filter((e) => !e.data.draft && changedIn(e, period) !== undefined).sort(byChange(period));
}

/** Featured slugs by default: the selected entries marked `featured`, in selection order. */
export function defaultFeatured(selected: readonly DigestEntry[]): string[] {
  return selected.filter((e) => e.data.featured).map((e) => e.id);
}

/**
 * The order the digest shows: the featured entries first (in the order given), then
 * apps, trends and values, each keeping the selection order.
 */
export function digestOrder(selected: readonly DigestEntry[], featured: readonly string[]): string[] {
  const rest = selected.filter((e) => !featured.includes(e.id));
  return [...featured, ...KIND_ORDER.flatMap((kind) => rest.filter((e) => e.data.kind === kind).map((e) => e.id))];
}

/** The record before `number`: the highest number below it. */
export function previousRecord<T extends RecordLike>(records: readonly T[], number: number): T | undefined {
  return records.filter((r) => r.number < number).sort((a, b) => b.number - a.number)[0];
}

/** The next issue number: one more than the highest so far, 1 for the first. */
export function nextNumber(records: readonly RecordLike[]): number {
  return Math.max(0, ...records.map((r) => r.number)) + 1;
}
