/**
 * Step 2: run one build — a list of commands, such as `astro build` then `pagefind` —
 * in child processes, timing every log line as it arrives and sampling the memory of
 * the whole process tree. The spawner and the clock are passed in.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePhases, pageTimes, errorLines, type LogLine, type Phases, type PageTime } from './phases.ts';
import { watchPeak } from './memory.ts';

export type Command = { label: string; command: string; args: string[]; cwd: string; env?: Record<string, string> };

export type BuildRun = {
  ms: number;
  /** CPU time (user + system) of the commands and their children, where GNU time is there to tell. */
  cpuMs?: number;
  phases: Phases;
  pages: PageTime[];
  peakBytes: number;
  lines: LogLine[];
};

export type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export type BuildDeps = {
  spawn: Spawn;
  /** Milliseconds from a monotonic clock (performance.now). */
  now: () => number;
  env: Record<string, string | undefined>;
  /** Peak memory of a process tree; defaults to sampling /proc. */
  watch?: (pid: number) => { stop(): number };
  /** The full log goes here as well, for reading after a failure. */
  logFile?: string;
  /**
   * GNU time (`/usr/bin/time`), to read CPU time: on a shared 2-core machine wall time
   * swings with whatever else runs, CPU time much less.
   */
  time?: string;
};

/** The last line GNU time writes with `-f '%e %U %S %M'`: elapsed, user and system seconds, peak RSS in KB. */
export function parseTime(text: string): { cpuMs: number } | undefined {
  const last = text.trim().split('\n').at(-1) ?? '';
  const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
  return m ? { cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) } : undefined;
}

/**
 * A child build must not inherit a test runner's Vite variables (it would render in the
 * wrong mode) nor a parent's Astro settings.
 */
export function childEnv(env: Record<string, string | undefined>, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'ASTRO_CACHE_DIR', 'CONTENT_DIR', 'BASE_PATH'].includes(key) || key.startsWith('VITEST')) continue;
    out[key] = value;
  }
  return { ...out, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export class BuildError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BuildError';
  }
}

/** Runs the commands one after the other; the first that fails stops the build with its log's error lines. */
export async function runBuild(commands: readonly Command[], deps: BuildDeps): Promise<BuildRun> {
  const start = deps.now();
  const lines: LogLine[] = [];
  const log = deps.logFile ? createWriteStream(deps.logFile) : undefined;
  let peakBytes = 0;
  let cpuMs: number | undefined = deps.time ? 0 : undefined;
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    for (const c of commands) {
      const [command, args] = deps.time ? [deps.time, ['-f', '%e %U %S %M', '-o', timeFile, c.command, ...c.args]] : [c.command, c.args];
      const child = deps.spawn(command, args, { cwd: c.cwd, env: childEnv(deps.env, c.env), stdio: ['ignore', 'pipe', 'pipe'] });
      const peak = child.pid !== undefined ? (deps.watch ?? watchPeak)(child.pid) : { stop: () => 0 };
      let rest = '';
      const onData = (chunk: Buffer | string) => {
        const t = deps.now() - start;
        log?.write(chunk);
        const parts = (rest + String(chunk)).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) lines.push({ t, text });
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      const code = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      });
      if (rest) lines.push({ t: deps.now() - start, text: rest });
      peakBytes = Math.max(peakBytes, peak.stop());
      if (deps.time && cpuMs !== undefined) {
        let used: { cpuMs: number } | undefined;
        try { used = parseTime(readFileSync(timeFile, 'utf8')); } catch { used = undefined; }
        cpuMs = used ? cpuMs + used.cpuMs : undefined;
      }
      if (code !== 0) {
        throw new BuildError(`${c.label} failed (exit ${code}) in ${c.cwd}:\n${errorLines(lines).join('\n') || lines.slice(-20).map((l) => l.text).join('\n')}`);
      }
    }
  } finally {
    log?.end();
    rmSync(timeFile, { force: true });
  }
  const ms = deps.now() - start;
  return { ms, cpuMs, phases: parsePhases(lines, ms), pages: pageTimes(lines), peakBytes, lines };
}
