/**
 * Whether a page found for a one-word query has the word itself or one of its forms,
 * not only another word with the same Snowball stem ("Seite" and "seit").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStemmer, type Stem } from '../../../src/lib/search/stem.ts';
import { isGermanForm, isStemForm, pageHasWord, recount } from '../../../src/lib/search/word-forms.ts';

const noun = { capital: true, sentenceStart: false };
const small = { capital: false, sentenceStart: false };
const first = { capital: true, sentenceStart: true };

describe('a German word and its forms', () => {
  it('counts the word itself, however it is written', () => {
    expect(isGermanForm('Weg', 'weg', small)).toBe(true);
    expect(isGermanForm('geben', 'Geben', first)).toBe(true);
  });
  it('counts noun forms with an inflection ending, umlauts aside, either way round', () => {
    expect(isGermanForm('Seite', 'Seiten', noun)).toBe(true);
    expect(isGermanForm('Hand', 'Hände', noun)).toBe(true);
    expect(isGermanForm('Messen', 'Messe', noun)).toBe(true);
    expect(isGermanForm('Kinder', 'Kind', noun)).toBe(true);
  });
  it('counts a feminine form in -in, -innen as a form of its noun, either way round', () => {
    expect(isGermanForm('Lehrer', 'Lehrerinnen', noun)).toBe(true);
    expect(isGermanForm('Lehrerinnen', 'Lehrer', noun)).toBe(true);
    expect(isGermanForm('Kunde', 'Kundin', noun)).toBe(true);
    expect(isGermanForm('Kunden', 'Kundinnen', noun)).toBe(true);
    expect(isGermanForm('Mitarbeiterin', 'Mitarbeitern', noun)).toBe(true);
  });
  it('finds no feminine form in a word too short for one, or written small', () => {
    expect(isGermanForm('kam', 'Kamin', noun)).toBe(false);
    expect(isGermanForm('Lehrer', 'lehrerinnen', small)).toBe(false);
    expect(isGermanForm('Lehre', 'Lehrerinnen', noun)).toBe(false);
  });
  it('does not count a word written small that shares the stem: it is no noun form', () => {
    expect(isGermanForm('Seite', 'seit', small)).toBe(false);
    expect(isGermanForm('Weg', 'wegen', small)).toBe(false);
    expect(isGermanForm('Stelle', 'stellen', small)).toBe(false);
    expect(isGermanForm('Ebene', 'eben', small)).toBe(false);
    expect(isGermanForm('Meister', 'meist', small)).toBe(false);
  });
  it('does not take a capital at the start of a sentence for a noun', () => {
    expect(isGermanForm('Seite', 'Seit', first)).toBe(false);
  });
  it('does not count words whose endings differ, or that go on past an ending', () => {
    expect(isGermanForm('geben', 'Geber', noun)).toBe(false);
    expect(isGermanForm('Schule', 'Schülerin', noun)).toBe(false);
    expect(isGermanForm('Fertig', 'Fertigung', noun)).toBe(false);
    expect(isGermanForm('Meister', 'Meisten', noun)).toBe(false);
  });
});

describe('a word on a page in English', () => {
  let stem: Stem;
  beforeAll(async () => void (stem = (await loadStemmer('en'))!));
  it('counts the forms with the same English stem', () => {
    expect(isStemForm('punishing', 'punished', stem)).toBe(true);
    expect(isStemForm('communities', 'community', stem)).toBe(true);
    expect(isStemForm('influencers', 'influencing', stem)).toBe(true);
  });
  it('does not count words with another English stem, nor a final "-e" more or less', () => {
    expect(isStemForm('Teller', 'tell', stem)).toBe(false);
    expect(isStemForm('Themen', 'them', stem)).toBe(false);
    expect(isStemForm('Ende', 'end', stem)).toBe(false);
    expect(isStemForm('Mode', 'mod', stem)).toBe(false);
  });
  it('counts only the word itself without a stemmer', () => {
    expect(isStemForm('Run', 'run', undefined)).toBe(true);
    expect(isStemForm('Run', 'runs', undefined)).toBe(false);
  });
});

describe('whether a page has the word', () => {
  const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });
  it('finds a noun form in the text, also inside a hyphenated word', () => {
    expect(pageHasWord('Seite', page('Zehn Minuten Für-dich-Seite. Lade TikTok'), 'de')).toBe(true);
    expect(pageHasWord('Seite', page('ein PDF mit dreißig Seiten bekommen'), 'de')).toBe(true);
  });
  it('does not take "seit" for "Seite", at the start of a sentence either', () => {
    expect(pageHasWord('Seite', page('Ich bin seit Herbst dabei. Seit dem Mentoring ist alles anders.'), 'de')).toBe(false);
    expect(pageHasWord('Seite', page('Seit Jahren.'), 'de')).toBe(false);
  });
  it('finds the word among the compound parts of the metadata, not in the date or the English stems', () => {
    expect(pageHasWord('Seite', page('Unsere Karriereseite', { parts: 'karriere seite' }), 'de')).toBe(true);
    expect(pageHasWord('Geben', page('Arbeitgeber', { parts: 'arbeit geber' }), 'de')).toBe(false);
    expect(pageHasWord('Seite', page('text', { date: '2026-01-01', stems: 'seite' }), 'de')).toBe(false);
  });
  it('judges a page in English by the English stem', async () => {
    const stem = (await loadStemmer('en'))!;
    expect(pageHasWord('influencers', page('The De-Influencing trend'), 'en', stem)).toBe(true);
    expect(pageHasWord('Teller', page('Tell me what you think.'), 'en', stem)).toBe(false);
  });
});

describe('counting the filters of the pages kept', () => {
  it('counts each value Pagefind counted over the pages kept, zero where none has it', () => {
    const counts = { kind: { app: 5, trend: 2 }, tag: { privacy: 3, messenger: 4 } };
    const kept = [{ filters: { kind: ['app'], tag: ['privacy', 'messenger'] } }, { filters: { kind: ['app'], tag: ['messenger'] } }];
    expect(recount(counts, kept)).toEqual({ kind: { app: 2, trend: 0 }, tag: { privacy: 1, messenger: 2 } });
  });
});
