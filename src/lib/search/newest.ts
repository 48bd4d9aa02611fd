/**
 * "Newest first" without Pagefind's sort. A `data-pagefind-sort` key puts the order
 * of every dated page into Pagefind's metadata file, which every first query
 * downloads (12 KB gzip at 5,000 entries, though only the search page ever sorts by
 * date). Instead the build writes that order to a file of its own, `pagefind/newest.json`,
 * from the `date` metadata Pagefind stored, and the search page loads it only when it
 * sorts by date; results need no fragments to be put in order, however many there are.
 */

/** The file in the Pagefind bundle with the ids of dated pages, newest first. */
export const NEWEST_FILE = 'newest.json';

/** Pagefind's files are gzip-compressed, and start with this signature once unpacked. */
const SIGNATURE = 'pagefind_dcd';

/** The JSON of an unpacked Pagefind fragment (`fragment/<id>.pf_fragment`). */
export function parseFragment(unpacked: string): { url: string; meta: Record<string, string | undefined> } {
  return JSON.parse(unpacked.startsWith(SIGNATURE) ? unpacked.slice(SIGNATURE.length) : unpacked) as { url: string; meta: Record<string, string | undefined> };
}

/** The ids of the pages with a date, newest first; pages of the same day by URL. */
export function newestOrder(pages: readonly { id: string; url: string; date?: string }[]): string[] {
  return pages
    .filter((page): page is { id: string; url: string; date: string } => !!page.date)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((page) => page.id);
}

/**
 * Results newest first: those in the order (dated pages) by their place in it, then
 * the rest (profiles, paths) as they came, which is by score.
 */
export function sortNewest<T extends { key: string }>(hits: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const dated = hits.filter((hit) => rank.has(hit.key)).sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  return [...dated, ...hits.filter((hit) => !rank.has(hit.key))];
}
