/**
 * The part of Pagefind's browser API the search uses (`pagefind.js` of a bundle),
 * typed here because the bundle is loaded at run time from the built site.
 */

/** Number of results per filter value: `{ kind: { app: 4, trend: 2 } }`. */
export type Counts = Record<string, Record<string, number>>;

export type PagefindDocument = {
  url: string;
  /** The indexed text of the page, unescaped. */
  content: string;
  /** Entity-encoded text around the best match with `<mark>`ed query terms. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindDocument> };

export type PagefindSearch = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results per filter value if that value were added to the current filters. */
  filters: Counts;
};

/** Filters: a value per filter, and compound ones such as `none: [{ stemming: 'en' }]`. */
export type PagefindFilters = Record<string, string | readonly Record<string, string>[]>;

export type PagefindSearchOptions = { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> };

export type PagefindOptions = {
  baseUrl?: string;
  excerptLength?: number;
  highlightParam?: string;
  noWorker?: boolean;
  ranking?: { metaWeights?: Record<string, number> };
};

export type PagefindModule = {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<Counts>;
};
