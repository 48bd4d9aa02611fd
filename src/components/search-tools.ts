/**
 * What search needs from the whole library, worked out once per loaded library rather
 * than on every page: the languages a query runs in (`searchLanguagesOfSite`, for the
 * header of every page and `/search/`) and the tools the search metadata of every page
 * is made with (`search-extras.ts`): the compound splitter (the German lexicon and hyphenation
 * patterns plus the library's own nouns), the glossary matcher and the Snowball stemmers. A build loads
 * the library once, so each is made once per build; the dev server loads the library
 * afresh for every page, and they follow.
 */
import { siteConfig } from '../../site.config.ts';
import { library } from '../content.ts';
import { searchLanguages } from '../lib/search/page-meta.ts';
import { compileMatcher } from '../lib/glossary/match.ts';
import { createSplitter, libraryNouns } from '../lib/search/compounds.ts';
import { germanLexicon } from '../lib/search/lexicon.ts';
import { germanSyllables } from '../lib/search/syllables.ts';
import { englishWords } from '../lib/search/loan-words.ts';
import type { ExtrasTools } from '../lib/search/search-extras.ts';
import { loadStemmer, loadStemmers } from '../lib/search/stem.ts';

type Library = Awaited<ReturnType<typeof library>>;
export type SearchTools = ExtrasTools & {
  /** The glossary terms filed under each entry (`entries:` of a term), by entry slug. */
  termsOfEntry: ReadonlyMap<string, readonly string[]>;
};

const languagesOf = new WeakMap<Library, string[]>();

function languages(lib: Library): string[] {
  let langs = languagesOf.get(lib);
  if (!langs) {
    langs = searchLanguages(siteConfig.locale, [...lib.entries.map((e) => e.data.lang), ...lib.paths.map((p) => p.data.lang)]);
    languagesOf.set(lib, langs);
  }
  return langs;
}

/** The languages search runs a query in: the site's first, then those of its entries and paths (see `searchLanguages`). */
export async function searchLanguagesOfSite(): Promise<string[]> {
  return languages(await library());
}

const built = new WeakMap<Library, Promise<SearchTools>>();

async function build(lib: Library): Promise<SearchTools> {
  // Stems are written for pages in a language other than the site's: those languages' stemmers only.
  const [lexicon, syllables, loanWords, stemmers, indexStem] = await Promise.all([
    germanLexicon(),
    germanSyllables(),
    englishWords(),
    loadStemmers(languages(lib).slice(1)),
    loadStemmer(siteConfig.locale),
  ]);
  const texts = [
    ...lib.entries.flatMap((e) => [e.data.title, e.data.summary, e.body ?? '']),
    ...lib.mentors.map((m) => m.body ?? ''),
    ...lib.paths.flatMap((p) => [p.data.title, p.data.description]),
  ];
  const terms = lib.glossary.map((g) => ({ id: g.id, term: g.data.term, aka: g.data.aka }));
  const termsOfEntry = new Map<string, string[]>();
  for (const g of lib.glossary) for (const slug of g.data.entries) termsOfEntry.set(slug, [...(termsOfEntry.get(slug) ?? []), g.id]);
  return {
    termsOfEntry,
    indexLanguage: siteConfig.locale,
    compounds: { languages: ['de'], splitter: createSplitter(lexicon, { syllables, loanWords, extraNouns: libraryNouns(texts, lexicon) }) },
    stemmers,
    indexStem,
    glossary: { matcher: compileMatcher(terms), spellings: new Map(terms.map((t) => [t.id, [t.term, ...t.aka]])) },
  };
}

/** The search tools for the library as loaded now. */
export async function searchTools(): Promise<SearchTools> {
  const lib = await library();
  let tools = built.get(lib);
  if (!tools) built.set(lib, (tools = build(lib)));
  return tools;
}
