/** "Newest first" from the build's own order file, not from a Pagefind sort key every query would download. */
import { describe, expect, it } from 'vitest';
import { newestOrder, parseFragment, sortNewest } from '../../../src/lib/search/newest.ts';

describe('the order of dated pages the build writes', () => {
  it('lists the pages with a date, newest first, and same-day pages by URL', () => {
    const pages = [
      { id: 'de_a', url: '/entries/b/', date: '2025-01-02' },
      { id: 'de_b', url: '/mentors/finn/' },
      { id: 'de_c', url: '/entries/z/', date: '2026-03-01' },
      { id: 'de_d', url: '/entries/a/', date: '2025-01-02' },
    ];
    expect(newestOrder(pages)).toEqual(['de_c', 'de_d', 'de_a']);
  });
  it('reads the URL and metadata of a Pagefind fragment, with or without its signature', () => {
    const json = JSON.stringify({ url: '/entries/a/', content: 'x', meta: { date: '2025-09-15', title: 'A' } });
    expect(parseFragment(`pagefind_dcd${json}`)).toMatchObject({ url: '/entries/a/', meta: { date: '2025-09-15' } });
    expect(parseFragment(json).url).toBe('/entries/a/');
  });
});

describe('sorting results newest first', () => {
  it('puts dated results in the order of the file, then the undated ones as they came (by score)', () => {
    const hits = [{ key: 'profile' }, { key: 'old' }, { key: 'path' }, { key: 'new' }];
    expect(sortNewest(hits, ['new', 'other', 'old']).map((h) => h.key)).toEqual(['new', 'old', 'profile', 'path']);
  });
  it('copes with no results and an empty order', () => {
    expect(sortNewest([], ['a'])).toEqual([]);
    expect(sortNewest([{ key: 'a' }], []).map((h) => h.key)).toEqual(['a']);
  });
});
