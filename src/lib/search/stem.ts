/**
 * Stemming for the languages the site's index is not stemmed in. The search index is
 * one Pagefind index, stemmed in the site's language; a page in the other language
 * carries the stems of its own words (hidden, see `search-extras.ts`), and is searched
 * with the query stemmed the same way. So "punishing" finds "punished" on an English
 * page of a German site, as it would in an English index.
 *
 * The stemmers are Snowball's, as Pagefind's own are, from maintained packages:
 * Porter2 (Snowball English) from `wink-porter2-stemmer`, Snowball German from
 * `@nlpjs/lang-de`. Each is loaded only where a site has pages in that language.
 */

export type Stem = (word: string) => string;

/** The Snowball stemmer of a language, or undefined for a language without one. */
export async function loadStemmer(language: string): Promise<Stem | undefined> {
  if (language === 'en') {
    const { default: stem } = await import('wink-porter2-stemmer');
    return (word) => stem(word.toLowerCase());
  }
  if (language === 'de') {
    const { default: StemmerDe } = await import('@nlpjs/lang-de/src/stemmer-de.js');
    const stemmer = new StemmerDe();
    return (word) => stemmer.stemWord(word.toLowerCase());
  }
  return undefined;
}

/** The stemmers of several languages, by language; those without one are left out. */
export async function loadStemmers(languages: readonly string[]): Promise<Record<string, Stem>> {
  const loaded = await Promise.all(languages.map(async (language) => [language, await loadStemmer(language)] as const));
  return Object.fromEntries(loaded.filter((pair): pair is readonly [string, Stem] => pair[1] !== undefined));
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A letter without its accent: stems drop umlauts ("ä" → "a"). */
const plain = (letter: string) => letter.normalize('NFD')[0]!;

/** A query with each word stemmed; phrases in quotes and languages without a stemmer stay as typed. */
export function stemQuery(query: string, stem: Stem | undefined): string {
  if (!stem || /^\s*".*"\s*$/.test(query)) return query;
  return (query.match(WORD) ?? []).map((word) => stem(word)).join(' ');
}

/**
 * The stems of a text's words that differ from the words (the words themselves are
 * indexed already). Given `indexStem`, the stemmer the index stems the page's words
 * with (Pagefind's, in the site's language), a stem is left out where every word it
 * stands for already has the stem's index stem: the index reaches those words under
 * that stem anyway ("messages" → `messag`, which German stemming makes of "messages"
 * too), so listing it again adds words to index and nothing to find.
 */
export function stemsOf(text: string, stem: Stem, indexStem?: Stem): string[] {
  const stems = new Set<string>();
  for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) {
    const stemmed = stem(word);
    if (stemmed !== word && (!indexStem || indexStem(word) !== indexStem(stemmed))) stems.add(stemmed);
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
