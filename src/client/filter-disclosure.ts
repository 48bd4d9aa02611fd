/**
 * The number of chosen filters on the toggle of a `FilterDisclosure`: changing a
 * word in the toggle moves nothing else, where unfolding the filters after load
 * would push the results down.
 */
export function showActiveFilters(disclosure: Element | null, count: number): void {
  const summary = disclosure?.querySelector<HTMLElement>(':scope > summary');
  if (!summary) return;
  if (count > 0) summary.dataset.active = String(count);
  else delete summary.dataset.active;
}
