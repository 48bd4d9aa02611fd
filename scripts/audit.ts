/**
 * `npm run audit` — Lighthouse (mobile emulation, as its defaults are) on the built
 * site served by a real web server: Debian's nginx, started and stopped here with its
 * own temporary configuration, under a base path. Audits the home page, an entry, the
 * library index, a search and the radar, prints a table of performance,
 * accessibility, best practices and layout shift against their goals, and exits
 * with 1 when a goal is missed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io } from './lib/cli.ts';
import { freePort, startNginx } from './audit/nginx.ts';
import { missedGoals, scoresTable, type PageScores } from './audit/report.ts';

export const HELP = `Usage: npm run audit [-- flags]

Builds the site under a base path (or takes a built one), serves it with nginx on a
free loopback port, runs Lighthouse in mobile emulation on the home page, an entry,
/entries/, /search/?q=Datenschutz and /radar/, and prints a table of the scores.
Exits with 1 when a page misses a goal: performance ≥ 95, accessibility 100,
best practices ≥ 95, cumulative layout shift ≤ 0.05.

Flags:
  --dist <dir>     audit this built site instead of building one (built with BASE_PATH=--base)
  --base <path>    the base path the site is served under (default /kb/)
  --entry <slug>   the entry to audit (default: the first in the library, by slug)
  -h, --help       show this help

Environment: CHROME_PATH (else /usr/bin/chromium), NGINX (else /usr/sbin/nginx).
`;

const options = {
  dist: { type: 'string' },
  base: { type: 'string' },
  entry: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The flags tests/support/browser.ts launches Chromium with. */
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function build(cwd: string, outDir: string, base: string, io: Io): Promise<void> {
  io.stderr.write(`Building the site under ${base} into ${outDir} …\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd,
      env: { ...io.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code}):\n${errors}`))));
  });
}

async function audit(url: string, port: number): Promise<Omit<PageScores, 'label' | 'url'>> {
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
  const built = values.dist ? undefined : await mkdtemp(path.join(os.tmpdir(), 'trend-audit-site-'));
  const cleanups: (() => Promise<unknown>)[] = [];
  if (built) {
    cleanups.push(() => rm(built, { recursive: true, force: true }));
    // nginx's workers run as an unprivileged user; a temporary folder is private to its owner.
    await chmod(built, 0o755);
  }
  try {
    const root = values.dist ?? built!;
    if (built) await build(io.cwd, built, base, io);
    const entry = values.entry ?? (await readdir(path.join(root, 'entries'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0];
    if (!entry || !existsSync(path.join(root, 'entries', entry, 'index.html'))) throw new Error(`no entry "${entry ?? ''}" in ${root}/entries/`);

    const server = await startNginx(root, base, io.env.NGINX ?? '/usr/sbin/nginx');
    cleanups.push(server.stop);
    const port = await freePort();
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`] });
    cleanups.push(() => browser.close());

    const pages = [
      ['home', ''],
      [`entry (${entry})`, `entries/${entry}/`],
      ['/entries/', 'entries/'],
      ['/search/?q=Datenschutz', 'search/?q=Datenschutz'],
      ['/radar/', 'radar/'],
    ] as const;
    const rows: PageScores[] = [];
    for (const [label, route] of pages) {
      const url = `${server.origin}${base}${route}`;
      io.stderr.write(`Lighthouse: ${url}\n`);
      rows.push({ label, url, ...(await audit(url, port)) });
    }
    io.stdout.write(`${scoresTable(rows)}\n`);
    const missed = rows.flatMap((row) => missedGoals(row).map((m) => `${row.label}: ${m}`));
    io.stdout.write(missed.length ? `\nMissed goals:\n${missed.map((m) => `- ${m}`).join('\n')}\n` : '\nAll green.\n');
    return missed.length ? EXIT.content : EXIT.ok;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

runWhenMain(import.meta, main);
