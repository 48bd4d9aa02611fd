/**
 * The Snowball stemmers (from their packages) for the language the index is not
 * stemmed in, checked against words of the Snowball reference vocabularies, and what
 * they do to queries and pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStemmer, markTerms, stemQuery, stemsOf, type Stem } from '../../../src/lib/search/stem.ts';

let stemEnglish: Stem;
let stemGerman: Stem;
beforeAll(async () => {
  stemEnglish = (await loadStemmer('en'))!;
  stemGerman = (await loadStemmer('de'))!;
});

describe('the English (Porter2) stemmer', () => {
  it.each([
    ['consign', 'consign'], ['consigned', 'consign'], ['consigning', 'consign'], ['consignment', 'consign'],
    ['generate', 'generat'], ['generation', 'generat'], ['generous', 'generous'], ['happy', 'happi'], ['happiness', 'happi'],
    ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'tie'], ['cats', 'cat'], ['gas', 'gas'], ['kiwis', 'kiwi'],
    ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
    ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'],
    ['filing', 'file'], ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'], ['digitizer', 'digit'],
    ['operator', 'oper'], ['feudalism', 'feudal'], ['decisiveness', 'decis'], ['hopefulness', 'hope'], ['callousness', 'callous'],
    ['formality', 'formal'], ['sensitivity', 'sensit'], ['sensibility', 'sensibl'], ['cry', 'cri'], ['by', 'by'], ['say', 'say'],
    ['abbey', 'abbey'], ['knightly', 'knight'], ['skies', 'sky'], ['dying', 'die'], ['news', 'news'], ['exceed', 'exceed'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
  it('gives the inflections of words from the sample library one stem', () => {
    expect(['punished', 'punishing', 'punishes'].map(stemEnglish)).toEqual(['punish', 'punish', 'punish']);
    expect(['community', 'communities'].map(stemEnglish)).toEqual(['communiti', 'communiti']);
    expect(['meeting', 'meetings'].map(stemEnglish)).toEqual(['meet', 'meet']);
    expect(['organise', 'organised', 'organising'].map(stemEnglish)).toEqual(['organis', 'organis', 'organis']);
  });
});

describe('the German stemmer', () => {
  it.each([
    ['aufeinanderfolgenden', 'aufeinanderfolg'], ['häuser', 'haus'], ['häusern', 'haus'], ['gesundheit', 'gesund'],
    ['möglichkeiten', 'moglich'], ['ergebnisse', 'ergebnis'], ['ergebnissen', 'ergebnis'], ['bauen', 'bau'], ['freundlich', 'freundlich'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemGerman(word)).toBe(stem);
  });
  it('gives the inflections of words from the sample library one stem', () => {
    expect(['Führungskräfte', 'Führungskräften'].map(stemGerman)).toEqual(['fuhrungskraft', 'fuhrungskraft']);
    expect(['Sprachnachricht', 'Sprachnachrichten'].map(stemGerman)).toEqual(['sprachnachricht', 'sprachnachricht']);
    expect(['Bewerbung', 'Bewerbungen'].map(stemGerman)).toEqual(['bewerb', 'bewerb']);
    expect(['Datenschutz', 'Datenschutzes'].map(stemGerman)).toEqual(['datenschutz', 'datenschutz']);
  });
});

describe('stemming queries and pages', () => {
  it('stems every word of a query, and leaves phrases and unknown languages as typed', () => {
    expect(stemQuery('Punishing mistakes!', stemEnglish)).toBe('punish mistak');
    expect(stemQuery('"voice messages"', stemEnglish)).toBe('"voice messages"');
    expect(stemQuery('voice messages', undefined)).toBe('voice messages');
  });
  it('has no stemmer for a language without one', async () => {
    expect(await loadStemmer('fr')).toBeUndefined();
  });
  it('lists the stems of a text that differ from its words, once each, sorted', () => {
    expect(stemsOf('Meetings, meeting and safety: safety first.', stemEnglish)).toEqual(['meet', 'safeti']);
  });
  it('leaves out the stems the index reaches anyway, stemming the words in its own language', () => {
    // German stemming makes `messag` of "messages" and `colleagu` of "colleagues" itself, but `meeting` of "meetings".
    expect(stemsOf('messages from colleagues after meetings', stemEnglish)).toEqual(['colleagu', 'meet', 'messag']);
    expect(stemsOf('messages from colleagues after meetings', stemEnglish, stemGerman)).toEqual(['meet']);
  });
  it('marks what a word shares with its stem, without the "i" that stands for "y"', () => {
    expect(markTerms('Punishing Emily communities', 'punish emili communiti')).toEqual(['punish', 'emil', 'communit']);
    expect(markTerms('Datenschutz', 'datenschutz')).toEqual(['datenschutz']);
    expect(markTerms('Führungskräften', 'führungskräften')).toEqual(['führungskräften']);
    expect(markTerms('Führungskräften', 'fuhrungskraft')).toEqual(['führungskräft']);
  });
});
