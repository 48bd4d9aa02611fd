/**
 * Searches the site's Pagefind bundles — one per content language, each stemming
 * in its own language — as one. Each bundle's `pagefind.js` is imported from its
 * own URL, so each is an independent instance with its own WebAssembly (Pagefind's
 * `mergeIndex` would search the second language with the first one's stemmer).
 * Loaded only when a reader first uses search.
 */
import { facetCounts, mergeByScore, mergeSortedBy, sumCounts } from '../../lib/search/merge.ts';
import { chosenFacets, HIGHLIGHT_PARAM, pagefindFilters, type SearchState } from '../../lib/search/state.ts';
import type { Counts, PagefindDocument, PagefindModule, PagefindResult } from '../../lib/search/types.ts';

export type SearchConfig = { base: string; langs: readonly string[] };
export type Doc = PagefindDocument & { lang: string };

type Hit = { key: string; score: number; load: () => Promise<Doc> };
type Bundle = { lang: string; pagefind: PagefindModule };

export type Outcome = {
  total: number;
  /** Filter counts for the facets (only when asked for). */
  counts?: Counts;
  /** The first `n` results, in order. */
  take: (n: number) => Promise<Doc[]>;
};

/** Words of context in an excerpt. */
const EXCERPT_WORDS = 26;

export type Engine = {
  search: (state: SearchState, options?: { counts?: boolean }) => Promise<Outcome>;
  /** Filter counts of the whole site. */
  totals: () => Promise<Counts>;
};

async function openBundle(base: string, lang: string): Promise<Bundle> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/${lang}/pagefind.js`)) as PagefindModule;
  // No web worker: with two bundles it would mean two more downloads, for indexes this small.
  await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
  await pagefind.init();
  return { lang, pagefind };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

export function createEngine(bundles: readonly Bundle[]): Engine {
  const hits = new Map<string, Hit>();
  const hit = (lang: string, result: PagefindResult): Hit => {
    const key = `${lang}:${result.id}`;
    const known = hits.get(key);
    if (known) return { ...known, score: result.score };
    const made = { key, score: result.score, load: once(async () => ({ ...(await result.data()), lang })) };
    hits.set(key, made);
    return made;
  };
  let filtersLoaded: Promise<Counts[]> | undefined;
  // Pagefind counts filter values alongside a search only once it has loaded its filter indexes.
  const loadFilters = () => (filtersLoaded ??= Promise.all(bundles.map((b) => b.pagefind.filters())));
  const searchAll = (term: string | null, state: SearchState, without?: Parameters<typeof pagefindFilters>[1], sorted = false) =>
    Promise.all(bundles.map((b) => b.pagefind.search(term, { filters: pagefindFilters(state, without), ...(sorted ? { sort: { date: 'desc' as const } } : {}) })));

  return {
    totals: async () => sumCounts(await loadFilters()),
    async search(state, options = {}) {
      const term = state.q.trim() || null;
      if (options.counts) await loadFilters();
      const main = await searchAll(term, state);
      const lists = main.map((answer, i) => answer.results.map((r) => hit(bundles[i]!.lang, r)));
      const total = lists.reduce((sum, list) => sum + list.length, 0);

      let counts: Counts | undefined;
      if (options.counts) {
        const without: Record<string, Counts> = {};
        for (const facet of chosenFacets(state)) without[facet] = sumCounts((await searchAll(term, state, facet)).map((a) => a.filters));
        counts = facetCounts(sumCounts(main.map((a) => a.filters)), without);
      }

      const byScore = mergeByScore(lists);
      // Without a query there is no relevance to rank by: newest first then, too.
      if (state.sort === 'relevance' && term !== null) {
        return { total, counts, take: (n) => Promise.all(byScore.slice(0, n).map((h) => h.load())) };
      }
      // Pagefind sorts only pages with a date (entries); profiles and paths follow, by score.
      const sorted = (await searchAll(term, state, undefined, true)).map((answer, i) => answer.results.map((r) => hit(bundles[i]!.lang, r)));
      const dated = new Set(sorted.flat().map((h) => h.key));
      const undated = byScore.filter((h) => !dated.has(h.key));
      return {
        total,
        counts,
        async take(n) {
          const first = await mergeSortedBy(sorted, n, async (h) => (await h.load()).meta.date ?? '');
          return Promise.all([...first, ...undated.slice(0, Math.max(0, n - first.length))].map((h) => h.load()));
        },
      };
    },
  };
}

let engine: Promise<Engine> | undefined;

/** The page's one search engine, opened on first use; header and search page share it. */
export function openEngine(config: SearchConfig): Promise<Engine> {
  if (!engine) {
    engine = Promise.all(config.langs.map((lang) => openBundle(config.base, lang))).then(createEngine);
    engine.catch(() => (engine = undefined)); // a failed load may be retried
  }
  return engine;
}

/** A result's link, without the empty highlight parameter of a search by filters only. */
export function resultHref(doc: Doc): string {
  const url = new URL(doc.url, location.origin);
  const terms = url.searchParams.getAll(HIGHLIGHT_PARAM).filter((term) => term.trim());
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  return `${url.pathname}${url.search}${url.hash}`;
}
