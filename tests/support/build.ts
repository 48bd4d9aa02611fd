/** Builds a site with the real `astro build` in a child process, for build and browser tests. */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { withBuildLock } from '../../scripts/lib/build-lock.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP = path.join(ROOT, 'tests/.tmp');

/**
 * "Today" for every test build (SOURCE_DATE_EPOCH, read by src/today.ts): 2026-12-01.
 * Test builds never depend on the machine's clock; a test may pass its own.
 */
export const TEST_EPOCH = '1796083200';

export type BuildOptions = { outDir: string; base?: string; contentDir?: string; env?: Record<string, string> };

/**
 * Vitest exposes its own Vite variables (BASE_URL, MODE, DEV, NODE_ENV=test …) in
 * process.env; a child build would inherit them and render in the wrong mode.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

/** Builds one site at a time: test files run in parallel workers (see `scripts/lib/build-lock.ts`). */
export function buildSite(options: BuildOptions): Promise<{ log: string }> {
  return withBuildLock(ROOT, () => build(options));
}

async function build({ outDir, base = '/', contentDir = 'content', env = {} }: BuildOptions): Promise<{ log: string }> {
  rmSync(outDir, { recursive: true, force: true });
  // Every build starts cold, with a cache of its own: a content store left by an earlier run of
  // the same library lets Astro skip writing `.astro/content-modules.mjs`, which the project's
  // builds share, and the pages would then render another library's bodies.
  const cache = env.ASTRO_CACHE_DIR ?? `${outDir}-cache`;
  rmSync(cache, { recursive: true, force: true });
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: base, CONTENT_DIR: contentDir, SITE_URL: 'https://intranet.example.com', SOURCE_DATE_EPOCH: TEST_EPOCH, ...env, ASTRO_CACHE_DIR: cache },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0 || !existsSync(outDir)) throw new BuildFailed(code, log);
  return { log };
}

/** A failed build; the message holds the log's tail, `log` all of it. */
export class BuildFailed extends Error {
  readonly code: number | null;
  readonly log: string;
  constructor(code: number | null, log: string) {
    super(`astro build failed (exit ${code}):\n${log.slice(-4000)}`);
    this.name = 'BuildFailed';
    this.code = code;
    this.log = log;
  }
}

/**
 * The sample site's settings: the editor on, as a company on GitHub would set it up
 * (its own OAuth relay); the editor tests drive its /admin/ with Decap's local backend.
 * Every other test build has no editor settings, so no /admin/.
 */
export const SAMPLE_ENV: Readonly<Record<string, string>> = { EDITOR_AUTH_URL: 'https://relay.example.com' };

/** The sample library built under `/kb/`, made once by the global setup. */
export const SAMPLE_SITE = process.env.E2E_SITE_DIR ?? path.join(TMP, 'site-kb');
export const SAMPLE_BASE = '/kb/';
