import { describe, expect, it } from 'vitest';
import { byNewest, facetCounts, groupBy, neighbours, visible, type EntryLike } from '../../../src/lib/entries.ts';

const e = (id: string, over: Partial<EntryLike['data']> = {}): EntryLike => ({
  id,
  data: { title: id, kind: 'app', level: 'starter', tags: [], goals: [], mentors: ['lena'], published: new Date('2026-01-01'), featured: false, draft: false, ...over },
});

describe('selecting and sorting entries', () => {
  const entries = [
    e('a', { published: new Date('2026-01-01'), tags: ['privacy'], lang: 'en' }),
    e('b', { published: new Date('2026-03-01'), kind: 'trend', featured: true, tags: ['privacy', 'messenger'] }),
    e('c', { published: new Date('2026-02-01'), draft: true, goals: ['recruiting'], mentors: ['lena', 'jonas'] }),
    e('d', { published: new Date('2026-03-01'), kind: 'value' }),
  ];
  it('sorts newest first and breaks ties by title', () => {
    expect([...entries].sort(byNewest).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
  });
  it('hides drafts unless the caller allows them', () => {
    expect(visible(entries, false).map((x) => x.id)).toEqual(['a', 'b', 'd']);
    expect(visible(entries, true)).toHaveLength(4);
  });
  it('counts entries per facet value', () => {
    expect(Object.fromEntries(facetCounts(entries, 'tag', 'de'))).toEqual({ privacy: 2, messenger: 1 });
    expect(Object.fromEntries(facetCounts(entries, 'lang', 'de'))).toEqual({ en: 1, de: 3 });
  });
  it('groups by several keys per item', () => {
    expect([...groupBy(entries, (x) => x.data.tags)].map(([k, v]) => `${k}:${v.map((x) => x.id).join('')}`)).toEqual(['privacy:ab', 'messenger:b']);
  });
  it('finds the neighbours in a learning path', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c', index: 1 });
    expect(neighbours(['a', 'b'], 'a')).toEqual({ previous: undefined, next: 'b', index: 0 });
    expect(neighbours(['a'], 'z')).toEqual({ index: -1 });
  });
});
