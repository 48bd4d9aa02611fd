import { describe, expect, it } from 'vitest';
import { compileMatcher, firstOccurrences, normalise } from '../../../src/lib/glossary/match.ts';

const matcher = compileMatcher([
  { id: 'cringe', term: 'cringe', aka: ['cringy', 'Cringe-Moment'] },
  { id: 'story', term: 'Story', aka: ['Storys', 'Stories'] },
  { id: 'fyp', term: 'FYP', aka: ['For You Page', 'Für dich', '#fyp'] },
  { id: 'no-cap', term: 'no cap', aka: ['cap', '🧢'] },
  { id: 'photo-dump', term: 'Photo Dump', aka: ['Dump'] },
  { id: 'skull', term: '💀', aka: [] },
  { id: 'dm', term: 'DM', aka: ['DMs'] },
]);
const find = (text: string, done: string[] = []) => firstOccurrences(matcher, text, new Set(done)).map((m) => [m.termId, m.text]);

describe('glossary matcher', () => {
  it('finds whole words only', () => {
    expect(find('Das war cringe.')).toEqual([['cringe', 'cringe']]);
    expect(find('Ein cringeworthy Moment, kein Treffer.')).toEqual([]);
    expect(find('Die Storyline zählt nicht, die Story schon.')).toEqual([['story', 'Story']]);
  });

  it('ignores case for spellings written in lower case', () => {
    expect(find('Cringe! CRINGE!')).toEqual([['cringe', 'Cringe']]);
  });

  it('needs the capital of a capitalised spelling, so ordinary words stay plain', () => {
    expect(find('Beantworte für dich drei Fragen.')).toEqual([]);
    expect(find('Die Startseite heißt „Für dich“.')).toEqual([['fyp', 'Für dich']]);
    expect(find('tell a story in seconds')).toEqual([]);
    expect(find('Ich kaufe bei dm ein, schreib mir eine DM.')).toEqual([['dm', 'DM']]);
  });

  it('returns only the first occurrence of each term, whichever spelling it uses', () => {
    expect(find('Stories sind Storys, und eine Story bleibt eine Story.')).toEqual([['story', 'Stories']]);
    expect(find('Noch eine Story', ['story'])).toEqual([]);
  });

  it('prefers the longest spelling that starts at a place', () => {
    expect(find('Ein echter Cringe-Moment.')).toEqual([['cringe', 'Cringe-Moment']]);
    expect(find('Das stimmt, no cap.')).toEqual([['no-cap', 'no cap']]);
  });

  it('lets a space in a spelling match a hyphen and the other way round', () => {
    expect(find('Mein Photo-Dump vom Wochenende.')).toEqual([['photo-dump', 'Photo-Dump']]);
    expect(find('Ein Cringe Moment.')).toEqual([['cringe', 'Cringe Moment']]);
  });

  it('finds emoji and spellings that start with a symbol', () => {
    expect(find('Ich bin tot 💀💀 #fyp')).toEqual([['skull', '💀'], ['fyp', '#fyp']]);
    expect(find('Das ist echt 🧢')).toEqual([['no-cap', '🧢']]);
  });

  it('finds several terms in one text, left to right', () => {
    expect(find('Der Dump war cringe, no cap.')).toEqual([['photo-dump', 'Dump'], ['cringe', 'cringe'], ['no-cap', 'no cap']]);
  });

  it('finds nothing with an empty glossary', () => {
    expect(firstOccurrences(compileMatcher([]), 'cringe', new Set())).toEqual([]);
  });

  it('compares spellings in lower case with single spaces', () => {
    expect(normalise(' Photo-Dump ')).toBe('photo dump');
  });
});
