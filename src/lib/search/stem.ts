/**
 * Stemming for the languages the site's index is not stemmed in. The search index is
 * one Pagefind index, stemmed in the site's language; a page in the other language
 * carries the stems of its own words (as metadata), and is searched with the query
 * stemmed the same way. So "punishing" finds "punished" on an English page of a
 * German site, as it would in an English index.
 */
import { stemEnglish } from './stem-en.ts';
import { stemGerman } from './stem-de.ts';

export const STEMMERS: Readonly<Record<string, (word: string) => string>> = { en: stemEnglish, de: stemGerman };

const WORD = /[\p{L}\p{N}]+/gu;
/** A letter without its accent: stems drop umlauts ("ä" → "a"). */
const plain = (letter: string) => letter.normalize('NFD')[0]!;

/** A query with each word stemmed in `language`; phrases in quotes and unknown languages stay as typed. */
export function stemQuery(query: string, language: string): string {
  const stem = STEMMERS[language];
  if (!stem || /^\s*".*"\s*$/.test(query)) return query;
  return (query.match(WORD) ?? []).map((word) => stem(word)).join(' ');
}

/** The stems of a text's words in `language` that differ from the words (the words themselves are indexed already). */
export function stemsOf(text: string, language: string): string[] {
  const stem = STEMMERS[language];
  if (!stem) return [];
  const stems = new Set<string>();
  for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) {
    const stemmed = stem(word);
    if (stemmed !== word) stems.add(stemmed);
  }
  return [...stems].sort();
}

/**
 * What to mark on a page found with a stemmed query: each word as far as it agrees
 * with its stem, without the "i" a final "y" became — "punishing" → "punish",
 * "Emily" → "emil", "communities" → "communit" — so the marks land on "punished",
 * "Emily" and "community" alike.
 */
export function markTerms(query: string, stemmed: string): string[] {
  const typed = query.toLowerCase().match(WORD) ?? [];
  const stems = stemmed.match(WORD) ?? [];
  const marks = typed.map((word, i) => {
    const stem = stems[i] ?? word;
    let n = 0;
    while (n < word.length && n < stem.length && plain(word[n]!) === plain(stem[n]!)) n++;
    // A stem ending in "i" may stand for "y" ("communiti" for "community"): mark without it.
    return n === stem.length && stem.endsWith('i') ? word.slice(0, n - 1) : word.slice(0, n);
  });
  return [...new Set(marks)].filter((mark) => mark.length >= 2);
}
