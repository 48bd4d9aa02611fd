/** Selecting, sorting and faceting entries. Inputs are plain data; nothing here reads a clock. */
export type EntryLike = {
  id: string;
  data: {
    title: string;
    kind: string;
    level: string;
    lang?: string;
    tags: readonly string[];
    goals: readonly string[];
    mentors: readonly string[];
    published: Date;
    updated?: Date;
    featured: boolean;
    draft: boolean;
  };
};

/** Newest first by publication day; ties by title so the order never flickers between builds. */
export function byNewest<T extends EntryLike>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'de');
}

/** Drafts show only where the caller allows them (the dev server). */
export function visible<T extends EntryLike>(entries: readonly T[], includeDrafts: boolean): T[] {
  return entries.filter((e) => includeDrafts || !e.data.draft);
}

export const FACETS = ['kind', 'level', 'tag', 'goal', 'mentor', 'lang'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetSelection = Partial<Record<Facet, string>>;

/** The values an entry has for a facet; `lang` falls back to the site's locale. */
function facetValues(e: EntryLike, facet: Facet, defaultLang: string): readonly string[] {
  switch (facet) {
    case 'kind': return [e.data.kind];
    case 'level': return [e.data.level];
    case 'lang': return [e.data.lang ?? defaultLang];
    case 'tag': return e.data.tags;
    case 'goal': return e.data.goals;
    case 'mentor': return e.data.mentors;
  }
}

/** How many entries carry each value of a facet, e.g. `{ app: 11, trend: 12 }`. */
export function facetCounts(entries: readonly EntryLike[], facet: Facet, defaultLang: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of facetValues(e, facet, defaultLang)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Entries grouped by a key, each group keeping the input order. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** Previous and next slug around `slug` in an ordered list. */
export function neighbours(order: readonly string[], slug: string): { previous?: string; next?: string; index: number } {
  const index = order.indexOf(slug);
  if (index < 0) return { index };
  return { previous: order[index - 1], next: order[index + 1], index };
}
