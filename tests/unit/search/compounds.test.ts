/**
 * The compound splitter, on the sample library's own vocabulary: the later part of a
 * compound must find it, and words that only look like compounds must stay whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, createSplitter, words } from '../../../src/lib/search/compounds.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const library = ['content/entries', 'content/mentors', 'content/paths'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).map((file) => readFileSync(path.join(ROOT, dir, file), 'utf8')),
);
const vocabulary = buildVocabulary(library);
const { split, partsOf } = createSplitter(vocabulary);

describe('the vocabulary of the sample library', () => {
  it('has "Datenschutz" and "Daten" but never "Schutz" alone', () => {
    expect(vocabulary.has('datenschutz')).toBe(true);
    expect(vocabulary.has('daten')).toBe(true);
    expect(vocabulary.has('schutz')).toBe(false);
  });
  it('keeps words of four letters or more, lowercased, letters only', () => {
    expect([...buildVocabulary(['Die App-Nutzung, z. B. bei TikTok!'])]).toEqual(['nutzung', 'tiktok']);
    expect(words('Datenschutz? Ja: „Sprachnachrichten“.')).toEqual(['datenschutz', 'ja', 'sprachnachrichten']);
  });
});

describe('splitting compounds of the sample library', () => {
  it.each([
    ['Datenschutz', ['daten', 'schutz']],
    ['Selbstschutz', ['selbst', 'schutz']],
    ['Sprachnachricht', ['sprach', 'nachricht']],
    ['Sprachnachrichten', ['sprach', 'nachrichten']],
    ['Chatnachrichten', ['chat', 'nachrichten']],
    ['Kundenkommunikation', ['kunden', 'kommunikation']],
    ['Unternehmenskommunikation', ['unternehmens', 'kommunikation']],
    ['Teamleiterin', ['team', 'leiterin']],
    ['Gehaltstransparenz', ['gehalt', 'transparenz']],
  ])('splits %s into %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each([
    ['Ausbildungsleiter', ['ausbildung', 'leiter']],
    ['Informationssicherheit', ['information', 'sicherheit']],
    ['Erreichbarkeitsregeln', ['erreichbarkeit', 'regeln']],
  ])('drops the linking -s- of %s', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it('splits a compound inside a compound, head and tail alike', () => {
    expect(split('Arbeitszeitgesetz')).toEqual(expect.arrayContaining(['arbeitszeit', 'zeit', 'gesetz']));
  });

  it.each([
    ['Nachricht', 'begins with the particle "nach"'],
    ['Nachrichten', 'begins with the particle "nach"'],
    ['Benachrichtigung', 'has no head the library uses'],
    ['Unternehmen', 'begins with the particle "unter"'],
    ['Kundinnen', 'ends in the suffix -innen'],
    ['freundlich', 'ends in the suffix -lich'],
    ['Sicherheit', 'ends in the suffix -heit'],
    ['Möglichkeiten', 'ends in the suffix -keiten'],
    ['Kommentare', 'would leave "tare", a tail the library knows nowhere else'],
    ['Einstellungen', 'would begin with "eins"'],
    ['Marketing', 'would leave "ting"'],
    ['Messenger', 'would leave "nger"'],
  ])('leaves %s whole: it %s', (word) => {
    expect(split(word)).toEqual([]);
  });
});

describe('choosing between readings', () => {
  it('prefers the longest head, then splits that head too', () => {
    const own = createSplitter(new Set(['daten', 'datenschutz', 'regeln', 'selbstschutz', 'selbst']));
    expect(own.split('datenschutzregeln')).toEqual(['datenschutz', 'daten', 'schutz', 'regeln']);
  });
  it('takes a tail the library never uses alone only after two different words', () => {
    expect(createSplitter(new Set(['daten', 'datenschutz'])).split('datenschutz')).toEqual([]);
    expect(createSplitter(new Set(['daten', 'datenschutz', 'selbst', 'selbstschutz'])).split('datenschutz')).toEqual(['daten', 'schutz']);
  });
  it('restores the -e German drops from a head ("Sprach-" from "Sprache")', () => {
    expect(createSplitter(new Set(['sprache', 'memo'])).split('sprachmemo')).toEqual(['sprache', 'memo']);
  });
});

describe('the parts a page adds to the index', () => {
  it('are the parts of its compounds it does not contain as words, sorted, with how often they occur', () => {
    expect(partsOf('Datenschutz geht vor. Sprachnachrichten, Datenschutz und Daten.')).toEqual([
      { part: 'nachrichten', count: 1 },
      { part: 'schutz', count: 2 },
      { part: 'sprach', count: 1 },
    ]);
  });
  it('are none for a text without compounds', () => {
    expect(partsOf('Eine Nachricht vom Unternehmen.')).toEqual([]);
  });
});
