/** A search as a URL: query, one value per facet and the order, readable and writable both ways. */
import { describe, expect, it } from 'vitest';
import { chosenFacets, emptyState, hasCriteria, pagefindFilters, readState, withFilter, writeState } from '../../../src/lib/search/state.ts';

const read = (query: string) => readState(new URLSearchParams(query));

describe('reading a search from the URL', () => {
  it('reads the query, the facets and the order', () => {
    expect(read('q=Datenschutz&kind=app&tag=privacy&sort=newest')).toEqual({ q: 'Datenschutz', filters: { kind: 'app', tag: 'privacy' }, sort: 'newest' });
  });
  it('tidies the query and ignores unknown parameters and orders', () => {
    expect(read('q=%20voice%20%20messages%20&color=red&sort=oldest&lang=')).toEqual({ q: 'voice messages', filters: {}, sort: 'relevance' });
  });
  it('reads an empty URL as an empty search', () => {
    expect(read('')).toEqual(emptyState());
    expect(hasCriteria(read(''))).toBe(false);
    expect(hasCriteria(read('mentor=finn-wagner'))).toBe(true);
  });
});

describe('writing a search to the URL', () => {
  it('writes the query, facets in a fixed order, and the order unless it is the default', () => {
    expect(writeState({ q: 'Sprachnachricht', filters: { lang: 'de', kind: 'trend' }, sort: 'relevance' })).toBe('q=Sprachnachricht&kind=trend&lang=de');
    expect(writeState({ q: '', filters: {}, sort: 'newest' })).toBe('sort=newest');
  });
  it('reads back what it wrote', () => {
    const state = { q: 'Schutz & Daten', filters: { tag: 'privacy', mentor: 'finn-wagner' }, sort: 'newest' as const };
    expect(read(writeState(state))).toEqual(state);
  });
});

describe('changing facets', () => {
  const state = read('q=x&kind=app&tag=privacy');
  it('sets and clears one facet without touching the others', () => {
    expect(withFilter(state, 'kind', 'trend').filters).toEqual({ kind: 'trend', tag: 'privacy' });
    expect(withFilter(state, 'kind', undefined).filters).toEqual({ tag: 'privacy' });
    expect(state.filters).toEqual({ kind: 'app', tag: 'privacy' });
  });
  it('hands the chosen facets to Pagefind, optionally without one', () => {
    expect(pagefindFilters(state)).toEqual({ kind: 'app', tag: 'privacy' });
    expect(pagefindFilters(state, 'kind')).toEqual({ tag: 'privacy' });
    expect(chosenFacets(state)).toEqual(['kind', 'tag']);
  });
});
