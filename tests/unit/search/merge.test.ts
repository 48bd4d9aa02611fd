/** One answer from the German and the English index: results by score, counts added up. */
import { describe, expect, it } from 'vitest';
import { facetCounts, mergeByScore, sumCounts } from '../../../src/lib/search/merge.ts';

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
