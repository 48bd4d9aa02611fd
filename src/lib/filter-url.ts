import { FACETS, type FacetSelection } from './entries.ts';

/** Facet choices from a query string; unknown parameters are ignored. */
export function readSelection(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) out[facet] = value;
  }
  return out;
}

/** The query string for a selection, keeping parameters that are not facets. */
export function writeSelection(params: URLSearchParams, selection: FacetSelection): string {
  const next = new URLSearchParams(params);
  for (const facet of FACETS) {
    const value = selection[facet];
    if (value) next.set(facet, value);
    else next.delete(facet);
  }
  return next.toString();
}
