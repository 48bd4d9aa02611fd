/** The shape of what one library size measured, shared by the report and the budgets. */
import type { BuildSummary } from './stats.ts';
import type { PageTime } from './phases.ts';
import type { DistSize } from './dist.ts';
import type { Totals } from './transfer.ts';
import type { SearchResult } from './browse.ts';
import type { SiteName } from './sites.ts';

export type SiteResult = {
  site: SiteName;
  label: string;
  build: BuildSummary;
  /** From the last run: the slowest pages and render time by route. */
  slowest: PageTime[];
  byRoute: { group: string; pages: number; ms: number }[];
  pageCount: number;
  disk: DistSize;
  /** Median over the sampled entry pages, loaded before search is touched. */
  page?: Totals;
  search?: SearchResult;
  searchError?: string;
  /** Requests to another origin (there should be none). */
  foreign: string[];
  /** Pagefind run alone on the built pages (`--pagefind-runs`): medians and every run's wall time. */
  pagefindAlone?: { ms: number; cpuMs?: number; msAll: number[] };
};

export type SizeResult = {
  entries: number;
  words: { min: number; max: number; median: number };
  sites: Partial<Record<SiteName, SiteResult>>;
  skipped: { site: SiteName; reason: string }[];
  /** Load averages (1, 5, 15 min) before the first and after the last build of this size. */
  load?: { start: number[]; end: number[] };
};

export type Machine = { date: string; cores: number; cpu: string; memoryBytes: number; os: string; node: string; versions: Record<string, string>; load: number[] };
