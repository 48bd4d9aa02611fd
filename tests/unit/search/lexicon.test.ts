/**
 * Reading the Hunspell dictionary into the forms compounds are made of, by its own
 * compound flags: a small affix and dictionary file written here, then facts of the
 * real German dictionary.
 */
import { describe, expect, it } from 'vitest';
import { affixRules, compoundFlags, germanLexicon, readLexicon } from '../../../src/lib/search/lexicon.ts';

const AFF = `SET UTF-8
COMPOUNDBEGIN x
COMPOUNDMIDDLE y
COMPOUNDEND z
FORBIDDENWORD d
COMPOUNDPERMITFLAG c
ONLYINCOMPOUND o
NEEDAFFIX h
COMPOUNDMIN 2

PFX k Y 2
PFX k 0 -/coxf .
PFX k 0 0/coy .

SFX P Y 1
SFX P   0     en         .

SFX N Y 1
SFX N   0     n          .

SFX j Y 2
SFX j 0 0/xoc .
SFX j 0 -/zocf .

PFX m Y 1
PFX m E -e E
`;
const DIC = `11
Erklärung/Pm
Kunde/Nmij
Kunden/hij
kunde/Nozm
kunden/hk
nutzen/DI
nutzen/Nozm
Verboten/d
UN/m
Ben/N
Auto/N
`;

describe('reading a Hunspell dictionary', () => {
  const lexicon = readLexicon(AFF, DIC);
  it('reads the compound settings from the affix file', () => {
    expect(compoundFlags(AFF)).toMatchObject({ begin: 'x', middle: 'y', permit: 'c', onlyInCompound: 'o', needAffix: 'h', forbidden: 'd', min: 2 });
    expect(compoundFlags('SET UTF-8\n').min).toBe(3);
  });
  it('expands each noun with its suffix rules', () => {
    expect([...lexicon.nouns].sort()).toEqual(['auto', 'auton', 'ben', 'benn', 'erklärung', 'erklärungen', 'kunde', 'kunden']);
  });
  it('takes the forms a suffix marks COMPOUNDBEGIN as begin parts, pseudo-roots included', () => {
    expect([...lexicon.begin].sort()).toEqual(['kunde', 'kunden']);
  });
  it('takes the forms a permitted prefix marks COMPOUNDMIDDLE as middle parts', () => {
    expect([...lexicon.middle].sort()).toEqual(['kunden']);
  });
  it('knows every form that stands alone as a word, but none only in compounds, none forbidden, no abbreviation as a noun', () => {
    expect(lexicon.words.has('nutzen')).toBe(true);
    expect(lexicon.nouns.has('nutzen')).toBe(false);
    expect(lexicon.words.has('verboten')).toBe(false);
    expect(lexicon.words.has('un')).toBe(true);
    expect(lexicon.nouns.has('un')).toBe(false);
  });
  it('takes a lowercase compound end that is also a word of its own as a verb, with its suffixed forms', () => {
    expect([...lexicon.verbEnds].sort()).toEqual(['nutzen', 'nutzenn']);
  });
  it('takes a noun in no compound, not even a hyphenated one, with one inflected form at most as a name', () => {
    expect([...lexicon.loners].sort()).toEqual(['auto', 'auton', 'ben', 'benn']);
  });
  it('leaves out affixes that build hyphenated compounds', () => {
    expect(affixRules(AFF).get('k')).toHaveLength(1);
  });
});

describe('the German dictionary', () => {
  // How long loading takes is not asserted here: a timed test fails on a busy machine and
  // passes on a slow build; the search build's time is measured by `npm run bench`.
  it('loads once per process, with the forms compounds need', async () => {
    const lexicon = await germanLexicon();
    expect(await germanLexicon()).toBe(lexicon);
    expect(lexicon.nouns.size).toBeGreaterThan(40_000);
    expect(lexicon.minPart).toBe(2);
    for (const head of ['arbeits', 'kunden', 'daten', 'gruppen']) expect(lexicon.begin.has(head)).toBe(true);
    for (const middle of ['zeit', 'arbeits', 'bild']) expect(lexicon.middle.has(middle)).toBe(true);
    for (const noun of ['erklärungen', 'nachrichten', 'meeting', 'bier']) expect(lexicon.nouns.has(noun)).toBe(true);
    expect(lexicon.begin.has('nachricht')).toBe(false);
    expect(lexicon.words.has('verwirklicht')).toBe(true);
  });
  it('knows the verbs it lists again as compound ends, with their derivations, the names that take part in no compound, and the forms with a prefix and a suffix', async () => {
    const lexicon = await germanLexicon();
    for (const form of ['setzen', 'setzungen', 'wandlungen', 'handlung', 'schreibens']) expect(lexicon.verbEnds.has(form), form).toBe(true);
    for (const form of ['schutz', 'lungen', 'kunde', 'daten']) expect(lexicon.verbEnds.has(form), form).toBe(false);
    for (const name of ['ben', 'björn', 'tabula']) expect(lexicon.loners.has(name), name).toBe(true);
    for (const noun of ['tor', 'meter', 'fax', 'lunge']) expect(lexicon.loners.has(noun), noun).toBe(false);
    for (const form of ['ungültiger', 'unpassender', 'verwandelte']) expect(lexicon.crossWords.has(form), form).toBe(true);
    // A prefix rule that adds no letters (only flags) makes no new word.
    for (const form of ['feier', 'zeit']) expect(lexicon.crossWords.has(form), form).toBe(false);
  });
});
