/**
 * What the search index learns about a page beyond its text: filters (ids, so the
 * URL and the index agree) and metadata the results show. "Newest first" uses the
 * `day` filter (see `DAY`), not a Pagefind sort key.
 * Metadata words are searchable too, which is how "voice messages" finds an entry
 * tagged with the topic whose English label that is.
 */
export type SearchData = {
  /** `data-pagefind-meta`: shown in results, and searchable. */
  meta: Record<string, string>;
  /** `data-pagefind-filter`: one element per value, so a value may contain a comma. */
  filters: Record<string, readonly string[]>;
};

type Label = { de: string; en: string };

/** The metadata field with the compound parts of a page's title (see `search-extras.ts`). */
export const TITLE_PARTS = 'title_parts';
/** Its weight in Pagefind's ranking (`ranking.metaWeights`): that of a title. */
export const TITLE_PARTS_WEIGHT = 5;

/**
 * The filter with an entry's day of first publication (ISO, so the values sort as
 * days do). "Newest first" searches day by day, newest first, from the counts
 * Pagefind gives per day (`src/client/search/engine.ts`). A Pagefind sort key would do
 * it in one search, but Pagefind keeps every sort order in the metadata file each
 * first query downloads: 12 KB gzip more at 5,000 entries, 1.13× the bare floor's
 * first query. A filter's index loads only where it is used: on `/search/`.
 */
export const DAY = 'day';

export type EntryFacts = {
  kind: string;
  lang: string;
  level: string;
  tags: readonly string[];
  goals: readonly string[];
  mentors: readonly string[];
  /** ISO day of first publication, e.g. `2025-09-15`. */
  published: string;
};

export type Names = {
  mentor: (id: string) => string;
  tag: (id: string) => Label;
  goal: (id: string) => Label;
};

const unique = (items: readonly string[]) => [...new Set(items)];

/** An entry: every facet of the library index, its date (shown, and sorted by), its mentors and its topics in both languages. */
export function entrySearchData(entry: EntryFacts, names: Names): SearchData {
  const labels = [...entry.tags.map(names.tag), ...entry.goals.map(names.goal)];
  return {
    meta: {
      date: entry.published,
      mentors: entry.mentors.map(names.mentor).join(', '),
      topics: unique(labels.flatMap((l) => [l.de, l.en])).join(' · '),
    },
    filters: {
      kind: [entry.kind],
      level: [entry.level],
      tag: entry.tags,
      goal: entry.goals,
      mentor: entry.mentors,
      lang: [entry.lang],
      [DAY]: [entry.published],
    },
  };
}

/** A mentor's profile: found by the mentor filter along with the mentor's entries. */
export function mentorSearchData(id: string): SearchData {
  return { meta: {}, filters: { kind: ['mentor'], mentor: [id] } };
}

/** A learning path: its level and language. */
export function pathSearchData(path: { level: string; lang: string }): SearchData {
  return { meta: {}, filters: { kind: ['path'], level: [path.level], lang: [path.lang] } };
}

/**
 * The languages search runs a query in: the site's own (the index's, also that of
 * mentor pages) first, then every other language an entry or path is written in.
 */
export function searchLanguages(siteLanguage: string, contentLanguages: readonly (string | undefined)[]): string[] {
  const others = contentLanguages.filter((l): l is string => !!l && l !== siteLanguage);
  return [siteLanguage, ...[...new Set(others)].sort()];
}
