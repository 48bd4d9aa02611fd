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
import type { Period } from './period.ts';
import type { DigestEntry } from './select.ts';

export type LeftOutReason = 'never' | 'draft' | 'after' | 'announced' | 'older';
export type LeftOut = { id: string; title: string; reason: LeftOutReason; text: string };
export type RecordEntries = { number: number; from: Date; to: Date; entries: readonly string[] };

const ORDER: readonly LeftOutReason[] = ['never', 'draft', 'after', 'announced', 'older'];

function days(entry: DigestEntry): string {
  const { published, updated } = entry.data;
  return updated ? `published ${toIsoDay(published)}, updated ${toIsoDay(updated)}` : `published ${toIsoDay(published)}`;
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
      found.push({ ...base, reason: 'draft', text: `a draft (draft: true; ${days(entry)}): drafts are never announced; it comes into the digest of the period its published day lies in once draft is removed` });
    } else if (published > period.to && (!updated || updated > period.to)) {
      found.push({ ...base, reason: 'after', text: `${days(entry)}, after this period (${from} to ${to}): the next digest takes it` });
    } else {
      const announcedIn = records.filter((r) => r.entries.includes(entry.id)).map((r) => r.number).sort((a, b) => a - b);
      if (announcedIn.length > 0) {
        found.push({ ...base, reason: 'announced', text: `${days(entry)}, before this period (from ${from}); announced in digest #${announcedIn.join(', #')}` });
      } else if (firstFrom && last < firstFrom) {
        found.push({ ...base, reason: 'older', text: `${days(entry)}, before the first digest (from ${toIsoDay(firstFrom)}): older than the newsletter` });
      } else {
        found.push({ ...base, reason: 'never', text: `${days(entry)}, before this period (from ${from}), and in no digest: no digest will announce it. To announce it now, set updated to a day from ${from} to ${to} (last: ${toIsoDay(last)})` });
      }
    }
  }
  return found.sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) || a.id.localeCompare(b.id));
}
