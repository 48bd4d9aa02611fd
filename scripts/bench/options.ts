/** The benchmark's flags, checked before anything is generated or built. */
import { UsageError, parseFlags } from '../lib/cli.ts';
import { SITES, type SiteName } from './sites.ts';

export const HELP = `Usage: npm run bench [-- flags]

Generates a synthetic library of N entries that passes the real schema, builds
it as this site (both UI languages, and once with one UI: ours-one), as a stock
Astro Starlight site and as the bare Astro floor
(bench/starlight, bench/bare: installed on first use), and prints per size the
build time by phase, peak memory, dist and Pagefind index size, the weight of an
entry page and what the first search query downloads, ours beside theirs with
the ratios; then checks the budgets. Results go to bench/results/<date>-<N>.md.

Flags:
  --entries <list>      library sizes, comma-separated (default 1000), e.g. 1000,3000,5000
  --runs <n>            builds per site and size; figures are medians (default 3)
  --sites <list>        which sites to build (default ours,ours-one,starlight,bare)
  --starlight-max <n>   largest size Starlight is built at; it gets slow (default 3000)
  --seed <n>            seed of the synthetic library (default 1)
  --query <word>        the first search query (default Datenschutz)
  --pages <n>           entry pages weighed per site, median taken (default 5)
  --no-browser          skip the browser measurements (page weight, first search)
  --pagefind-runs <n>   after the builds, run Pagefind alone n times on each site's
                        built pages (ours and the bare floor, taking turns, each into a
                        new folder) and print the median: the index phase without
                        Astro's part in it (default 0: not run)
  --out <dir>           where the result files go (default bench/results)
  --config <file>       build our site with another Astro config, to see what a part
                        costs, e.g. bench/diagnose/no-search.config.mjs (see its comment)
  -h, --help            show this help

Exit codes: 0 every measured budget holds, 1 a budget fails or a build fails,
2 a flag is wrong. A full run (1000,3000,5000, one run) takes 20+ minutes on 2 cores.
`;

const options = {
  entries: { type: 'string' },
  runs: { type: 'string' },
  sites: { type: 'string' },
  'starlight-max': { type: 'string' },
  seed: { type: 'string' },
  query: { type: 'string' },
  pages: { type: 'string' },
  'no-browser': { type: 'boolean' },
  'pagefind-runs': { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type BenchOptions = {
  help: boolean;
  entries: number[];
  runs: number;
  sites: SiteName[];
  starlightMax: number;
  seed: number;
  query: string;
  pages: number;
  browser: boolean;
  pagefindRuns: number;
  out: string;
  config?: string;
};

/** The most entries the sentence bank can title distinctly. */
export const MAX_ENTRIES = 7920;

function int(flag: string, value: string | undefined, fallback: number, min: number, max: number, example: string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${flag}: expected a whole number from ${min} to ${max}, such as ${example}, found "${value}"`);
  }
  return Number(value);
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseFlags(argv, options, 'bench');
  const entries = (values.entries ?? '1000').split(',').map((s) => s.trim());
  const sizes = entries.map((s) => int('entries', s, 0, 10, MAX_ENTRIES, '1000,3000,5000'));
  if (new Set(sizes).size !== sizes.length) throw new UsageError(`--entries: expected each size once, found "${values.entries}"`);
  const sites = (values.sites ?? SITES.join(',')).split(',').map((s) => s.trim());
  for (const s of sites) {
    if (!(SITES as readonly string[]).includes(s)) throw new UsageError(`--sites: expected names from ${SITES.join(', ')}, found "${s}"`);
  }
  if (values.config !== undefined && !/\.(mjs|js|ts|mts)$/.test(values.config)) {
    throw new UsageError(`--config: expected an Astro config file such as bench/diagnose/no-search.config.mjs, found "${values.config}"`);
  }
  const query = values.query ?? 'Datenschutz';
  if (!query.trim()) throw new UsageError('--query: expected a word to search for, found an empty text');
  return {
    help: values.help ?? false,
    entries: [...sizes].sort((a, b) => a - b),
    runs: int('runs', values.runs, 3, 1, 20, '3'),
    sites: SITES.filter((s) => sites.includes(s)),
    starlightMax: int('starlight-max', values['starlight-max'], 3000, 0, MAX_ENTRIES, '3000'),
    seed: int('seed', values.seed, 1, 0, 2 ** 31, '1'),
    query: query.trim(),
    pages: int('pages', values.pages, 5, 1, 50, '5'),
    browser: !values['no-browser'],
    pagefindRuns: int('pagefind-runs', values['pagefind-runs'], 0, 0, 20, '5'),
    out: values.out ?? 'bench/results',
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
}
