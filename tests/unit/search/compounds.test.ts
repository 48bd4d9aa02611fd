/**
 * The compound splitter with the real German lexicon (the Hunspell dictionary of
 * `dictionary-de`), the German hyphenation patterns and the sample library's own nouns:
 * compounds of the sample library and everyday work split, and words that only look
 * like compounds stay whole. Its figures on text nobody here wrote are in
 * `gold-standard.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSplitter, libraryNouns, words, type Splitter } from '../../../src/lib/search/compounds.ts';
import { germanLexicon, type Lexicon } from '../../../src/lib/search/lexicon.ts';
import { germanSyllables, type Syllables } from '../../../src/lib/search/syllables.ts';
import { englishWords } from '../../../src/lib/search/loan-words.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const library = ['content/entries', 'content/mentors', 'content/paths'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).map((file) => readFileSync(path.join(ROOT, dir, file), 'utf8')),
);

let lexicon: Lexicon;
let syllables: Syllables;
let loanWords: Set<string>;
let splitter: Splitter;
beforeAll(async () => {
  [lexicon, syllables, loanWords] = await Promise.all([germanLexicon(), germanSyllables(), englishWords()]);
  splitter = createSplitter(lexicon, { syllables, loanWords, extraNouns: libraryNouns(library, lexicon) });
});

describe('splitting compounds', () => {
  it.each([
    // From the sample library
    ['Datenschutz', ['daten', 'schutz']],
    ['Selbstschutz', ['selbst', 'schutz']],
    ['Sprachnachricht', ['sprache', 'nachricht']],
    ['Sprachnachrichten', ['sprache', 'nachrichten']],
    ['Chatnachrichten', ['chat', 'nachrichten']],
    ['Kundenkommunikation', ['kunden', 'kommunikation']],
    ['Unternehmenskommunikation', ['unternehmen', 'kommunikation']],
    ['Teamleiterin', ['team', 'leiterin']],
    ['Gehaltstransparenz', ['gehalt', 'transparenz']],
    ['Ausbildungsleiter', ['ausbildung', 'leiter']],
    ['Informationssicherheit', ['information', 'sicherheit']],
    ['Erreichbarkeitsregeln', ['erreichbarkeit', 'regeln']],
    ['Schreibtisch', ['schreib', 'tisch']],
    ['Arbeitsalltag', ['arbeit', 'alltag']],
    ['Stellenanzeige', ['stellen', 'anzeige']],
    ['Führungskräfte', ['führung', 'kräfte']],
    ['Kundendaten', ['kunden', 'daten']],
    ['Konferenztisch', ['konferenz', 'tisch']],
    // Everyday work
    ['Datenschutzerklärung', ['datenschutz', 'daten', 'schutz', 'erklärung']],
    ['Kundenservice', ['kunden', 'service']],
    ['Teammeeting', ['team', 'meeting']],
    ['Arbeitszeitgesetz', ['arbeitszeit', 'arbeit', 'zeit', 'gesetz']],
    ['Arbeitsvertrag', ['arbeit', 'vertrag']],
    ['Mittagspause', ['mittag', 'pause']],
    ['Urlaubsantrag', ['urlaub', 'antrag']],
    ['Gehaltserhöhung', ['gehalt', 'erhöhung']],
    ['Kaffeeküche', ['kaffee', 'küche']],
    ['Großraumbüro', ['raum', 'büro']],
    ['Bewerbungsgespräch', ['bewerbung', 'gespräch']],
    ['Mitarbeitergespräch', ['mitarbeiter', 'gespräch']],
    ['Zeiterfassung', ['zeit', 'erfassung']],
    ['Dienstreise', ['dienst', 'reise']],
    ['Sicherheitslücke', ['sicherheit', 'lücke']],
    ['Weihnachtsfeier', ['nacht', 'feier']],
    ['Geburtstagsfeier', ['geburt', 'feier']],
    ['Wertschätzung', ['wert', 'schätzung']],
    ['Selbstbewusstsein', ['selbst', 'bewusstsein']],
    // Gen Z and chat
    ['Feierabendbier', ['feierabend', 'feier', 'abend', 'bier']],
    ['Gruppenchat', ['gruppen', 'chat']],
    ['Gruppenchats', ['gruppen', 'chats']],
    ['Bildschirmzeit', ['bild', 'schirm', 'zeit', 'bildschirm', 'schirmzeit']],
    ['Passwortmanager', ['wort', 'manager']],
    ['Lernziele', ['lern', 'ziele']],
    ['Handyvideo', ['handy', 'video']],
    ['Weiterbildung', ['weiter', 'bildung']],
  ])('splits %s into at least %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(expect.arrayContaining(parts));
  });

  it('indexes the head as the dictionary writes it, without the -e German drops or the linking -s- of the genitive', () => {
    expect(splitter.split('Sprachnachricht')[0]).toBe('sprache');
    expect(splitter.split('Arbeitsvertrag')[0]).toBe('arbeit');
    expect(splitter.split('Inhaltstypen')[0]).toBe('inhalt');
    expect(splitter.split('Entwurfsstatus')[0]).toBe('entwurf');
    expect(splitter.split('Hilfsinformationen')[0]).toBe('hilfe');
  });

  it('cuts before the verb a derivation comes from, never inside it', () => {
    expect(splitter.split('Datenverarbeitung')).toEqual(['daten', 'verarbeitung']);
    expect(splitter.split('Kleinschreibung')).toEqual(['klein', 'schreibung']);
    expect(splitter.split('Fehlerbehandlung')).toEqual(['fehler', 'behandlung']);
    // A head that is a particle and a derivation, with its linking -s-, is not split again.
    const bare = createSplitter(lexicon, { syllables, loanWords });
    expect(bare.split('Rückmeldungspaket')).toEqual(['rückmeldungs', 'paket']);
  });

  it('ends a compound with a particle that is a noun too, after a part of its own', () => {
    expect(splitter.split('Standardweg')).toEqual(['standard', 'weg']);
    expect(splitter.split('Sommerfest')).toEqual(['sommer', 'fest']);
    expect(splitter.split('Ausweg')).toEqual([]);
  });

  it('takes the longest end part where two splits have as many parts', () => {
    expect(splitter.split('Benutzerinformationen')).toEqual(['benutzer', 'informationen']);
    expect(splitter.split('Dateiendung')).toEqual(['datei', 'endung']);
  });

  it('takes nouns only the library uses (its own words) as parts too', () => {
    const own = createSplitter(lexicon, { syllables, loanWords, extraNouns: new Set(['azubi']) });
    expect(own.split('Azubitreffen')).toEqual(['azubi', 'treffen']);
  });
});

describe('feminine forms in -in, -innen', () => {
  it.each([
    ['Lehrerinnen', []],
    ['Influencerinnen', []],
    ['Kollegin', []],
    ['Datenschützerinnen', ['daten', 'schützer', 'schützerinnen']],
    ['DatenschützerInnen', ['daten', 'schützer', 'schützerinnen']],
    ['Projektleiterinnen', ['projekt', 'leiter', 'leiterinnen']],
    ['Teamleiterin', ['team', 'leiter', 'leiterin']],
  ])('splits %s as the noun it is made of: %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });
  it('still splits compounds that end in a word like -rinnen after a base that is no noun', () => {
    expect(splitter.split('Dachrinnen')).toEqual(['dach', 'rinnen']);
    expect(splitter.split('Giftspinnen')).toEqual(['gift', 'spinnen']);
  });
});

describe('loan words from English', () => {
  it.each(['Notion', 'Collaboration', 'Essential', 'Discovery', 'Messengers', 'Afterwards', 'Generate'])('keeps %s whole: English lists it, German does not', (word) => {
    expect(splitter.split(word)).toEqual([]);
  });
  it('splits a German compound English lists too, and compounds with an English part', () => {
    expect(splitter.split('Kindergarten')).toEqual(['kinder', 'garten']);
    expect(splitter.split('Kundenfeedback')).toEqual(['kunden', 'feedback']);
    expect(splitter.split('Teammeeting')).toEqual(['team', 'meeting']);
  });
});

describe('words the dictionary cannot read', () => {
  it('splits them at a begin form or a known end part', () => {
    expect(splitter.split('Hauptthread')).toEqual(['haupt', 'thread']);
    expect(splitter.split('Hostinglösung')).toEqual(['hosting', 'lösung']);
    expect(splitter.split('Datenhub')).toEqual(['daten', 'hub']);
  });
  it('keeps a loan word whole that begins like the genitive of a short noun ("Trans", of "Tran")', () => {
    expect(splitter.split('Translator')).toEqual([]);
    expect(splitter.split('Transgender')).toEqual([]);
    expect(splitter.split('Transmitter')).toEqual([]);
  });
});

describe('words that stay whole', () => {
  it.each([
    ['Nachricht', 'begins with the particle "nach"'],
    ['Nachrichten', 'begins with the particle "nach"'],
    ['Benachrichtigung', 'has no head of four letters'],
    ['Unternehmen', 'begins with the particle "unter"'],
    ['Überstunden', 'begins with the particle "über"'],
    ['Zusammenarbeit', 'begins with the particle "zusammen", as Zusammenfassung does'],
    ['Verantwortung', 'has no head in the dictionary'],
    ['Kundinnen', 'ends in the suffix -innen'],
    ['freundlich', 'ends in the suffix -lich'],
    ['Sicherheit', 'ends in the suffix -heit'],
    ['Möglichkeiten', 'ends in the suffix -keiten'],
    ['Gesellschaft', 'ends in the suffix -schaft'],
    ['Freundschaft', 'ends in the suffix -schaft'],
    ['Wissenschaft', 'ends in the suffix -schaft'],
    ['Kommentare', 'has no head in the dictionary'],
    ['Einstellungen', 'would begin with "eins"'],
    ['Marketing', 'would leave "ting"'],
    ['Messenger', 'would leave "nger"'],
    ['Material', 'would leave "rial"'],
    ['Erfahrung', 'has no head in the dictionary'],
    ['Bewerbung', 'has no head in the dictionary'],
    ['Beobachtung', 'has no head in the dictionary'],
    ['Anerkennung', 'has no head in the dictionary'],
    ['Mitarbeiter', 'has a head of three letters'],
    ['Kalender', 'has no head in the dictionary'],
    ['Veranstaltung', 'has no head in the dictionary'],
    ['Unterhaltung', 'begins with the particle "unter"'],
    ['Persönlichkeit', 'ends in the suffix -keit'],
    ['Verständnis', 'has no head in the dictionary'],
    ['Technologie', 'has no head in the dictionary'],
    ['Kreativität', 'has no head in the dictionary'],
    ['Kartoffel', 'has no head in the dictionary'],
    ['Tastatur', 'has no head in the dictionary'],
    ['Herausforderung', 'begins with the particle "heraus"'],
    ['Wandlungen', 'is the derivation of "wandeln", no "Wand|lungen"'],
    ['Handlungen', 'is the derivation of "handeln", no "Hand|lungen"'],
    ['Übersetzungen', 'is "über" and the derivation "setzungen", no "Überset|zungen"'],
    ['Überschreibens', 'is "über" and the nominalised verb "schreibens", no "Überschrei|bens"'],
    ['Hochladen', 'is a verb the dictionary lists, nominalised'],
    ['Sinnlose', 'is an adjective the dictionary lists, at the start of a sentence'],
    ['Vielfaches', 'is an adjective the dictionary lists, nominalised'],
    ['Ungültiger', 'is an adjective the dictionary makes with a prefix and a suffix (un + gültig + er), no "Ungül|tiger"'],
    ['Torbjörn', 'ends in a name, which takes part in no compound'],
    ['Parameter', 'begins with "para", a piece that exists only in compounds'],
    ['Tabulatoren', 'begins with "Tabula", which takes part in no compound'],
    ['Dekonfiguration', 'ends in "konfiguration", so "ration" is no end part'],
  ])('leaves %s whole: it %s', (word) => {
    expect(splitter.split(word)).toEqual([]);
  });
});

describe('words written lowercase', () => {
  it('stay whole: German writes nouns, and so noun compounds, with a capital', () => {
    for (const word of ['datenschutz', 'schreiben', 'sichtbar', 'gewährleisten']) expect(splitter.split(word), word).toEqual([]);
    expect(splitter.split('Datenschutz')).toEqual(['daten', 'schutz']);
  });
  it('stay whole written with a capital, too, where the end part is a short name ("schrei|ben")', () => {
    expect(splitter.split('Schreiben')).toEqual([]);
    expect(splitter.split('Bleiben')).toEqual([]);
  });
});

describe('the library nouns the dictionary lacks', () => {
  it('are capitalised words in the middle of a sentence, not at its start', () => {
    const found = libraryNouns(['Wenn Azubis fragen, hilft der Hype. Lena nutzt TikTok, Azubine auch.'], lexicon);
    expect([...found].sort()).toEqual(['azubine', 'azubis', 'hype', 'tiktok']);
  });
});

describe('the parts a page adds to the index', () => {
  it('are the parts of its compounds it does not contain as words, sorted, with how often they occur', () => {
    expect(splitter.partsOf('Datenschutz geht vor. Sprachnachrichten, Datenschutz und Daten.')).toEqual([
      { part: 'nachrichten', count: 1 },
      { part: 'schutz', count: 2 },
      { part: 'sprache', count: 1 },
    ]);
  });
  it('are none for a text without compounds', () => {
    expect(splitter.partsOf('Eine Nachricht vom Unternehmen.')).toEqual([]);
  });
  it('lowercases letters only', () => {
    expect(words('Datenschutz? Ja: „Sprachnachrichten“.')).toEqual(['datenschutz', 'ja', 'sprachnachrichten']);
  });
});
