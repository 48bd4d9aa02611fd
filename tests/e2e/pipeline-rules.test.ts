/**
 * The body rules where `astro dev` applies them: in the Markdown pipeline, as the
 * Sätteri plugin astro.config.mjs registers. `astro build` checks the content before
 * the pipeline runs (src/integrations/content-check.ts), so the build tests never
 * reach the plugin; the dev server has nothing else. This test starts the real dev
 * server over the fixture library plus a hostile entry, bio and digest record, and
 * expects each page to fail with the rule's message naming the file, line and rule,
 * nothing of the hostile markup in the answer, and a valid page beside them to work.
 * It fails when the plugin is not registered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { ROOT, TMP, TEST_EPOCH, cleanEnv } from '../support/build.ts';
import { FIXTURE_LIBRARY, HOSTILE } from '../unit/hostile/corpus.ts';

const work = path.join(TMP, `pipeline-rules-${process.pid}`);
const content = path.join(work, 'content');
const shown = (file: string) => `${path.relative(ROOT, content)}/${file}`;

/** What each hostile page must be refused for: its file, as the pipeline names it, and the first line and rule. */
const HOSTILE_PAGES = [
  { route: 'entries/script-lower/', from: 'script-lower.mdx', file: 'entries/script-lower.mdx', at: ':12:1 [no-script]', markup: '<script>alert(1)</script>' },
  { route: 'mentors/comment-wrapped-img/', from: 'mentors/comment-wrapped-img.md', file: 'mentors/comment-wrapped-img.md', at: ':7:1 [no-raw-html]', markup: 'onerror=alert(1)>' },
  { route: 'digests/102/', from: 'digests/comment-wrapped-script.md', file: 'digests/comment-wrapped-script.md', at: ':12:1 [no-raw-html]', markup: '<script>alert(1)</script>' },
];

/**
 * The dev server keeps its content store in the project's .astro/ folder, not in the cache
 * folder it is given. A store left by an earlier run names that run's content folder, which
 * is gone: a later dev server loaded it and served the old entries (the suite failed at
 * +400 days after a run at +140 days in the same clone). Nothing of a run outlives it.
 */
function forgetDevContent(): void {
  for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs']) rmSync(path.join(ROOT, '.astro', file), { force: true });
}

let server: ChildProcess | undefined;
let origin = '';
let log = '';
let release: (() => void) | undefined;
const answers = new Map<string, { status: number; body: string }>();

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(FIXTURE_LIBRARY, content, { recursive: true });
  for (const page of HOSTILE_PAGES) copyFileSync(path.join(HOSTILE, page.from), path.join(content, page.file));
  // The dev server writes the project's .astro/ folder as a build does: one at a time.
  release = await acquireBuildLock(ROOT);
  forgetDevContent();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: path.relative(ROOT, content), SITE_URL: 'https://intranet.example.com', SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_CACHE_DIR: path.join(work, 'cache') },
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${log}`);
    if (await fetch(`${origin}/`).then(() => true, () => false)) break;
    if (Date.now() - started > 180_000) throw new Error(`astro dev did not answer in 3 minutes:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const route of [...HOSTILE_PAGES.map((p) => p.route), 'mentors/pia-neu/']) {
    const response = await fetch(`${origin}/${route}`);
    answers.set(route, { status: response.status, body: await response.text() });
  }
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  forgetDevContent();
  release?.();
  rmSync(work, { recursive: true, force: true });
});

describe('astro dev, through the Markdown pipeline alone', () => {
  it('serves a valid mentor page with its bio', () => {
    const answer = answers.get('mentors/pia-neu/')!;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Ich zeige gern, wie wir im Alltag schreiben.');
  });

  it.each(HOSTILE_PAGES)('refuses $file: an error naming file, line and rule, none of its markup served', ({ route, file, at, markup }) => {
    const answer = answers.get(route)!;
    expect(answer.status, `${route} answered ${answer.status}`).toBe(500);
    expect(log).toContain(`${shown(file)}${at}`);
    expect(answer.body).not.toContain(markup);
  });

  it('names the lines of the file also where Astro’s loader logs a bio or digest record it could not render', () => {
    const loader = log.split('\n').filter((line) => /\[no-raw-html\]/.test(line));
    expect(loader.length).toBeGreaterThan(0);
    for (const line of loader) expect(line).toMatch(/comment-wrapped-img\.md:7:1 |comment-wrapped-script\.md:12:1 /);
  });
});
