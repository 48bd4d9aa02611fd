/** How a query becomes searches of the one index: as typed for the site's pages, stemmed for the others. */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchParts, wholeWordParts } from '../../../src/lib/search/query.ts';
import { loadStemmers, type Stem } from '../../../src/lib/search/stem.ts';

let stemmers: Record<string, Stem>;
beforeAll(async () => {
  stemmers = await loadStemmers(['de', 'en']);
});

describe('the searches of a query', () => {
  it('searches the site’s pages as typed and English pages stemmed in English, each limited to its pages', () => {
    // Only pages in another language than the index's carry the stemming filter; the site's are those without it.
    expect(searchParts('punishing mistakes', ['de', 'en'], stemmers)).toEqual([
      { term: 'punishing mistakes', filter: { none: [{ stemming: 'en' }] }, marks: ['punishing', 'mistakes'] },
      { term: 'punish mistak', filter: { stemming: 'en' }, marks: ['punish', 'mistak'] },
    ]);
  });
  it('needs one search for all pages when stemming changes nothing', () => {
    expect(searchParts('Datenschutz', ['de', 'en'], stemmers)).toEqual([{ term: 'Datenschutz', marks: ['datenschutz'] }]);
  });
  it('needs one search on a site with content in one language', () => {
    expect(searchParts('meetings', ['de'], stemmers)).toEqual([{ term: 'meetings', marks: ['meetings'] }]);
  });
  it('stems for German pages on an English site', () => {
    expect(searchParts('Führungskräften', ['en', 'de'], stemmers)[1]).toEqual({ term: 'fuhrungskraft', filter: { stemming: 'de' }, marks: ['führungskräft'] });
  });
  it('searches by filters only without a query', () => {
    expect(searchParts(null, ['de', 'en'], stemmers)).toEqual([{ term: null, marks: [] }]);
  });
});

describe('the whole-word searches of a query', () => {
  it('quote a single word in every search, keeping filters and marks', () => {
    const parts = searchParts('Teams', ['de', 'en'], stemmers);
    expect(wholeWordParts(parts)).toEqual(parts.map((p) => ({ ...p, term: `"${p.term}"` })));
    expect(wholeWordParts(searchParts('Hof', ['de'], stemmers))).toEqual([{ term: '"Hof"', marks: ['hof'] }]);
  });
  it('are none for several words, a phrase, a word with a hyphen or no query', () => {
    for (const q of ['mentale Gesundheit', '"Safe Space"', 'Live-Streaming']) expect(wholeWordParts(searchParts(q, ['de'], stemmers)), q).toBeUndefined();
    expect(wholeWordParts(searchParts(null, ['de'], stemmers))).toBeUndefined();
  });
});
