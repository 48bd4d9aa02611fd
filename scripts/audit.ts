/**
 * `npm run audit` — Lighthouse (mobile emulation, as its defaults are) on the built
 * site served by a real web server: Debian's nginx, started and stopped here with its
 * own temporary configuration, under a base path. Audits the home page, an entry, the
 * library index, a search and the radar, in every UI language of the build (the
 * prefixes the home page's hreflang alternates name), prints a table of performance,
 * accessibility, best practices, blocking time, layout shift and HTML size against
 * their goals, and exits with 1 when a goal is missed. With `--entries N` it builds a
 * generated library of N entries (the bench's generator) and audits the pages that
 * list the whole library: /entries/, /radar/ and the largest tag page, with the
 * build's render time for each.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { acquireBuildLock, BUILD_LOCK } from './lib/build-lock.ts';
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io } from './lib/cli.ts';
import { startNginx } from './audit/nginx.ts';
import { freePort } from './lib/free-port.ts';
import { goalsFor, LIBRARY_HTML_GZIP_MAX, missedGoals, renderTable, scoresTable, type PageScores } from './audit/report.ts';
import { generate, validateOurs, writeOurs } from './bench/write.ts';
import { pageTimes, parsePhases, type LogLine } from './bench/phases.ts';

export const HELP = `Usage: npm run audit [-- flags]

Builds the site under a base path (or takes a built one), serves it with nginx on a
free loopback port, runs Lighthouse in mobile emulation on the home page, an entry,
/entries/, /search/?q=Datenschutz and /radar/ — in each UI language the site has
(German at the root, English under /en/) — and prints a table of the scores.
Exits with 1 when a page misses a goal: performance ≥ 95, accessibility 100,
best practices ≥ 95, total blocking time ≤ 200 ms, cumulative layout shift ≤ 0.05,
the HTML of /entries/ ≤ 100 KB gzip.

With --entries N it builds a generated library of N entries instead (the bench's
generator, seed 1, in bench/work/audit-N/) and audits /entries/, /radar/ and the
tag page with the most entries; goals: performance ≥ 95 up to 1,000 entries and
≥ 90 beyond, no layout shift (CLS 0.000). It prints the build's render phase and
the render time of each of those pages.

Flags:
  --entries <n>    audit a generated library of n entries (10 to 20000)
  --runs <n>       Lighthouse runs per page, the median by performance is shown (default 1)
  --dist <dir>     audit this built site instead of building one (built with BASE_PATH=--base)
  --base <path>    the base path the site is served under (default /kb/)
  --entry <slug>   the entry to audit (default: the first in the library, by slug)
  -h, --help       show this help

Environment: CHROME_PATH (else /usr/bin/chromium), NGINX (else /usr/sbin/nginx).
`;

const options = {
  entries: { type: 'string' },
  runs: { type: 'string' },
  dist: { type: 'string' },
  base: { type: 'string' },
  entry: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The flags tests/support/browser.ts launches Chromium with. */
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

type Cleanup = () => unknown;

/**
 * Builds the site into `outDir` with a cache of its own, emptied (as the test builds do:
 * a cache left by a build of other content can make Astro render that content), holding
 * the project's build lock, which the test builds take too. `cleanups` gets what stops
 * the build and frees the lock should the audit be interrupted. Returns the log's lines,
 * timed, for the render phase and the time of each page.
 */
async function build(cwd: string, outDir: string, cacheDir: string, base: string, io: Io, cleanups: Cleanup[], contentDir?: string): Promise<LogLine[]> {
  const release = await acquireBuildLock(cwd, () => io.stderr.write(`Waiting for another build of this project to finish (${BUILD_LOCK}) …\n`));
  cleanups.push(release);
  try {
    io.stderr.write(`Building the site under ${base} into ${outDir} …\n`);
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd,
      env: { ...io.env, BASE_PATH: base, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => child.exitCode === null && child.signalCode === null && (child.kill(), once(child, 'exit')));
    const lines: LogLine[] = [];
    let rest = '';
    child.stdout.on('data', (chunk) => {
      const parts = (rest + String(chunk)).split('\n');
      rest = parts.pop() ?? '';
      const t = performance.now() - started;
      for (const text of parts) lines.push({ t, text });
    });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${errors || lines.slice(-20).map((l) => l.text).join('\n')}`);
    if (rest) lines.push({ t: performance.now() - started, text: rest });
    return lines;
  } finally {
    release();
  }
}

/** The UI languages' folders below the base path (`''`, `en/`), from the hreflang alternates of the home page. */
async function uiPrefixes(root: string, base: string): Promise<string[]> {
  const home = await readFile(path.join(root, 'index.html'), 'utf8');
  const found = [...home.matchAll(/<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"/g)].map(([, , href]) => new URL(href!).pathname);
  const prefixes = found.filter((p) => p.startsWith(base)).map((p) => p.slice(base.length));
  return prefixes.length > 0 ? [...new Set(prefixes)] : [''];
}

/** Writes a generated library of `n` entries (the bench's, seed 1) and checks it with the real loader; returns its folder, relative to `cwd`, and its largest tag. */
function generatedLibrary(cwd: string, n: number, io: Io): { contentDir: string; tag: string } {
  io.stderr.write(`Generating a library of ${n} entries …\n`);
  const contentDir = path.join('bench/work', `audit-${n}`, 'content');
  const { entries } = generate(n, 1, path.join(cwd, 'content'));
  writeOurs(path.join(cwd, contentDir), path.join(cwd, 'content'), entries);
  const problems = validateOurs(path.join(cwd, contentDir), cwd, io.now);
  if (problems.length > 0) throw new Error(`the generated library does not pass the schema:\n${problems.slice(0, 5).map((p) => `  ${p.file} ${p.field}: ${p.message}`).join('\n')}`);
  const counts = new Map<string, number>();
  for (const e of entries) for (const tag of e.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tag = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return { contentDir, tag };
}

/** The size of a page's HTML file in the built site. */
function htmlSize(root: string, route: string): PageScores['html'] {
  const file = path.join(root, route.split('?')[0]!, 'index.html');
  if (!existsSync(file)) return { raw: Number.NaN, gzip: Number.NaN };
  const html = readFileSync(file);
  return { raw: html.length, gzip: gzipSync(html).length };
}

async function audit(url: string, port: number): Promise<Omit<PageScores, 'label' | 'url' | 'html'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseFlags(argv, options, 'audit'));
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (values.base !== undefined && !/^\/(?:[\w.-]+\/)*$/.test(values.base)) throw new UsageError(`--base: expected a path that starts and ends with "/", such as /kb/, found "${values.base}"`);
    if (values.entries !== undefined && !/^\d+$/.test(values.entries)) throw new UsageError(`--entries: expected a whole number from 10 to 20000, found "${values.entries}"`);
    if (values.entries !== undefined && (Number(values.entries) < 10 || Number(values.entries) > 20000)) throw new UsageError(`--entries: expected a whole number from 10 to 20000, found ${values.entries}`);
    if (values.entries !== undefined && values.dist !== undefined) throw new UsageError('--entries builds a generated library; it cannot be combined with --dist');
    if (values.runs !== undefined && !/^[1-9]\d?$/.test(values.runs)) throw new UsageError(`--runs: expected a whole number from 1 to 99, found "${values.runs}"`);
    if (values.dist !== undefined && !existsSync(path.join(values.dist, 'index.html'))) throw new UsageError(`--dist: expected a built site (a folder with index.html), found "${values.dist}"`);
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }
  const chromePath = [io.env.CHROME_PATH, ...CHROME_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!chromePath) {
    io.stderr.write('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.\n');
    return EXIT.content;
  }

  const base = values.base ?? '/kb/';
  const cleanups: Cleanup[] = [];
  let cleaning: Promise<void> | undefined;
  // Last in, first out: the browser and nginx stop, the build is stopped and its lock freed, then the folder goes.
  const cleanUp = () => (cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch(() => undefined);
  })());
  // Ctrl-C or a kill: stop what was started and remove what was written, then exit.
  const interrupted = (signal: NodeJS.Signals) => {
    io.stderr.write(`\n${signal}: stopping the audit …\n`);
    // Lighthouse fails from within once its browser is gone; that is expected now and must not end the cleanup.
    process.on('uncaughtException', () => undefined);
    process.on('unhandledRejection', () => undefined);
    void cleanUp().finally(() => process.exit(128 + os.constants.signals[signal]));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const entries = values.entries === undefined ? undefined : Number(values.entries);
  const runs = Number(values.runs ?? 1);
  const goals = goalsFor(entries);
  try {
    let root = values.dist;
    let lines: LogLine[] | undefined;
    let tag: string | undefined;
    if (!root) {
      const work = await mkdtemp(path.join(os.tmpdir(), 'trend-audit-'));
      cleanups.push(() => rm(work, { recursive: true, force: true }));
      // nginx's workers run as an unprivileged user; a temporary folder is private to its owner.
      await chmod(work, 0o755);
      root = path.join(work, 'site');
      let contentDir: string | undefined;
      if (entries !== undefined) ({ contentDir, tag } = generatedLibrary(io.cwd, entries, io));
      lines = await build(io.cwd, root, path.join(work, 'cache'), base, io, cleanups, contentDir);
    }
    let pages: (readonly [string, string])[];
    if (entries === undefined) {
      const entry = values.entry ?? (await readdir(path.join(root, 'entries'), { withFileTypes: true })).filter((d) => d.isDirectory() && existsSync(path.join(root, 'entries', d.name, 'index.html'))).map((d) => d.name).sort()[0];
      if (!entry || !existsSync(path.join(root, 'entries', entry, 'index.html'))) throw new Error(`no entry "${entry ?? ''}" in ${root}/entries/`);
      pages = (await uiPrefixes(root, base)).flatMap((prefix) => [
        [prefix ? `/${prefix}` : 'home', prefix],
        [`entry (${prefix}${entry})`, `${prefix}entries/${entry}/`],
        [`/${prefix}entries/`, `${prefix}entries/`],
        [`/${prefix}search/?q=Datenschutz`, `${prefix}search/?q=Datenschutz`],
        [`/${prefix}radar/`, `${prefix}radar/`],
      ] as const);
    } else {
      pages = [
        ['/entries/', 'entries/'],
        ['/radar/', 'radar/'],
        [`/tags/${tag}/`, `tags/${tag}/`],
      ];
    }

    const server = await startNginx(root, base, io.env.NGINX ?? '/usr/sbin/nginx');
    cleanups.push(server.stop);
    const port = await freePort();
    // Playwright's own handlers would exit at Ctrl-C before nginx and the folders are cleaned up; ours closes the browser too.
    const browser = await chromium.launch({
      executablePath: chromePath, headless: true, args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`],
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    cleanups.push(() => browser.close());

    const rows: PageScores[] = [];
    for (const [label, route] of pages) {
      const url = `${server.origin}${base}${route}`;
      const results = [];
      let failure: string | undefined;
      for (let r = 1; r <= runs; r++) {
        io.stderr.write(`Lighthouse${runs > 1 ? ` ${r}/${runs}` : ''}: ${url}\n`);
        // A page too heavy for Lighthouse to finish is a result too; the other pages are still audited.
        try {
          results.push(await audit(url, port));
        } catch (error) {
          failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
          io.stderr.write(`${failure}\n`);
        }
      }
      const median = results.sort((a, b) => a.performance - b.performance)[Math.floor((results.length - 1) / 2)]
        ?? { performance: 0, accessibility: 0, bestPractices: 0, cls: Number.NaN, tbt: Number.NaN, failure };
      rows.push({ label, url, ...median, html: htmlSize(root, route), ...(/^([a-z]{2}\/)?entries\/$/.test(route) ? { htmlGzipMax: LIBRARY_HTML_GZIP_MAX } : {}) });
    }
    if (entries !== undefined) io.stdout.write(`Generated library: ${entries} entries\n\n`);
    io.stdout.write(`${scoresTable(rows, goals)}\n`);
    if (lines) {
      const times = pageTimes(lines);
      const timeOf = (route: string) => times.find((p) => p.route.endsWith(`/${route.split('?')[0]}index.html`) && (route !== '' || p.route === '/index.html'))?.ms;
      io.stdout.write(`\n${renderTable(pages.map(([label, route]) => ({ label, ms: timeOf(route) })), parsePhases(lines, lines.at(-1)?.t ?? 0).render)}\n`);
    }
    const missed = rows.flatMap((row) => missedGoals(row, goals).map((m) => `${row.label}: ${m}`));
    io.stdout.write(missed.length ? `\nMissed goals:\n${missed.map((m) => `- ${m}`).join('\n')}\n` : '\nAll green.\n');
    return missed.length ? EXIT.content : EXIT.ok;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanUp();
  }
}

runWhenMain(import.meta, main);
