/**
 * What a search is: the query, one chosen value per facet and the order. It lives
 * in the URL (`/search/?q=datenschutz&kind=app&sort=newest`), so a search can be
 * shared and the back button restores it. Facet names match the library index.
 */
import { FACETS, type Facet } from '../entries.ts';

export { FACETS, type Facet };
export { HIGHLIGHT_PARAM } from './params.ts';
export const SORTS = ['relevance', 'newest'] as const;
export type SortOrder = (typeof SORTS)[number];

export type SearchState = {
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: SortOrder;
};

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

/** The state a query string describes; unknown parameters and sort orders are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet)?.trim();
    if (value) filters[facet] = value;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: sort === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string of a state, in a stable order; relevance, the default, is left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value) params.set(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** A state with one facet set to a value, or cleared with `undefined`. */
export function withFilter(state: SearchState, facet: Facet, value: string | undefined): SearchState {
  const filters = { ...state.filters };
  if (value) filters[facet] = value;
  else delete filters[facet];
  return { ...state, filters };
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || Object.values(state.filters).some(Boolean);
}

/** The chosen facets as Pagefind filters, optionally leaving one facet out (for its counts). */
export function pagefindFilters(state: SearchState, without?: Facet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value && facet !== without) out[facet] = value;
  }
  return out;
}

/** The facets that have a value chosen. */
export function chosenFacets(state: SearchState): Facet[] {
  return FACETS.filter((facet) => state.filters[facet]);
}
