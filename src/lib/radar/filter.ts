/**
 * The radar's filter (`src/client/radar/filters.ts`): an item shows when it has every
 * chosen value. Items carry their values as space-separated lists, as in
 * `data-tag="messenger video"`, so the browser reads them straight from `dataset`.
 */
export function matchesSelection(values: Readonly<Record<string, string | undefined>>, selection: Readonly<Record<string, string>>): boolean {
  return Object.entries(selection).every(([facet, value]) => (values[facet] ?? '').split(' ').includes(value));
}

/** Whether an entry of the radar's index (`radar/index.json`) has every chosen topic, goal and level. */
export function factsMatch(f: { tags: readonly string[]; goals: readonly string[]; level: string }, selection: Readonly<Record<string, string>>): boolean {
  return matchesSelection({ tag: f.tags.join(' '), goal: f.goals.join(' '), level: f.level }, selection);
}
