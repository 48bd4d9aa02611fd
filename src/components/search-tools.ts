/**
 * The tools the search metadata of every page is made with (`search-extras.ts`),
 * built once per loaded library: the compound splitter (the German lexicon plus the
 * library's own nouns), the glossary matcher and the Snowball stemmers. A build loads
 * the library once, so they are built once per build; the dev server reloads the
 * library on change, and they follow.
 */
import { siteConfig } from '../../site.config.ts';
import { library } from '../content.ts';
import { compileMatcher } from '../lib/glossary/match.ts';
import { createSplitter, libraryNouns } from '../lib/search/compounds.ts';
import { germanLexicon } from '../lib/search/lexicon.ts';
import type { ExtrasTools } from '../lib/search/search-extras.ts';
import { loadStemmers } from '../lib/search/stem.ts';

type Library = Awaited<ReturnType<typeof library>>;
export type SearchTools = ExtrasTools & {
  /** The glossary terms filed under each entry (`entries:` of a term), by entry slug. */
  termsOfEntry: ReadonlyMap<string, readonly string[]>;
};

const built = new WeakMap<Library, Promise<SearchTools>>();

async function build(lib: Library): Promise<SearchTools> {
  const languages = [...new Set([siteConfig.locale, 'de', 'en'])];
  const [lexicon, stemmers] = await Promise.all([germanLexicon(), loadStemmers(languages.filter((l) => l !== siteConfig.locale))]);
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
    compounds: { languages: ['de'], splitter: createSplitter(lexicon, { extraNouns: libraryNouns(texts, lexicon) }) },
    stemmers,
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
