/**
 * What a page adds to the search index at render time: compound parts with their
 * tiers, glossary spellings, and for a page in another language its stems and the
 * filter that names its language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/glossary/match.ts';
import { createSplitter } from '../../../src/lib/search/compounds.ts';
import { germanLexicon } from '../../../src/lib/search/lexicon.ts';
import { germanSyllables } from '../../../src/lib/search/syllables.ts';
import { englishWords } from '../../../src/lib/search/loan-words.ts';
import { glossarySpellings, searchExtras, type ExtrasTools } from '../../../src/lib/search/search-extras.ts';
import { loadStemmers } from '../../../src/lib/search/stem.ts';

const terms = [
  { id: 'sprachnachricht', term: 'Sprachnachricht', aka: ['Sprachi', 'Voice'] },
  { id: 'cringe', term: 'cringe', aka: ['cringy'] },
];
let tools: ExtrasTools;
beforeAll(async () => {
  tools = {
    indexLanguage: 'de',
    compounds: { languages: ['de'], splitter: createSplitter(await germanLexicon(), { syllables: await germanSyllables(), loanWords: await englishWords() }) },
    stemmers: await loadStemmers(['en']),
    glossary: { matcher: compileMatcher(terms), spellings: new Map(terms.map((t) => [t.id, [t.term, ...t.aka]])) },
  };
});

describe('the search extras of a page', () => {
  it('lists the parts of its German compounds, again in a tier for each count reached', () => {
    const text = 'Datenschutz hier, Datenschutz dort: Datenschutzerklärung und Gruppenchat.';
    const { meta, filters } = searchExtras({ text, language: 'de' }, tools);
    expect(meta.parts).toBe('chat daten erklärung gruppen schutz schutzerklärung');
    expect(meta.parts_2).toBe('daten schutz');
    expect(meta.parts_4).toBe('');
    expect(meta.stems).toBe('');
    expect(filters).toEqual({});
  });
  it('gives a page in another language its stems and a filter naming the language, and no parts', () => {
    const { meta, filters } = searchExtras({ text: 'Punished for voice messages', language: 'en-GB' }, tools);
    expect(meta.stems).toBe('messag punish voic');
    expect(meta.parts).toBe('');
    expect(filters).toEqual({ stemming: ['en'] });
  });
  it('adds every spelling of the glossary terms the text uses and of those filed under the page', () => {
    expect(glossarySpellings('Eine Sprachnachricht statt Anruf.', tools.glossary)).toEqual(['Sprachnachricht', 'Sprachi', 'Voice']);
    expect(glossarySpellings('Nichts davon.', tools.glossary, ['cringe'])).toEqual(['cringe', 'cringy']);
    expect(searchExtras({ text: 'So cringe.', language: 'de' }, tools).meta.synonyms).toBe('cringe · cringy');
  });
});
