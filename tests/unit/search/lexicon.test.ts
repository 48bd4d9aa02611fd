/**
 * Reading the Hunspell dictionary into compound heads and noun forms: a small affix
 * and dictionary file written here, then facts of the real German dictionary.
 */
import { describe, expect, it } from 'vitest';
import { germanLexicon, readLexicon, suffixRules } from '../../../src/lib/search/lexicon.ts';

const AFF = `SET UTF-8
SFX P Y 1
SFX P   0     en         .

SFX N Y 1
SFX N   0     n          .

SFX j Y 2
SFX j 0 0/xoc .
SFX j 0 -/zocf .
`;
const DIC = `5
Erklärung/Pm
Kunde/Nmij
Kunden/hij
nutzen/DI
Verboten/d
`;

describe('reading a Hunspell dictionary', () => {
  const lexicon = readLexicon(AFF, DIC);
  it('expands each noun with its one-level suffix rules', () => {
    expect([...lexicon.nouns].sort()).toEqual(['erklärung', 'erklärungen', 'kunde', 'kunden']);
  });
  it('takes the forms marked to begin a compound as heads, pseudo-roots included', () => {
    expect([...lexicon.heads].sort()).toEqual(['kunde', 'kunden']);
  });
  it('knows every entry as a word, nouns or not, but no forbidden one', () => {
    expect(lexicon.words.has('nutzen')).toBe(true);
    expect(lexicon.nouns.has('nutzen')).toBe(false);
    expect(lexicon.words.has('verboten')).toBe(false);
  });
  it('skips suffix rules that build compound pieces', () => {
    expect(suffixRules(AFF).get('j')).toBeUndefined();
  });
});

describe('the German dictionary', () => {
  // How long loading takes is not asserted here: a timed test fails on a busy machine and
  // passes on a slow build; the search build's time is measured by `npm run bench`.
  it('loads once per process, with the forms compounds need', async () => {
    const lexicon = await germanLexicon();
    expect(await germanLexicon()).toBe(lexicon);
    expect(lexicon.nouns.size).toBeGreaterThan(40_000);
    for (const head of ['arbeits', 'kunden', 'daten', 'gruppen']) expect(lexicon.heads.has(head)).toBe(true);
    for (const noun of ['erklärungen', 'nachrichten', 'meeting', 'bier']) expect(lexicon.nouns.has(noun)).toBe(true);
    expect(lexicon.heads.has('nachricht')).toBe(false);
  });
});
