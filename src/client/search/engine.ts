/**
 * Searches the site's Pagefind index, loaded only when a reader first uses search.
 * The index is stemmed in the site's language; pages in another language carry
 * their own stems and a `stemming` filter (see `src/lib/search/search-extras.ts`). So a
 * query runs once per language — as typed for the site's pages, stemmed in their
 * language for the others — and the disjoint answers are merged: one runtime, one
 * index, scores on one scale, counts that simply add up.
 */
import { facetCounts, mergeByScore, sumCounts } from '../../lib/search/merge.ts';
import { chosenFacets, HIGHLIGHT_PARAM, pagefindFilters, type Facet, type SearchState } from '../../lib/search/state.ts';
import { DAY, TITLE_PARTS, TITLE_PARTS_WEIGHT } from '../../lib/search/page-meta.ts';
import { searchParts, STEMMING, wholeWordParts, type SearchPart as Part } from '../../lib/search/query.ts';
import { loadStemmers, type Stem } from '../../lib/search/stem.ts';
import type { Counts, PagefindDocument, PagefindModule, PagefindResult, PagefindSearch } from '../../lib/search/types.ts';
import { pageHasWord, recount } from '../../lib/search/word-forms.ts';

/**
 * `base`: where the search bundle lives (the base path, the same for every UI language);
 * `pages`: the base path plus the reader's UI prefix (`/kb/en/`), so a result opens in the
 * reader's UI although the index holds each page once, in the root UI's copy;
 * `langs`: the languages of the site's content, the index's own first.
 */
export type SearchConfig = { base: string; pages?: string; langs: readonly string[] };
/** A result with the language of its content and the words to mark in it. */
export type Doc = PagefindDocument & { lang: string; marks: string[] };

type Hit = { key: string; score: number; load: () => Promise<Doc> };
type RunOptions = { without?: Facet; day?: string };

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

/**
 * The most pages whose text a one-word query checks for the word (see `word-forms.ts`):
 * their fragments are downloaded to do so, about 1.6 KB (gzip) each. A word on more
 * pages is not checked; its results are those of the exact search.
 */
export const CHECKED_PAGES = 20;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/**
 * `stemmers`: the Snowball stemmers of the content languages other than the site's.
 * "Newest first" goes day by day through the `day` filter (see `DAY`); pages without
 * a day (profiles, paths) follow by score.
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
  const plain = (parts: readonly Part[], state: SearchState, options: RunOptions = {}) =>
    Promise.all(
      parts.map((part) =>
        pagefind.search(part.term, {
          filters: { ...pagefindFilters(state, options.without), ...part.filter, ...(options.day ? { [DAY]: options.day } : {}) },
        }),
      ),
    );

  /**
   * The plain searches' answers kept to the pages the exact searches found: Pagefind's
   * exact search says which pages have the word as a whole word and counts their
   * filters; its plain search ranks them (an exact search scores every page alike).
   */
  const keep = (ranked: readonly PagefindSearch[], exact: readonly PagefindSearch[], having?: ReadonlyMap<string, PagefindDocument>): PagefindSearch[] =>
    ranked.map((answer, i) => {
      const found = exact[i]!.results.filter((r) => !having || having.has(r.id));
      const ids = new Set(found.map((r) => r.id));
      const filters = having ? recount(exact[i]!.filters, found.map((r) => having.get(r.id)!)) : exact[i]!.filters;
      return { ...answer, results: answer.results.filter((r) => ids.has(r.id)), filters };
    });

  /**
   * The pages of an exact search whose text has the query word or one of its forms
   * (`word-forms.ts`), with their fragments: `undefined` where that keeps them all,
   * keeps none (then the exact search's pages stay), or where the word is on more
   * than `CHECKED_PAGES` pages.
   */
  const pagesWithWord = async (only: readonly Part[], typed: string): Promise<Map<string, PagefindDocument> | undefined> => {
    const answers = await Promise.all(only.map((part) => pagefind.search(part.term, { filters: { ...part.filter } })));
    const results = answers.flatMap((answer) => answer.results);
    if (results.length > CHECKED_PAGES) return undefined;
    const docs = await Promise.all(results.map(async (r) => [r.id, await r.data()] as const));
    const having = new Map(
      docs.filter(([, doc]) => {
        const lang = doc.filters.lang?.[0] ?? doc.filters[STEMMING]?.[0] ?? site;
        return pageHasWord(typed, doc, lang, stemmers[lang]);
      }),
    );
    return having.size === 0 || having.size === results.length ? undefined : having;
  };

  return {
    totals: loadFilters,
    async search(state, options = {}) {
      const parts = searchParts(state.q.trim() || null, langs, stemmers);
      const hit = collector();
      // Without a query there is no relevance to rank by: newest first then, too.
      const newest = state.sort === 'newest' || parts[0]!.term === null;
      if (options.counts || newest) await loadFilters();
      // A word as a whole word ("Hof", not "Hoffmann"); as the beginning of longer words only where no page has it.
      const whole = wholeWordParts(parts);
      const exact = whole ? await plain(whole, state) : undefined;
      const only = exact?.some((a) => a.results.length > 0) ? whole : undefined;
      // Of those, the pages that have the word itself, not another word with its stem ("Seite", not "seit").
      const having = only ? await pagesWithWord(only, state.q.trim()) : undefined;
      const run = async (parts: readonly Part[], state: SearchState, options: RunOptions = {}) =>
        only ? keep(await plain(parts, state, options), await plain(only, state, options), having) : plain(parts, state, options);
      const answers = only && exact ? keep(await plain(parts, state), exact, having) : await plain(parts, state);
      const lists = answers.map((answer, i) => answer.results.map((r) => hit(parts[i]!, r)));
      const total = lists.reduce((sum, list) => sum + list.length, 0);

      let counts: Counts | undefined;
      if (options.counts) {
        const without: Record<string, Counts> = {};
        for (const facet of chosenFacets(state)) without[facet] = sumCounts((await run(parts, state, { without: facet })).map((a) => a.filters));
        counts = facetCounts(sumCounts(answers.map((a) => a.filters)), without);
      }

      const byScore = mergeByScore(lists);
      if (!newest) return { total, counts, take: (n) => Promise.all(byScore.slice(0, n).map((h) => h.load())) };

      // Pagefind has counted the results per day: search the days that have some, newest
      // first, as far as the results asked for reach (within a day by score); then the
      // results without a day. Only the results shown are ever loaded.
      const perDay = sumCounts(answers.map((a) => a.filters))[DAY] ?? {};
      const days = Object.keys(perDay).filter((day) => perDay[day]! > 0).sort().reverse();
      const ordered: Hit[] = [];
      const seen = new Set<string>();
      const add = (hits: readonly Hit[]) => {
        for (const h of hits) if (!seen.has(h.key)) (seen.add(h.key), ordered.push(h));
      };
      let next = 0;
      const take = async (n: number) => {
        while (ordered.length < n && next < days.length) {
          const day = days[next++]!;
          add(mergeByScore((await run(parts, state, { day })).map((answer, i) => answer.results.map((r) => hit(parts[i]!, r)))));
        }
        if (ordered.length < n) add(byScore);
        return Promise.all(ordered.slice(0, n).map((h) => h.load()));
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
        baseUrl: config.pages ?? config.base,
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
