/**
 * "Why is this entry missing?": every entry a digest leaves out, with the reason, for
 * `npm run digest -- --dry-run`. A digest carries the published entries whose
 * `published` or `updated` day lies in its period (src/lib/digest/select.ts); an entry
 * is left out because it is a draft, because its days lie after the period (the next
 * digest takes it), or before it: then it was announced by an earlier digest, or, if
 * no digest lists it, it was dated before a digest that was already sent and no
 * digest will ever announce it unless its `updated` day is set into a coming period.
 * Entries last changed before the first digest's period are older than the newsletter.
 */
import { toIsoDay } from '../dates.ts';
import { msg } from '../../i18n/messages.ts';
import type { Period } from './period.ts';
import type { DigestEntry } from './select.ts';

export type LeftOutReason = 'never' | 'draft' | 'after' | 'announced' | 'older';
export type LeftOut = { id: string; title: string; reason: LeftOutReason; text: string };
export type RecordEntries = { number: number; from: Date; to: Date; entries: readonly string[] };

const ORDER: readonly LeftOutReason[] = ['never', 'draft', 'after', 'announced', 'older'];

function days(entry: DigestEntry): string {
  const { published, updated } = entry.data;
  return updated ? msg('leftOut.updated', { published: toIsoDay(published), updated: toIsoDay(updated) }) : msg('leftOut.published', { published: toIsoDay(published) });
}

/** The entries `selected` does not hold, each with why, the ones to act on first. */
export function leftOut(entries: readonly DigestEntry[], selected: readonly { id: string }[], period: Period, records: readonly RecordEntries[]): LeftOut[] {
  const inDigest = new Set(selected.map((e) => e.id));
  const from = toIsoDay(period.from);
  const to = toIsoDay(period.to);
  const firstFrom = records.length > 0 ? records.reduce((a, b) => (b.from < a.from ? b : a)).from : undefined;
  const found: LeftOut[] = [];
  for (const entry of entries) {
    if (inDigest.has(entry.id)) continue;
    const { published, updated } = entry.data;
    const last = updated && updated > published ? updated : published;
    const base = { id: entry.id, title: entry.data.title };
    if (entry.data.draft) {
      found.push({ ...base, reason: 'draft', text: msg('leftOut.draft', { days: days(entry) }) });
    } else if (published > period.to && (!updated || updated > period.to)) {
      found.push({ ...base, reason: 'after', text: msg('leftOut.after', { days: days(entry), from, to }) });
    } else {
      const announcedIn = records.filter((r) => r.entries.includes(entry.id)).map((r) => r.number).sort((a, b) => a - b);
      if (announcedIn.length > 0) {
        found.push({ ...base, reason: 'announced', text: msg('leftOut.announced', { days: days(entry), from, numbers: announcedIn.join(', #') }) });
      } else if (firstFrom && last < firstFrom) {
        found.push({ ...base, reason: 'older', text: msg('leftOut.older', { days: days(entry), first: toIsoDay(firstFrom) }) });
      } else {
        found.push({ ...base, reason: 'never', text: msg('leftOut.never', { days: days(entry), from, to, last: toIsoDay(last) }) });
      }
    }
  }
  return found.sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) || a.id.localeCompare(b.id));
}
