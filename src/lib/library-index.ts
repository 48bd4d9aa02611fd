/**
 * The library's filter index: what the library page's script needs to filter every
 * entry and draw its card without having every card in the page. One record per
 * entry, newest first; facet values as the filters name them. Pure: the page's
 * endpoint builds it, the browser reads it, and both filter with `matchesFacets`.
 */
import { toIsoDay } from './dates.ts';
import { FACETS, type Facet, type FacetSelection } from './entries.ts';

export type IndexEntry = {
  id: string;
  title: string;
  summary: string;
  kind: string;
  level: string;
  ring: string;
  lang: string;
  tags: readonly string[];
  goals: readonly string[];
  mentors: readonly string[];
  /** Publication day, YYYY-MM-DD (UTC). */
  published: string;
};

export type LibraryIndex = {
  /** Mentor names by id, for the cards' bylines. */
  mentors: Record<string, string>;
  entries: IndexEntry[];
};

/** An entry's values for a facet. */
export function facetValuesOf(entry: IndexEntry, facet: Facet): readonly string[] {
  switch (facet) {
    case 'kind': return [entry.kind];
    case 'level': return [entry.level];
    case 'lang': return [entry.lang];
    case 'tag': return entry.tags;
    case 'goal': return entry.goals;
    case 'mentor': return entry.mentors;
  }
}

/** An entry matches when it has every chosen value (facets combine with AND). */
export function matchesFacets(entry: IndexEntry, selection: FacetSelection, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || !selection[facet] || facetValuesOf(entry, facet).includes(selection[facet]!));
}

/**
 * How many entries each value of each facet would show if chosen, the other facets'
 * choices kept: choosing it replaces this facet's choice, so the counts say where each
 * choice leads.
 */
export function liveCounts(entries: readonly IndexEntry[], selection: FacetSelection): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const entry of entries) {
    // Which facets' choices does this entry fail? With two or more it counts nowhere.
    const failed = FACETS.filter((facet) => selection[facet] && !facetValuesOf(entry, facet).includes(selection[facet]!));
    if (failed.length > 1) continue;
    for (const facet of FACETS) {
      if (failed.length === 1 && failed[0] !== facet) continue;
      const map = counts[facet];
      for (const value of facetValuesOf(entry, facet)) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

type SourceEntry = {
  id: string;
  data: { title: string; summary: string; kind: string; level: string; ring: string; lang?: string; tags: readonly string[]; goals: readonly string[]; mentors: readonly string[]; published: Date };
};

/** The index of `entries` (in the order given), with the names of the mentors they name. */
export function buildLibraryIndex(entries: readonly SourceEntry[], mentors: readonly { id: string; data: { name: string } }[], defaultLang: string): LibraryIndex {
  const named = new Set(entries.flatMap((e) => e.data.mentors));
  return {
    mentors: Object.fromEntries(mentors.filter((m) => named.has(m.id)).map((m) => [m.id, m.data.name])),
    entries: entries.map(({ id, data: d }) => ({
      id,
      title: d.title,
      summary: d.summary,
      kind: d.kind,
      level: d.level,
      ring: d.ring,
      lang: d.lang ?? defaultLang,
      tags: d.tags,
      goals: d.goals,
      mentors: d.mentors,
      published: toIsoDay(d.published),
    })),
  };
}
