/** Measured results made by hand, for the budget and report tests. */
import { totals } from '../../../scripts/bench/transfer.ts';
import type { SiteResult, SizeResult } from '../../../scripts/bench/results.ts';
import type { SiteName } from '../../../scripts/bench/sites.ts';

export type Figures = { ms: number; html?: number; css?: number; js?: number; search?: number };

const KB = 1024;

export function siteResult(site: SiteName, f: Figures): SiteResult {
  const page = f.html === undefined ? undefined : totals([
    { url: 'http://x/e/', kind: 'html', raw: f.html * 4, gzip: f.html },
    { url: 'http://x/a.css', kind: 'css', raw: (f.css ?? 0) * 5, gzip: f.css ?? 0 },
    { url: 'http://x/a.js', kind: 'js', raw: (f.js ?? 0) * 3, gzip: f.js ?? 0 },
  ]);
  const search = f.search === undefined ? undefined : {
    ...totals([
      { url: 'http://x/pagefind/pagefind.js', kind: 'js', raw: 30 * KB, gzip: 10 * KB },
      { url: 'http://x/pagefind/wasm.de.pagefind', kind: 'wasm', raw: 57 * KB, gzip: 57 * KB },
      { url: 'http://x/pagefind/index/de_1.pf_index', kind: 'index', raw: f.search - 67 * KB, gzip: f.search - 67 * KB },
    ]),
    mode: 'test',
    files: [{ path: '/pagefind/pagefind.js', gzip: 10 * KB }],
  };
  return {
    site,
    label: { ours: 'ours', 'ours-one': 'ours, one UI', starlight: 'Starlight', bare: 'bare floor' }[site],
    build: { runs: 1, ms: f.ms, msAll: [f.ms], cpuMs: f.ms * 1.5, phases: { sync: f.ms * 0.2, bundle: f.ms * 0.4, render: f.ms * 0.3, images: 0, index: f.ms * 0.1, total: f.ms }, peakBytes: 900 * KB * KB },
    slowest: [{ route: '/entries/a/index.html', ms: 40 }],
    byRoute: [{ group: 'entries', pages: 2, ms: 60 }],
    pageCount: 2,
    disk: { dist: { bytes: 3 * KB * KB, files: 150 }, pagefind: { bytes: KB * KB, files: 120 } },
    page,
    search,
    foreign: [],
  };
}

export function sizeResult(entries: number, sites: Partial<Record<SiteName, Figures>>): SizeResult {
  return {
    entries,
    words: { min: 420, max: 690, median: 550 },
    sites: Object.fromEntries(Object.entries(sites).map(([name, f]) => [name, siteResult(name as SiteName, f)])),
    skipped: [],
  };
}
