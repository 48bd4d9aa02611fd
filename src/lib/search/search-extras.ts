/**
 * What a page tells the search index beyond its visible text, written into the page
 * at render time (hidden from readers, see `SearchMeta.astro`) and read by Pagefind
 * as metadata, so it is searchable but never shows in an excerpt:
 * - `parts`: the parts of its German compounds ("schutz" for "Datenschutz"), and
 *   `title_parts` those of its title, which the browser weighs like the title
 *   (`TITLE_PARTS_WEIGHT`), so "Gespräch" ranks "Feedback statt Jahresgespräch" high;
 * - `synonyms`: the glossary spellings of the terms it uses ("Sprachi");
 * - `stems`: for a page not in the index's language, the stems of its words in its own
 *   language, with a `stemming` filter naming that language, so the browser searches
 *   it with a query stemmed the same way (see `query.ts`). Pages in the index's
 *   language carry no such filter: the filter index lists only the others and stays small.
 */
import { presentTerms, type GlossaryMatcher } from '../glossary/match.ts';
import type { Splitter } from './compounds.ts';
import { TITLE_PARTS, type SearchData } from './page-meta.ts';
import { STEMMING } from './query.ts';
import { stemsOf, type Stem } from './stem.ts';

/**
 * Pagefind counts a metadata word once per page, however often the page uses it. So
 * that a page speaking of "Datenschutz" six times ranks above one that mentions it
 * once for "Schutz", a part used at least 2, 4 or 8 times is listed again in the
 * fields `parts_2`, `parts_4`, `parts_8`: each adds to the score, like a term
 * frequency that grows with the logarithm of the count.
 */
const PART_TIERS = [2, 4, 8] as const;

export type PageText = {
  /** The page's title, whose compound parts count as much as the title. */
  title?: string;
  /** Everything the page says that readers search: title, summary, body, topics. */
  text: string;
  /** Primary language subtag of the page's content, e.g. `en`. */
  language: string;
};

export type ExtrasTools = {
  /** The language the index is stemmed in (the site's). */
  indexLanguage: string;
  /** Splits the compounds of pages in these languages (German). */
  compounds: { languages: readonly string[]; splitter: Splitter };
  /** Snowball stemmers of the languages other than the index's. */
  stemmers: Readonly<Record<string, Stem>>;
  /** The Snowball stemmer of the index's language, as Pagefind stems with it: leaves out the stems it adds nothing to (see `stemsOf`). */
  indexStem?: Stem;
  glossary: { matcher: GlossaryMatcher; spellings: ReadonlyMap<string, readonly string[]> };
};

/** The glossary spellings of the terms a text uses, and of those filed under the page. */
export function glossarySpellings(text: string, glossary: ExtrasTools['glossary'], listed: readonly string[] = []): string[] {
  const ids = [...new Set([...presentTerms(glossary.matcher, text), ...listed])];
  return ids.flatMap((id) => glossary.spellings.get(id) ?? []);
}

/** The hidden metadata and filters of one page. */
export function searchExtras(page: PageText, tools: ExtrasTools, listedTerms: readonly string[] = []): SearchData {
  const language = page.language.split('-')[0]!.toLowerCase();
  const counted = tools.compounds.languages.includes(language) ? tools.compounds.splitter.partsOf(page.text) : [];
  const tiers = Object.fromEntries(PART_TIERS.map((n) => [`parts_${n}`, counted.filter((p) => p.count >= n).map((p) => p.part).join(' ')]));
  const other = language !== tools.indexLanguage;
  const stem = tools.stemmers[language];
  return {
    meta: {
      parts: counted.map((p) => p.part).join(' '),
      [TITLE_PARTS]: page.title && counted.length ? tools.compounds.splitter.partsOf(page.title).map((p) => p.part).join(' ') : '',
      ...tiers,
      synonyms: glossarySpellings(page.text, tools.glossary, listedTerms).join(' · '),
      stems: other && stem ? stemsOf(page.text, stem, tools.indexStem).join(' ') : '',
    },
    filters: other ? { [STEMMING]: [language] } : {},
  };
}
