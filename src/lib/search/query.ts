/**
 * How one query becomes searches of the one index. Pages in the site's language are
 * searched with the query as typed (Pagefind stems it in that language); pages in
 * another language, which carry their own stems, with the query stemmed in theirs.
 * Each search is limited to its pages by the `stemming` filter, so the answers never
 * overlap and their counts add up. Where stemming changes nothing, one search does.
 */
import { markTerms, stemQuery } from './stem.ts';

/** The filter that names the language a page's words are stemmed in. */
export const STEMMING = 'stemming';

export type SearchPart = {
  /** The query for these pages; `null` searches by filters only. */
  term: string | null;
  /** The language of the pages this search is limited to (none: all pages). */
  only?: string;
  /** Words to mark on the pages found. */
  marks: string[];
};

const words = (query: string) => (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The searches for a query; `langs` are the content languages, the index's first. */
export function searchParts(term: string | null, langs: readonly string[]): SearchPart[] {
  if (term === null) return [{ term, marks: [] }];
  const typed = markTerms(term, words(term));
  const [own, ...others] = langs;
  const stemmed = others.map((lang) => {
    const query = stemQuery(term, lang);
    return { term: query, only: lang, marks: markTerms(term, query) };
  });
  if (stemmed.every((part) => part.term === words(term))) return [{ term, marks: typed }];
  return [{ term, only: own, marks: typed }, ...stemmed];
}
