/**
 * How one query becomes searches of the one index. Pages in the site's language are
 * searched with the query as typed (Pagefind stems it in that language); pages in
 * another language, which carry their own stems, with the query stemmed in theirs.
 * Each search is limited to its pages by the `stemming` filter, so the answers never
 * overlap and their counts add up. Where stemming changes nothing, one search does.
 * Only pages in another language carry that filter (the site's own pages are those
 * without it), so the filter index a first query may download stays small.
 */
import { markTerms, stemQuery, type Stem } from './stem.ts';

/** The filter that names the language a page's words are stemmed in, on pages not in the index's language. */
export const STEMMING = 'stemming';

/** Pagefind filters limiting a search to the pages of one language: its own, or none of the others'. */
export type LanguageFilter = { stemming: string } | { none: { stemming: string }[] };

export type SearchPart = {
  /** The query for these pages; `null` searches by filters only. */
  term: string | null;
  /** Limits this search to the pages of one language (none: all pages). */
  filter?: LanguageFilter;
  /** Words to mark on the pages found. */
  marks: string[];
};

const words = (query: string) => (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * The searches for a query; `langs` are the content languages, the index's first, and
 * `stemmers` the Snowball stemmers of the others (see `stem.ts`).
 */
export function searchParts(term: string | null, langs: readonly string[], stemmers: Readonly<Record<string, Stem>>): SearchPart[] {
  if (term === null) return [{ term, marks: [] }];
  const typed = markTerms(term, words(term));
  const [own, ...others] = langs;
  const stemmed = others.map((lang) => {
    const query = stemQuery(term, stemmers[lang]);
    return { term: query, filter: { [STEMMING]: lang }, marks: markTerms(term, query) };
  });
  if (stemmed.every((part) => part.term === words(term))) return [{ term, marks: typed }];
  return [{ term, filter: { none: others.map((lang) => ({ [STEMMING]: lang })) }, marks: typed }, ...stemmed];
}

/**
 * The same searches, each for the query as a whole word: Pagefind's exact search (a
 * term in quotes) matches indexed words, stems and compound parts equal to the query,
 * where a plain search also matches every word that begins with it ("Hof" finds
 * "Hoffmann", "Zeit" finds "Zeitung"). The engine keeps a query's results to the pages
 * these find, ranked by the plain search, and to all of them only where no page has
 * the word ("Zeitu" while typing "Zeitung").
 * `undefined` for queries of several words (Pagefind's exact search wants them next to
 * each other), phrases in quotes already, and searches by filters only.
 */
export function wholeWordParts(parts: readonly SearchPart[]): SearchPart[] | undefined {
  const single = (term: string | null) => term !== null && /^[\p{L}\p{N}]+$/u.test(term.trim());
  if (!parts.every((part) => single(part.term))) return undefined;
  return parts.map((part) => ({ ...part, term: `"${part.term!.trim()}"` }));
}
