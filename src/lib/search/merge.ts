/**
 * Merging what the German and the English index answer. Each index scores and
 * counts its own pages; one result list and one set of filter counts come out.
 */
import type { Counts } from './types.ts';

/** One list from several, best score first; equal scores keep the order of the lists. */
export function mergeByScore<T extends { score: number }>(lists: readonly (readonly T[])[]): T[] {
  return lists
    .flatMap((list, listIndex) => list.map((item, itemIndex) => ({ item, listIndex, itemIndex })))
    .sort((a, b) => b.item.score - a.item.score || a.listIndex - b.listIndex || a.itemIndex - b.itemIndex)
    .map(({ item }) => item);
}

/**
 * The first `count` items of lists that are each sorted by a key, merged by that key.
 * Keys are loaded only for the heads of the lists, so merging two lists of 500
 * results for a page of ten loads about twelve keys, not a thousand.
 */
export async function mergeSortedBy<T>(
  lists: readonly (readonly T[])[],
  count: number,
  key: (item: T) => Promise<string>,
  order: 'asc' | 'desc' = 'desc',
): Promise<T[]> {
  const next = lists.map(() => 0);
  const keys = new Map<T, Promise<string>>();
  const keyOf = (item: T) => {
    if (!keys.has(item)) keys.set(item, key(item));
    return keys.get(item)!;
  };
  const out: T[] = [];
  while (out.length < count) {
    const heads = await Promise.all(
      lists.map(async (list, i) => (next[i]! < list.length ? { i, item: list[next[i]!]!, key: await keyOf(list[next[i]!]!) } : undefined)),
    );
    let best: { i: number; item: T; key: string } | undefined;
    for (const head of heads) {
      if (!head) continue;
      if (!best || (order === 'desc' ? head.key > best.key : head.key < best.key)) best = head;
    }
    if (!best) break;
    out.push(best.item);
    next[best.i]!++;
  }
  return out;
}

/** Filter counts of several indexes added up. */
export function sumCounts(all: readonly Counts[]): Counts {
  const out: Counts = {};
  for (const counts of all) {
    for (const [facet, values] of Object.entries(counts)) {
      const target = (out[facet] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
    }
  }
  return out;
}

/**
 * Counts to show next to each filter value. For a facet without a choice, the main
 * search says how many results remain if the value is added. For a facet with a
 * choice, that would count results having both values; the reader wants to know how
 * many results switching to the value gives, which the search without that facet says.
 */
export function facetCounts(main: Counts, withoutFacet: Readonly<Record<string, Counts>>): Counts {
  const out: Counts = { ...main };
  for (const [facet, counts] of Object.entries(withoutFacet)) out[facet] = counts[facet] ?? {};
  return out;
}
