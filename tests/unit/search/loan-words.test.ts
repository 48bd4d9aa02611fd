import { describe, expect, it } from 'vitest';
import { englishWords, readWordForms } from '../../../src/lib/search/loan-words.ts';

const AFF = `SET UTF-8
SFX S Y 3
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [aeiou]y
SFX S   0     s          [^sy]
SFX D Y 2
SFX D   0     d          e
SFX D   0     ed         [^ey]
`;

describe('English word forms from a Hunspell dictionary', () => {
  it('reads lowercase entries with the suffixed forms their flags allow', () => {
    const forms = readWordForms(AFF, '4\nmessenger/S\ndiscovery/S\ngenerate/D\nnotion\n');
    expect([...forms].sort()).toEqual(['discoveries', 'discovery', 'generate', 'generated', 'messenger', 'messengers', 'notion']);
  });

  it('leaves out names and abbreviations, which are written with capitals', () => {
    const forms = readWordForms(AFF, '3\nBerlin/S\nASCII\ntandem/S\n');
    expect([...forms].sort()).toEqual(['tandem', 'tandems']);
  });

  it('loads the real English dictionary with its plural forms', async () => {
    const words = await englishWords();
    expect(words.size).toBeGreaterThan(50_000);
    for (const word of ['notion', 'collaboration', 'messengers', 'essential']) expect(words.has(word)).toBe(true);
    for (const word of ['datenschutz', 'lehrerinnen']) expect(words.has(word)).toBe(false);
  });
});
