/** One answer from the German and the English index: results by score or by date, counts added up. */
import { describe, expect, it } from 'vitest';
import { facetCounts, mergeByScore, mergeSortedBy, sumCounts } from '../../../src/lib/search/merge.ts';

describe('merging results by relevance', () => {
  it('orders the results of both indexes by score', () => {
    const de = [{ id: 'de1', score: 9 }, { id: 'de2', score: 2 }];
    const en = [{ id: 'en1', score: 5 }, { id: 'en2', score: 1 }];
    expect(mergeByScore([de, en]).map((r) => r.id)).toEqual(['de1', 'en1', 'de2', 'en2']);
  });
  it('keeps the order of the indexes for equal scores', () => {
    expect(mergeByScore([[{ id: 'a', score: 1 }, { id: 'b', score: 1 }], [{ id: 'c', score: 1 }]]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('merging results by date', () => {
  const de = [{ id: 'de-may', date: '2026-05-01' }, { id: 'de-jan', date: '2026-01-10' }, { id: 'de-2025', date: '2025-03-01' }];
  const en = [{ id: 'en-mar', date: '2026-03-01' }, { id: 'en-2024', date: '2024-12-24' }];

  it('interleaves lists that are each sorted newest first', async () => {
    const merged = await mergeSortedBy([de, en], 10, async (r) => r.date);
    expect(merged.map((r) => r.id)).toEqual(['de-may', 'en-mar', 'de-jan', 'de-2025', 'en-2024']);
  });
  it('loads the date only of the results it has to compare', async () => {
    const loaded: string[] = [];
    const merged = await mergeSortedBy([de, en], 2, async (r) => (loaded.push(r.id), r.date));
    expect(merged.map((r) => r.id)).toEqual(['de-may', 'en-mar']);
    expect(loaded.sort()).toEqual(['de-jan', 'de-may', 'en-mar']);
  });
  it('sorts oldest first on request and copes with empty lists', async () => {
    expect((await mergeSortedBy([[...de].reverse(), [], [...en].reverse()], 2, async (r) => r.date, 'asc')).map((r) => r.id)).toEqual(['en-2024', 'de-2025']);
    expect(await mergeSortedBy([[], []], 5, async () => '')).toEqual([]);
  });
});

describe('counting filter values', () => {
  it('adds up the counts of both indexes', () => {
    expect(sumCounts([{ kind: { app: 2, trend: 1 } }, { kind: { app: 1 }, lang: { en: 3 } }])).toEqual({ kind: { app: 3, trend: 1 }, lang: { en: 3 } });
  });
  it('counts a chosen facet as if its value were switched, the others as if a value were added', () => {
    const main = { kind: { app: 2, trend: 0 }, tag: { privacy: 1, messenger: 2 } };
    const withoutKind = { kind: { app: 2, trend: 4 }, tag: { privacy: 3, messenger: 5 } };
    expect(facetCounts(main, { kind: withoutKind })).toEqual({ kind: { app: 2, trend: 4 }, tag: { privacy: 1, messenger: 2 } });
  });
});
