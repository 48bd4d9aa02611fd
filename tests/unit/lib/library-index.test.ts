import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, liveCounts, matchesFacets, type IndexEntry } from '../../../src/lib/library-index.ts';

const entry = (id: string, over: Partial<IndexEntry> = {}): IndexEntry => ({
  id, title: id, summary: '', kind: 'app', level: 'starter', ring: 'rising', lang: 'de', tags: [], goals: [], mentors: [], published: '2026-01-01', ...over,
});
const entries = [
  entry('a', { kind: 'app', tags: ['messenger', 'privacy'], mentors: ['lena'] }),
  entry('b', { kind: 'app', tags: ['privacy'], lang: 'en' }),
  entry('c', { kind: 'trend', tags: ['messenger'], level: 'pro' }),
  entry('d', { kind: 'value', tags: [], goals: ['recruiting'] }),
];

describe('the library filter', () => {
  it('keeps an entry with every chosen value; facets combine with AND, a tag list with any of its tags', () => {
    const ids = (selection: Parameters<typeof matchesFacets>[1]) => entries.filter((e) => matchesFacets(e, selection)).map((e) => e.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ tag: 'privacy' })).toEqual(['a', 'b']);
    expect(ids({ tag: 'privacy', kind: 'app', lang: 'en' })).toEqual(['b']);
    expect(ids({ kind: 'trend', level: 'starter' })).toEqual([]);
    expect(ids({ mentor: 'lena' })).toEqual(['a']);
  });
  it('counts each value as if chosen instead of its facet’s choice, the other choices kept', () => {
    const counts = liveCounts(entries, { kind: 'app', tag: 'messenger' });
    // Kinds among entries tagged messenger: a (app), c (trend).
    expect(Object.fromEntries(counts.kind)).toEqual({ app: 1, trend: 1 });
    // Tags among apps: a (messenger, privacy), b (privacy).
    expect(Object.fromEntries(counts.tag)).toEqual({ messenger: 1, privacy: 2 });
    // Other facets: entries matching both choices (a only).
    expect(Object.fromEntries(counts.level)).toEqual({ starter: 1 });
    expect(Object.fromEntries(counts.mentor)).toEqual({ lena: 1 });
  });
  it('counts the whole library with no choice', () => {
    const counts = liveCounts(entries, {});
    expect(Object.fromEntries(counts.kind)).toEqual({ app: 2, trend: 1, value: 1 });
    expect(Object.fromEntries(counts.lang)).toEqual({ de: 3, en: 1 });
  });
  it('builds the index in the order given, with the site’s language where an entry names none and only the mentors named', () => {
    const index = buildLibraryIndex(
      [{ id: 'x', data: { title: 'X', summary: 'S', kind: 'app', level: 'pro', ring: 'niche', tags: ['t'], goals: [], mentors: ['m1'], published: new Date(Date.UTC(2025, 2, 4)) } }],
      [{ id: 'm1', data: { name: 'Mia' } }, { id: 'm2', data: { name: 'Noah' } }],
      'de',
    );
    expect(index).toEqual({ mentors: { m1: 'Mia' }, entries: [{ id: 'x', title: 'X', summary: 'S', kind: 'app', level: 'pro', ring: 'niche', lang: 'de', tags: ['t'], goals: [], mentors: ['m1'], published: '2025-03-04' }] });
  });
});
