/**
 * Pages of a long list: the library, a topic, a goal, a kind, a mentor. A page holds
 * a fixed number of items, so what a reader downloads and the browser lays out stays
 * the same however large the library grows.
 */

/** Items per page: a multiple of the grid's one, two and three columns. */
export const PAGE_SIZE = 24;

/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The route of page `page` of a list whose first page is at `first` (`tags/x/` → `tags/x/page/2/`). */
export function pageRoute(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** The page numbers 2 … n, for `getStaticPaths` of the pages after the first. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The numbers a pager shows around page `current` of `count`: the first and the last,
 * the current one and its neighbours, `null` for a gap. Never more than seven items,
 * so the pager fits a phone however many pages there are.
 */
export function pagerItems(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  // Near either end, show one more instead of a gap of one page.
  if (current <= 3) [2, 3, 4].forEach((n) => n <= count && shown.add(n));
  if (current >= count - 2) [count - 3, count - 2, count - 1].forEach((n) => n >= 1 && shown.add(n));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/**
 * For `getStaticPaths` of a group's later pages (a topic's, a goal's, a mentor's): each
 * group's pages 2 … n, with the group and its entries as props.
 */
export function laterPagesOf<T extends { id: string }, E>(groups: readonly T[], entriesOf: (group: T) => readonly E[] | undefined, size = PAGE_SIZE) {
  return groups.flatMap((item) => {
    const entries = entriesOf(item) ?? [];
    return laterPages(entries.length, size).map((page) => ({ params: { id: item.id, page: String(page) }, props: { item, entries, page } }));
  });
}
