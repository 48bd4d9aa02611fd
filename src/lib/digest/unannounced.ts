/**
 * Entries the newsletter will never announce. A digest takes the entries whose
 * `published` or `updated` day lies in its period, from the day after the last
 * digest's `to`; an entry dated on or before that day, and listed in no digest,
 * is skipped by every digest to come. That happens to a proposal dated in the
 * past, or an entry added after the digest of its period was sent.
 *
 * Drafts are judged by `published` alone (they are dated when they are made).
 * Published entries only when their last change lies within the newsletter's
 * time (from the first digest's `from`): older entries predate the newsletter.
 */
import { lastChange } from '../last-change.ts';
import { toIsoDay } from '../dates.ts';
import { msg } from '../../i18n/messages.ts';

export type AnnouncedEntry = { id: string; file: string; data: { published: Date; updated?: Date; draft?: boolean } };
export type DigestPeriod = { data: { number: number; from: Date; to: Date; entries: readonly string[] } };
export type Unannounced = { id: string; file: string; field: 'published' | 'updated'; message: string };

export function unannounced(entries: readonly AnnouncedEntry[], digests: readonly DigestPeriod[], today: Date): Unannounced[] {
  if (digests.length === 0) return [];
  const last = digests.reduce((a, b) => (b.data.to > a.data.to ? b : a));
  const first = digests.reduce((a, b) => (b.data.from < a.data.from ? b : a));
  const listed = new Set(digests.flatMap((d) => d.data.entries));
  const end = toIsoDay(last.data.to);
  const found: Unannounced[] = [];
  for (const entry of entries) {
    if (listed.has(entry.id)) continue;
    const changed = entry.data.draft ? entry.data.published : lastChange(entry.data);
    if (changed > last.data.to) continue;
    if (!entry.data.draft && changed < first.data.from) continue;
    const field = !entry.data.draft && entry.data.updated && entry.data.updated >= entry.data.published ? 'updated' : 'published';
    found.push({
      id: entry.id,
      file: entry.file,
      field,
      message: msg('check.unannounced', { day: toIsoDay(changed), number: last.data.number, end, today: toIsoDay(today) }),
    });
  }
  return found;
}
