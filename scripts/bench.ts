/**
 * `npm run bench` — measures the site against a stock Starlight site and the bare Astro
 * floor on synthetic libraries, and checks the performance budgets. The steps live in
 * scripts/bench/: generate → write → build → measure (dist, browser) → report → budgets.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXIT, runWhenMain, usageMessage, type Io } from './lib/cli.ts';
import { HELP, parseOptions, type BenchOptions } from './bench/options.ts';
import { generate, validateOurs } from './bench/write.ts';
import { BuildError, runBuild, type BuildRun, type Spawn } from './bench/build.ts';
import { coldStart, installCommand, layout, needsInstall, site, type Site } from './bench/sites.ts';
import { slowestPages, timeByRoute } from './bench/phases.ts';
import { median, medianOf, medianTotals, summariseRuns } from './bench/stats.ts';
import { measureDist } from './bench/dist.ts';
import { browse, type BrowseOptions, type BrowseResult } from './bench/browse.ts';
import { budgetReport, resultFile, sizeReport, machineReport } from './bench/report.ts';
import { allHold, checkBudgets } from './bench/budgets.ts';
import { fmtMs } from './bench/format.ts';
import type { Machine, SiteResult, SizeResult } from './bench/results.ts';
import type { SyntheticEntry } from './bench/generate.ts';

export type BenchDeps = {
  spawn: Spawn;
  /** Monotonic milliseconds, for durations. */
  clock: () => number;
  browse: (o: BrowseOptions) => Promise<BrowseResult>;
  machine: (io: Io) => Machine;
  /** The 1, 5 and 15 minute load averages: how busy the machine was. */
  load: () => number[];
  /** GNU time, for CPU time; undefined where it is missing. */
  time?: string;
};

const version = (file: string) => {
  try { return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version; } catch { return undefined; }
};

function machine(io: Io): Machine {
  const at = (p: string) => path.join(io.cwd, p);
  const versions: Record<string, string> = {};
  const known: [string, string][] = [
    ['Astro', 'node_modules/astro/package.json'],
    ['@astrojs/mdx', 'node_modules/@astrojs/mdx/package.json'],
    ['Pagefind', 'node_modules/pagefind/package.json'],
    ['Starlight', 'bench/starlight/node_modules/@astrojs/starlight/package.json'],
    ['Pagefind (Starlight)', 'bench/starlight/node_modules/pagefind/package.json'],
    ['Pagefind (bare)', 'bench/bare/node_modules/pagefind/package.json'],
  ];
  for (const [name, file] of known) {
    const v = version(at(file));
    if (v) versions[name] = v;
  }
  const cpus = os.cpus();
  return {
    date: io.now.toISOString().slice(0, 10),
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    versions,
    load: os.loadavg(),
  };
}

export const realDeps: BenchDeps = {
  spawn: spawn as Spawn,
  clock: () => performance.now(),
  browse,
  machine,
  load: () => os.loadavg(),
  time: existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined,
};

/** German entries spread over the library: the pages that are weighed and searched from. */
export function sampleRoutes(entries: readonly SyntheticEntry[], count: number, route: (slug: string) => string): string[] {
  const de = entries.filter((e) => e.lang === 'de');
  const pool = de.length > 0 ? de : entries;
  const picks = Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[Math.floor((i * pool.length) / Math.min(count, pool.length))]!);
  return picks.map((e) => route(e.slug));
}

/**
 * Pagefind alone on each site's last build, `runs` times, sites taking turns: every run
 * writes into a new folder, as a cold build does (Pagefind skips the files a folder
 * already has, which makes a second run into the same folder much faster).
 */
async function pagefindAlone(sites: readonly Site[], runs: number, io: Io, deps: BenchDeps, say: (m: string) => void): Promise<Map<string, NonNullable<SiteResult['pagefindAlone']>>> {
  const times = new Map<string, { ms: number; cpuMs?: number }[]>();
  for (let r = 1; r <= runs; r++) {
    for (const s of sites) {
      if (!s.pagefind) continue;
      const output = mkdtempSync(path.join(os.tmpdir(), 'bench-pagefind-'));
      try {
        const run = await runBuild([s.pagefind(output)], { spawn: deps.spawn, now: deps.clock, env: io.env, time: deps.time });
        times.set(s.name, [...(times.get(s.name) ?? []), { ms: run.ms, cpuMs: run.cpuMs }]);
        say(`${s.label}: Pagefind alone ${r}/${runs} took ${fmtMs(run.ms)}, CPU ${fmtMs(run.cpuMs)}`);
      } finally {
        rmSync(output, { recursive: true, force: true });
      }
    }
  }
  return new Map([...times].map(([name, list]) => [name, { ms: median(list.map((t) => t.ms)), cpuMs: medianOf(list.map((t) => t.cpuMs)), msAll: list.map((t) => t.ms) }]));
}

async function benchSize(n: number, o: BenchOptions, io: Io, deps: BenchDeps, say: (m: string) => void): Promise<SizeResult> {
  const l = layout(io.cwd, n, process.execPath, o.config);
  mkdirSync(l.work, { recursive: true });
  const started = deps.clock();
  const library = generate(n, o.seed, l.sampleContent);
  const sites: Site[] = [];
  const skipped: SizeResult['skipped'] = [];
  for (const name of o.sites) {
    if (name === 'starlight' && n > o.starlightMax) {
      skipped.push({ site: name, reason: `more than --starlight-max ${o.starlightMax} entries` });
      continue;
    }
    const s = site(name, l);
    s.write(library.entries);
    sites.push(s);
  }
  say(`${n} entries generated and written in ${fmtMs(deps.clock() - started)} (${library.words.min}–${library.words.max} words)`);
  if (sites.some((s) => s.name === 'ours')) {
    const problems = validateOurs(path.join(l.work, 'content'), io.cwd, io.now);
    if (problems.length > 0) {
      throw new BuildError(`the generated library does not pass the schema (${problems.length} problems), first:\n${problems.slice(0, 5).map((p) => `  ${p.file} ${p.field}: ${p.message}`).join('\n')}`);
    }
    say('generated library passes the real schema');
  }

  for (const s of sites) {
    if (!needsInstall(s)) continue;
    const cmd = installCommand(s, 'npm')!;
    say(`${cmd.label}: first use, installing`);
    await runBuild([cmd], { spawn: deps.spawn, now: deps.clock, env: io.env, logFile: path.join(l.work, `${s.name}-install.log`) });
  }

  const loadStart = deps.load();
  const runs = new Map<string, BuildRun[]>(sites.map((s) => [s.name, []]));
  for (let r = 1; r <= o.runs; r++) {
    // Sites take turns, so a busy moment on the machine does not land on one site only.
    for (const s of sites) {
      coldStart(s);
      say(`${s.label}: build ${r}/${o.runs} at ${n} entries…`);
      const run = await runBuild(s.commands, { spawn: deps.spawn, now: deps.clock, env: io.env, time: deps.time, logFile: path.join(l.work, `${s.name}-run${r}.log`) });
      runs.get(s.name)!.push(run);
      say(`${s.label}: build ${r}/${o.runs} took ${fmtMs(run.ms)}, CPU ${fmtMs(run.cpuMs)} (sync ${fmtMs(run.phases.sync)}, bundle ${fmtMs(run.phases.bundle)}, render ${fmtMs(run.phases.render)}, images ${fmtMs(run.phases.images)}, index ${fmtMs(run.phases.index)})`);
    }
  }

  const alone = await pagefindAlone(sites, o.pagefindRuns, io, deps, say);
  const loadEnd = deps.load();
  const results: SizeResult['sites'] = {};
  let ourFragments: number | undefined;
  for (const s of sites) {
    const list = runs.get(s.name)!;
    const last = list.at(-1)!;
    const result: SiteResult = {
      site: s.name,
      label: s.label,
      build: summariseRuns(list),
      slowest: slowestPages(last.pages),
      byRoute: timeByRoute(last.pages, s.group),
      pageCount: last.pages.length,
      disk: measureDist(s.dist),
      foreign: [],
      ...(alone.has(s.name) ? { pagefindAlone: alone.get(s.name) } : {}),
    };
    if (o.browser) {
      say(`${s.label}: weighing ${o.pages} entry pages and the first search for "${o.query}"…`);
      const b = await deps.browse({ dist: s.dist, routes: sampleRoutes(library.entries, o.pages, s.route), kind: s.search, query: o.query, results: ourFragments || 5 });
      result.page = medianTotals(b.pages);
      result.search = b.search;
      result.searchError = b.searchError;
      result.foreign = b.foreign;
      if (s.name === 'ours') ourFragments = b.search?.fragments;
    }
    results[s.name] = result;
  }
  return { entries: n, words: library.words, sites: results, skipped, load: { start: loadStart, end: loadEnd } };
}

export async function main(argv: string[], io: Io, deps: BenchDeps = realDeps): Promise<number> {
  let o: BenchOptions;
  try {
    o = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }
  if (o.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const start = deps.clock();
  const say = (m: string) => io.stdout.write(`[bench] ${fmtMs(deps.clock() - start).padStart(7)}  ${m}\n`);
  const command = `npm run bench -- ${argv.join(' ')}`.trim();
  const m = deps.machine(io);
  const outDir = path.resolve(io.cwd, o.out);
  mkdirSync(outDir, { recursive: true });
  io.stdout.write(`${machineReport(m, command)}\n\n`);

  const sizes: SizeResult[] = [];
  // A diagnosis build (--config) must not overwrite the figures of the site as it is.
  const suffix = o.config ? `-${path.basename(o.config).replace(/\.config\.\w+$|\.\w+$/, '')}` : '';
  const fileOf = (size: SizeResult) => path.join(outDir, `${m.date}-${size.entries}${suffix}.md`);
  const write = () => {
    const budgets = checkBudgets(sizes);
    for (const size of sizes) writeFileSync(fileOf(size), resultFile(m, command, size, o.runs, budgets));
    return budgets;
  };
  try {
    for (const n of o.entries) {
      const size = await benchSize(n, o, io, deps, say);
      sizes.push(size);
      io.stdout.write(`\n${sizeReport(size, o.runs)}\n\n`);
      // Written after every size, so a long run that stops late still leaves what it measured.
      write();
    }
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    io.stderr.write(`bench: ${error.message}\n`);
    if (sizes.length) write();
    return EXIT.content;
  }
  const budgets = write();
  io.stdout.write(`${budgetReport(budgets)}\n\nResults: ${sizes.map((s) => path.relative(io.cwd, fileOf(s))).join(', ')}\n`);
  return allHold(budgets) ? EXIT.ok : EXIT.content;
}

runWhenMain(import.meta, main);
