/**
 * Step 4: the figures as Markdown — printed, and written to `bench/results/<date>-<N>.md`.
 * Ours beside Starlight and the bare floor, with the ratios. Pure.
 */
import type { Machine, SiteResult, SizeResult } from './results.ts';
import type { Budget } from './budgets.ts';
import { pageWeight, type Bytes } from './transfer.ts';
import { fmtBytes, fmtCount, fmtMs, ratio, table } from './format.ts';
import { SITES } from './sites.ts';

type Row = {
  label: string;
  value: (r: SiteResult, entries: number) => number | undefined;
  show: (v: number | undefined) => string;
  /** Left out where no site has a value (a measurement the run was not asked for). */
  optional?: true;
};

const loads = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const CORES_NOTE = 'a load above the core count means other work competed for the CPU and stretched wall times';

const bytesPair = (b: Bytes | undefined) => (b ? `${fmtBytes(b.raw)} / ${fmtBytes(b.gzip)}` : '–');

const ROWS: Row[] = [
  { label: 'build time', value: (r) => r.build.ms, show: fmtMs },
  { label: 'per entry', value: (r, n) => r.build.ms / n, show: fmtMs },
  { label: 'CPU time (user + sys)', value: (r) => r.build.cpuMs, show: fmtMs },
  { label: '· content sync', value: (r) => r.build.phases.sync, show: fmtMs },
  { label: '· bundling (Vite, MDX)', value: (r) => r.build.phases.bundle, show: fmtMs },
  { label: '· page rendering', value: (r) => r.build.phases.render, show: fmtMs },
  { label: '· image conversion', value: (r) => r.build.phases.images, show: fmtMs },
  { label: '· search indexing and after', value: (r) => r.build.phases.index, show: fmtMs },
  { label: 'Pagefind alone on the built pages', value: (r) => r.pagefindAlone?.ms, show: fmtMs, optional: true },
  { label: '· its CPU time (user + sys)', value: (r) => r.pagefindAlone?.cpuMs, show: fmtMs, optional: true },
  { label: 'peak memory (process tree)', value: (r) => r.build.peakBytes || undefined, show: fmtBytes },
  { label: 'pages built', value: (r) => r.pageCount || undefined, show: fmtCount },
  { label: 'dist size', value: (r) => r.disk.dist.bytes, show: fmtBytes },
  { label: 'dist files', value: (r) => r.disk.dist.files, show: fmtCount },
  { label: 'Pagefind index size', value: (r) => r.disk.pagefind.bytes, show: fmtBytes },
  { label: 'Pagefind index files', value: (r) => r.disk.pagefind.files, show: fmtCount },
  { label: 'entry page HTML + CSS + JS, gzip', value: (r) => (r.page ? pageWeight(r.page).gzip : undefined), show: fmtBytes },
  { label: 'entry page JS before search, gzip', value: (r) => r.page?.js.gzip, show: fmtBytes },
  { label: 'first search query downloads, gzip', value: (r) => r.search?.all.gzip, show: fmtBytes },
];

/** Lower is better for every row, so each ratio reads "ours is N× theirs". */
export function comparison(size: SizeResult): string {
  const present = SITES.filter((s) => size.sites[s]);
  const head = ['', ...present.map((s) => size.sites[s]!.label), ...present.filter((s) => s !== 'ours').map((s) => `ours / ${size.sites[s]!.label}`)];
  const ours = size.sites.ours;
  const shown = ROWS.filter((row) => !row.optional || present.some((s) => row.value(size.sites[s]!, size.entries) !== undefined));
  const rows = shown.map((row) => {
    const withN = (r: SiteResult) => row.value(r, size.entries);
    return [
      row.label,
      ...present.map((s) => row.show(withN(size.sites[s]!))),
      ...present.filter((s) => s !== 'ours').map((s) => (ours ? ratio(withN(ours), withN(size.sites[s]!)) : '–')),
    ];
  });
  return table(head, rows);
}

function detail(r: SiteResult): string {
  const lines = [`**${r.label}** — runs: ${r.build.msAll.map((ms) => fmtMs(ms)).join(', ')}`];
  if (r.page) {
    lines.push(`entry page (raw / gzip): HTML ${bytesPair(r.page.html)}, CSS ${bytesPair(r.page.css)}, JS ${bytesPair(r.page.js)}, other ${bytesPair(r.page.other)}; ${r.page.requests} requests`);
  }
  if (r.search) {
    const s = r.search;
    lines.push(`first search (${s.mode}, raw / gzip): total ${bytesPair(s.all)} in ${s.requests} requests — code ${bytesPair({ raw: s.js.raw + s.css.raw, gzip: s.js.gzip + s.css.gzip })}, WebAssembly ${bytesPair(s.wasm)}, index ${bytesPair(s.index)}, ${s.fragments} result fragments ${bytesPair(s.fragment)}${s.html.raw ? `, HTML ${bytesPair(s.html)}` : ''}`);
  }
  if (r.search?.files.length) {
    lines.push(`first search files (gzip): ${r.search.files.map((f) => `${f.path.replace(/^\/pagefind\//, 'pagefind/')} ${fmtBytes(f.gzip)}`).join(', ')}`);
  }
  if (r.searchError) lines.push(`first search: not measured (${r.searchError})`);
  if (r.pagefindAlone) lines.push(`Pagefind alone: runs ${r.pagefindAlone.msAll.map((ms) => fmtMs(ms)).join(', ')}`);
  if (r.slowest.length) lines.push(`slowest pages: ${r.slowest.map((p) => `${p.route} ${fmtMs(p.ms)}`).join(', ')}`);
  if (r.byRoute.length) lines.push(`render time by route: ${r.byRoute.slice(0, 6).map((g) => `${g.group} ${fmtMs(g.ms)} (${fmtCount(g.pages)} pages)`).join(', ')}`);
  if (r.foreign.length) lines.push(`requests to other origins: ${[...new Set(r.foreign)].join(', ')}`);
  return lines.map((l) => `- ${l}`).join('\n');
}

export function sizeReport(size: SizeResult, runs: number): string {
  const parts = [
    `## ${fmtCount(size.entries)} entries (median of ${runs} run${runs === 1 ? '' : 's'})`,
    '',
    `Entries of ${size.words.min}–${size.words.max} words (median ${size.words.median}).${size.load ? ` Load average before the builds ${loads(size.load.start)}, after ${loads(size.load.end)} (${CORES_NOTE}).` : ''}`,
    '',
    comparison(size),
    '',
    ...SITES.filter((s) => size.sites[s]).flatMap((s) => [detail(size.sites[s]!), '']),
    ...size.skipped.map((s) => `- ${s.site}: not built (${s.reason})`),
  ];
  return parts.join('\n').trimEnd();
}

export function budgetReport(budgets: readonly Budget[]): string {
  const mark = { pass: 'holds', fail: '**FAILS**', 'not measured': 'not measured' } as const;
  return ['## Budgets', '', table(['budget', 'measured', 'status'], budgets.map((b) => [b.rule, b.measured, mark[b.status]]))].join('\n');
}

export function machineReport(m: Machine, command: string): string {
  return [
    `# Benchmark ${m.date}`,
    '',
    `\`${command}\``,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${fmtBytes(m.memoryBytes)} memory, ${m.os}; load average at start ${loads(m.load)}.`,
    `Versions: Node ${m.node}, ${Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    'Builds start cold (no Astro cache); times are wall-clock from spawn to exit. Sizes in KB = 1,024 bytes; gzip is each file compressed on its own.',
  ].join('\n');
}

export function resultFile(m: Machine, command: string, size: SizeResult, runs: number, budgets: readonly Budget[]): string {
  return `${[machineReport(m, command), sizeReport(size, runs), budgetReport(budgets)].join('\n\n')}\n`;
}
