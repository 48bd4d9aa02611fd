/**
 * Searches the site's Pagefind index, loaded only when a reader first uses search.
 * The index is stemmed in the site's language; pages in another language carry
 * their own stems and a `stemming` filter (see `src/lib/search/index-pages.ts`). So a
 * query runs once per language — as typed for the site's pages, stemmed in their
 * language for the others — and the disjoint answers are merged: one runtime, one
 * index, scores on one scale, counts that simply add up.
 */
import { facetCounts, mergeByScore, sumCounts } from '../../lib/search/merge.ts';
import { chosenFacets, HIGHLIGHT_PARAM, pagefindFilters, type Facet, type SearchState } from '../../lib/search/state.ts';
import { SORT_DATE, TITLE_PARTS, TITLE_PARTS_WEIGHT } from '../../lib/search/page-meta.ts';
import { searchParts, STEMMING, type SearchPart as Part } from '../../lib/search/query.ts';
import { loadStemmers, type Stem } from '../../lib/search/stem.ts';
import type { Counts, PagefindDocument, PagefindModule, PagefindResult } from '../../lib/search/types.ts';

/** `langs`: the languages of the site's content, the site's own (the index's) first. */
export type SearchConfig = { base: string; langs: readonly string[] };
/** A result with the language of its content and the words to mark in it. */
export type Doc = PagefindDocument & { lang: string; marks: string[] };

type Hit = { key: string; score: number; load: () => Promise<Doc> };

export type Outcome = {
  total: number;
  /** Filter counts for the facets (only when asked for). */
  counts?: Counts;
  /** The first `n` results, in order. */
  take: (n: number) => Promise<Doc[]>;
};

export type Engine = {
  search: (state: SearchState, options?: { counts?: boolean }) => Promise<Outcome>;
  /** Filter counts of the whole site. */
  totals: () => Promise<Counts>;
};

/** Words of context in an excerpt. */
const EXCERPT_WORDS = 26;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** Newest first: the first `n` of lists each already in that order, by their `date`. */
async function newestOf(lists: readonly (readonly Hit[])[], n: number): Promise<Doc[]> {
  const docs = await Promise.all(lists.flatMap((list) => list.slice(0, n)).map((hit) => hit.load()));
  if (lists.length === 1) return docs;
  const date = (doc: Doc) => doc.meta[SORT_DATE] ?? '';
  return docs.sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1)).slice(0, n);
}

/**
 * `stemmers`: the Snowball stemmers of the content languages other than the site's.
 * "Newest first" is Pagefind's sort by the entries' `date`; pages without one
 * (profiles, paths) follow by score.
 */
export function createEngine(pagefind: PagefindModule, langs: readonly string[], stemmers: Readonly<Record<string, Stem>> = {}): Engine {
  const site = langs[0] ?? 'de';
  /** Results of one search, each loaded at most once however many lists it is in. */
  const collector = () => {
    const hits = new Map<string, Hit>();
    return (part: Part, result: PagefindResult): Hit => {
      const known = hits.get(result.id);
      if (known) return { ...known, score: result.score };
      const load = once(async () => {
        const doc = await result.data();
        return { ...doc, lang: doc.filters.lang?.[0] ?? doc.filters[STEMMING]?.[0] ?? site, marks: part.marks };
      });
      const made = { key: result.id, score: result.score, load };
      hits.set(result.id, made);
      return made;
    };
  };
  let filtersLoaded: Promise<Counts> | undefined;
  // Pagefind counts filter values alongside a search only once it has loaded its filter indexes.
  const loadFilters = () => (filtersLoaded ??= pagefind.filters());
  const run = (parts: readonly Part[], state: SearchState, options: { without?: Facet; newest?: boolean } = {}) =>
    Promise.all(
      parts.map((part) =>
        pagefind.search(part.term, {
          filters: { ...pagefindFilters(state, options.without), ...part.filter },
          ...(options.newest ? { sort: { [SORT_DATE]: 'desc' as const } } : {}),
        }),
      ),
    );

  return {
    totals: loadFilters,
    async search(state, options = {}) {
      const parts = searchParts(state.q.trim() || null, langs, stemmers);
      const hit = collector();
      if (options.counts) await loadFilters();
      const answers = await run(parts, state);
      const lists = answers.map((answer, i) => answer.results.map((r) => hit(parts[i]!, r)));
      const total = lists.reduce((sum, list) => sum + list.length, 0);

      let counts: Counts | undefined;
      if (options.counts) {
        const without: Record<string, Counts> = {};
        for (const facet of chosenFacets(state)) without[facet] = sumCounts((await run(parts, state, { without: facet })).map((a) => a.filters));
        counts = facetCounts(sumCounts(answers.map((a) => a.filters)), without);
      }

      const byScore = mergeByScore(lists);
      // Without a query there is no relevance to rank by: newest first then, too.
      if (state.sort === 'relevance' && parts[0]!.term !== null) {
        return { total, counts, take: (n) => Promise.all(byScore.slice(0, n).map((h) => h.load())) };
      }
      // Entries by date, newest first; profiles and paths, which have none, follow by score.
      const dated = (await run(parts, state, { newest: true })).map((answer, i) => answer.results.map((r) => hit(parts[i]!, r)));
      const datedKeys = new Set(dated.flat().map((h) => h.key));
      const undated = byScore.filter((h) => !datedKeys.has(h.key));
      const take = async (n: number) => {
        const first = await newestOf(dated, n);
        return [...first, ...(await Promise.all(undated.slice(0, n - first.length).map((h) => h.load())))];
      };
      return { total, counts, take };
    },
  };
}

let engine: Promise<Engine> | undefined;

/** The page's one search engine, opened on first use; header and search page share it. */
export function openEngine(config: SearchConfig): Promise<Engine> {
  if (!engine) {
    engine = (async () => {
      const [pagefind, stemmers] = await Promise.all([
        import(/* @vite-ignore */ `${config.base}pagefind/pagefind.js`) as Promise<PagefindModule>,
        loadStemmers(config.langs.slice(1)),
      ]);
      // No web worker: one download less, and searching an index this size takes milliseconds.
      await pagefind.options({
        baseUrl: config.base,
        excerptLength: EXCERPT_WORDS,
        highlightParam: HIGHLIGHT_PARAM,
        noWorker: true,
        ranking: { metaWeights: { [TITLE_PARTS]: TITLE_PARTS_WEIGHT } },
      });
      await pagefind.init();
      return createEngine(pagefind, config.langs, stemmers);
    })();
    engine.catch(() => (engine = undefined)); // a failed load may be retried
  }
  return engine;
}

/** A result's link, carrying the words to mark on the page it opens (none for a search by filters only). */
export function resultHref(doc: Doc): string {
  const url = new URL(doc.url, location.origin);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const mark of doc.marks) url.searchParams.append(HIGHLIGHT_PARAM, mark);
  return `${url.pathname}${url.search}${url.hash}`;
}
