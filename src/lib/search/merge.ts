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
