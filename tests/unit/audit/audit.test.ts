/** The audit's flags, its nginx configuration, its goals and its table, and the build lock it shares with the test builds. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/audit.ts';
import { nginxConfig } from '../../../scripts/audit/nginx.ts';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { GOALS, goalsFor, LIBRARY_HTML_GZIP_MAX, missedGoals, renderTable, scoresTable, type PageScores } from '../../../scripts/audit/report.ts';
import { acquireBuildLock, BUILD_LOCK } from '../../../scripts/lib/build-lock.ts';
import type { Io } from '../../../scripts/lib/cli.ts';

const green: PageScores = { label: 'home', url: 'http://127.0.0.1/kb/', performance: 100, accessibility: 100, bestPractices: 100, cls: 0, tbt: 0, html: { raw: 20_480, gzip: 5_120 } };

describe('the nginx configuration', () => {
  const config = nginxConfig({ base: '/kb/', port: 41234, prefix: '/tmp/x' });
  it('listens on loopback only, on the port given', () => {
    expect(config).toContain('listen 127.0.0.1:41234;');
  });
  it('keeps pid, logs and temp files in its own folder and runs in the foreground', () => {
    expect(config).toContain('daemon off;');
    expect(config).toContain('pid /tmp/x/nginx.pid;');
    expect(config).toContain('client_body_temp_path /tmp/x/tmp/body;');
  });
  it('serves the base path, compresses text and caches hashed assets for a year', () => {
    expect(config).toContain('location /kb/ { expires -1; try_files $uri $uri/ =404; }');
    expect(config).toContain('location /kb/_astro/ { expires 1y;');
    expect(config).toMatch(/gzip_types [^;]*application\/wasm/);
    expect(config).toContain('error_page 404 /kb/404.html;');
  });
  it('finds a free port', async () => {
    expect(await freePort()).toBeGreaterThan(0);
  });
});

describe('the goals', () => {
  it('are met by a page scoring 100 without layout shift', () => {
    expect(missedGoals(green)).toEqual([]);
  });
  it('name every goal a page misses, with its figure', () => {
    expect(missedGoals({ ...green, performance: 80, accessibility: 96, bestPractices: 92, cls: 0.447, tbt: 750.4, html: { raw: 1_700_000, gzip: 80_000 }, htmlGzipMax: 70_000 })).toEqual([
      'performance 80 < 95',
      'accessibility 96 < 100',
      'best practices 92 < 95',
      'total blocking time 750 ms > 200 ms',
      'CLS 0.447 > 0.05',
      'HTML 78.1 KB gzip > 68.4 KB',
    ]);
  });
  it('hold at the limits', () => {
    expect(missedGoals({ ...green, performance: GOALS.performance, bestPractices: GOALS.bestPractices, cls: GOALS.cls, tbt: GOALS.tbt, html: { raw: 1, gzip: LIBRARY_HTML_GZIP_MAX }, htmlGzipMax: LIBRARY_HTML_GZIP_MAX })).toEqual([]);
  });
  it('name a page Lighthouse could not audit, with its reason', () => {
    const failed: PageScores = { ...green, performance: 0, accessibility: 0, bestPractices: 0, cls: Number.NaN, tbt: Number.NaN, failure: 'PROTOCOL_TIMEOUT' };
    expect(missedGoals(failed)[0]).toBe('Lighthouse failed: PROTOCOL_TIMEOUT');
    expect(scoresTable([failed]).split('\n')[2]).toBe('| home | 0 ✗ | 0 ✗ | 0 ✗ | – ✗ | – ✗ | 20.0 KB | 5.0 KB |');
  });
  it('check the library page’s HTML against its budget', () => {
    expect(missedGoals({ ...green, html: { raw: 900_000, gzip: 102_500 }, htmlGzipMax: LIBRARY_HTML_GZIP_MAX })).toEqual(['HTML 100.1 KB gzip > 100.0 KB']);
  });
  it('on a generated library: performance ≥ 95 up to 1,000 entries, ≥ 90 beyond, and no layout shift at all', () => {
    expect(goalsFor(undefined)).toEqual(GOALS);
    expect(goalsFor(1000)).toMatchObject({ performance: 95, cls: 0, tbt: 200 });
    expect(goalsFor(5000)).toMatchObject({ performance: 90, cls: 0, tbt: 200 });
    expect(missedGoals({ ...green, performance: 91 }, goalsFor(5000))).toEqual([]);
    expect(missedGoals({ ...green, performance: 91 }, goalsFor(1000))).toEqual(['performance 91 < 95']);
    expect(missedGoals({ ...green, cls: 0.0004 }, goalsFor(1000))).toEqual([]);
    expect(missedGoals({ ...green, cls: 0.002 }, goalsFor(1000))).toEqual(['CLS 0.002 > 0']);
  });
});

describe('the table', () => {
  it('has a row per page, each figure marked against its goal', () => {
    expect(scoresTable([green, { ...green, label: '/entries/', performance: 80, cls: 0.447, tbt: 751, html: { raw: 1_782_579, gzip: 81_920 }, htmlGzipMax: LIBRARY_HTML_GZIP_MAX }])).toBe(
      [
        '| page | performance (≥95) | accessibility (100) | best practices (≥95) | TBT (≤200 ms) | CLS (≤0.05) | HTML raw | HTML gzip |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| home | 100 ✓ | 100 ✓ | 100 ✓ | 0 ms ✓ | 0.000 ✓ | 20.0 KB | 5.0 KB |',
        '| /entries/ | 80 ✗ | 100 ✓ | 100 ✓ | 751 ms ✗ | 0.447 ✗ | 1740.8 KB | 80.0 KB ✓ |',
      ].join('\n'),
    );
  });
  it('lists the render phase and each audited page’s render time, a dash where the log did not say', () => {
    expect(renderTable([{ label: '/entries/', ms: 1100 }, { label: '/radar/', ms: undefined }], 41_250)).toBe(
      ['| build | render time |', '| --- | ---: |', '| render phase (every page) | 41.25 s |', '| /entries/ | 1.10 s |', '| /radar/ | – |'].join('\n'),
    );
  });
});

describe('the flags', () => {
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: Io = { cwd: process.cwd(), now: new Date(0), env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
    return { code: await main(argv, io), stdout, stderr };
  };
  it('--help prints the usage and exits with 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run audit/);
  });
  it('refuse a base path that does not start and end with "/", naming what was found (exit 2)', async () => {
    const { code, stderr } = await run('--base', 'kb');
    expect(code).toBe(2);
    expect(stderr).toContain('--base: expected a path that starts and ends with "/", such as /kb/, found "kb"');
  });
  it('refuse a --dist folder that holds no built site (exit 2)', async () => {
    const { code, stderr } = await run('--dist', '/nonexistent-site');
    expect(code).toBe(2);
    expect(stderr).toContain('--dist: expected a built site (a folder with index.html), found "/nonexistent-site"');
  });
  it('refuse a library size that is not a whole number in range, and --entries with --dist (exit 2)', async () => {
    for (const [argv, message] of [
      [['--entries', 'many'], '--entries: expected a whole number from 10 to 20000, found "many"'],
      [['--entries', '5'], '--entries: expected a whole number from 10 to 20000, found 5'],
      [['--entries', '1000', '--dist', 'dist'], '--entries builds a generated library; it cannot be combined with --dist'],
      [['--runs', '0'], '--runs: expected a whole number from 1 to 99, found "0"'],
    ] as const) {
      const { code, stderr } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });
  it('refuse an unknown flag and point at --help (exit 2)', async () => {
    const { code, stderr } = await run('--fast');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown flag --fast');
  });
});

describe('the build lock', () => {
  // A project folder of its own: the real lock belongs to the builds running now.
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const fresh = () => (root = mkdtempSync(path.join(os.tmpdir(), 'build-lock-')));

  it('is a folder, taken by one build at a time; the next waits, says so once, and gets it on release', async () => {
    fresh();
    const release = await acquireBuildLock(root);
    expect(existsSync(path.join(root, BUILD_LOCK))).toBe(true);
    let waits = 0;
    let second: (() => void) | undefined;
    const waiting = acquireBuildLock(root, () => waits++).then((r) => (second = r));
    await new Promise((r) => setTimeout(r, 500));
    expect(second).toBeUndefined();
    release();
    release(); // a second release of the same lock does nothing
    await waiting;
    expect(waits).toBe(1);
    expect(existsSync(path.join(root, BUILD_LOCK))).toBe(true);
    second!();
    expect(existsSync(path.join(root, BUILD_LOCK))).toBe(false);
  });

  it('is not taken over while its holder refreshes it', async () => {
    fresh();
    const lock = path.join(root, BUILD_LOCK);
    mkdirSync(lock, { recursive: true });
    const recent = new Date(Date.now() - 10_000);
    utimesSync(lock, recent, recent);
    let taken = false;
    const waiting = acquireBuildLock(root).then((release) => { taken = true; release(); });
    await new Promise((r) => setTimeout(r, 600));
    expect(taken).toBe(false);
    rmSync(lock, { recursive: true });
    await waiting;
    expect(taken).toBe(true);
  });

  it('holds when the process clock is far from the file system\'s, as under faketime, lock after lock', async () => {
    fresh();
    const lock = path.join(root, BUILD_LOCK);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 400 * 24 * 3600_000);
      for (let i = 0; i < 2; i++) {
        const release = await acquireBuildLock(root);
        // Stamped by this process's clock, so other processes with the same clock see it held, not a minute old.
        expect(statSync(lock).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
        let taken = false;
        const waiting = acquireBuildLock(root).then((r) => { taken = true; r(); });
        await new Promise((r) => setTimeout(r, 500));
        expect(taken).toBe(false);
        release();
        await waiting;
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('is taken over when its holder has not refreshed it for a minute (its run died)', async () => {
    fresh();
    const lock = path.join(root, BUILD_LOCK);
    mkdirSync(lock, { recursive: true });
    // A holder refreshes the lock's time by its own clock; this one stopped two minutes ago.
    const old = new Date(Date.now() - 2 * 60_000);
    utimesSync(lock, old, old);
    const release = await acquireBuildLock(root);
    release();
    expect(existsSync(lock)).toBe(false);
  });
});
