/**
 * Takes the screenshots of the browser editor that CONTRIBUTING.md shows a mentor
 * and that are not of the local mode: the hosted sign-in screen and the editorial
 * workflow ("Arbeitsablauf"). Run it after a Decap update or a change to the
 * editor, and review the pictures before committing them:
 *
 *   node scripts/editor-screenshots.ts     # writes docs/images/editor/4-…, 5-…, 6-…, 7-….png
 *
 * - It builds the sample library under /kb/ with a GitHub editor configuration
 *   (an OAuth relay at https://relay.example.com; nothing is contacted), so the
 *   page shows the sign-in screen a mentor sees on the intranet.
 * - For the workflow it serves the same build with Decap's local backend in git
 *   mode over a temporary git repository in which three entries wait on their
 *   `cms/entries/<slug>` branches, one per column, exactly as decap-server keeps
 *   them. A git host shows the same board; only the sign-in differs.
 * - The local mode of `npm run edit` (file-system mode, no workflow): a new entry
 *   filled in and the "Veröffentlichen" menu open.
 *
 * It needs Chromium (`CHROME_PATH` or /usr/bin/chromium) and git.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from './lib/free-port.ts';
import { serveEditorSite } from './lib/serve-editor-site.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/images/editor');
const BASE = '/kb/';
/** 2026-12-01, so the sample's dates read the same on every run. */
const EPOCH = '1796083200';
const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && spawnSync('test', ['-x', p]).status === 0);


function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stdout ?? '') + (result.stderr ?? '')}`.slice(-4000));
}

/** Three entries waiting in the editorial workflow, one per column, as decap-server keeps them. */
const WAITING = [
  { slug: 'sprachnachrichten-im-schichtwechsel', status: 'draft', title: 'Sprachnachrichten im Schichtwechsel', summary: 'Wie eine kurze Sprachnachricht die Übergabe zwischen Früh- und Spätschicht leichter macht – und wann Text besser ist.', mentor: 'finn-wagner', tags: 'messenger' },
  { slug: 'gruppenchats-im-verein', status: 'pending_review', title: 'Gruppenchats im Verein', summary: 'Warum viele Vereine ihre Absprachen in Gruppenchats treffen und was wir für Projektteams daraus lernen können.', mentor: 'lena-hoffmann', tags: 'messenger' },
  { slug: 'kurzvideos-fuer-die-ausbildung', status: 'pending_publish', title: 'Kurzvideos für die Ausbildung', summary: 'Azubis erklären Handgriffe in 30 Sekunden: was das Format kann, was es kostet und wie man anfängt.', mentor: 'aylin-kaya', tags: 'short-video' },
] as const;

function seedWorkflow(repo: string): void {
  // A fixed commit date: the workflow cards show it.
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' };
  const git = (...args: string[]) => run('git', ['-c', 'user.name=Trend Library', '-c', 'user.email=editor@example.com', ...args], { cwd: repo, env });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
  for (const e of WAITING) {
    const branch = `cms/entries/${e.slug}`;
    git('checkout', '-q', '-b', branch);
    writeFileSync(path.join(repo, 'content/entries', `${e.slug}.mdx`), `---
title: "${e.title}"
summary: "${e.summary}"
kind: trend
mentors: [${e.mentor}]
published: 2026-11-30
tags: [${e.tags}]
level: starter
ring: rising
draft: true
---

## Was ist das?

${e.summary}
`);
    git('add', '.');
    git('commit', '-q', '-m', `Create Eintrag “${e.slug}”`);
    git('checkout', '-q', 'main');
    // decap-server keeps an entry's workflow status as its branch's description.
    git('config', `branch.${branch}.description`, `decap-cms/${e.status}`);
  }
}

async function startDecapServer(repo: string, mode: 'git' | 'fs'): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (up) return { port, child };
    await sleep(100);
  }
  child.kill();
  throw new Error('decap-server did not start');
}

async function main(): Promise<number> {
  if (!CHROME) {
    console.error('no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
    return 2;
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'editor-screenshots-'));
  const dist = path.join(work, 'dist');
  let browser: Browser | undefined;
  let decap: ChildProcess | undefined;
  const closers: (() => Promise<void>)[] = [];
  try {
    console.log('building the sample library with a GitHub editor configuration …');
    run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
      cwd: ROOT,
      env: {
        ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(work, 'cache'), SOURCE_DATE_EPOCH: EPOCH,
        SITE_URL: 'https://intranet.example.com', BASE_PATH: BASE, SITE_LOCALE: 'de', EDITOR_ENABLED: 'true',
        EDITOR_BACKEND: 'github', EDITOR_REPO: 'example-company/trend-library', EDITOR_AUTH_URL: 'https://relay.example.com',
      },
    });
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

    // 1. The hosted sign-in: nothing answers the local-backend address, so Decap shows the configured host.
    const hosted = await serveEditorSite(dist, BASE);
    closers.push(hosted.close);
    const login = await browser.newPage({ viewport: { width: 1024, height: 640 } });
    await login.goto(`${hosted.origin}${BASE}admin/`);
    await login.getByRole('button', { name: 'Mit GitHub einloggen' }).waitFor({ timeout: 90_000 });
    await login.screenshot({ path: path.join(OUT, '5-anmelden.png') });
    await login.close();

    // 2. The workflow board and 3. an entry's status menu, with the local backend in git mode.
    const repo = path.join(work, 'repo');
    cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
    seedWorkflow(repo);
    const backend = await startDecapServer(repo, 'git');
    decap = backend.child;
    const local = await serveEditorSite(dist, BASE, backend.port);
    closers.push(local.close);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${local.origin}${BASE}admin/#/workflow`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Kurzvideos für die Ausbildung').waitFor({ timeout: 90_000 });
    await page.getByText('Redaktioneller Arbeitsablauf').waitFor();
    await sleep(500);
    await page.screenshot({ path: path.join(OUT, '6-arbeitsablauf.png') });

    await page.getByText('Gruppenchats im Verein').click();
    const status = page.getByRole('button', { name: /^Status: / });
    await status.waitFor({ timeout: 90_000 });
    await status.click();
    await page.getByText('Abgeschlossen', { exact: true }).waitFor();
    await sleep(300);
    await page.screenshot({ path: path.join(OUT, '7-status.png'), clip: { x: 0, y: 0, width: 1280, height: 360 } });
    await page.close();
    decap.kill();

    // 4. The local mode: a new entry, the field "Versteckt" in view and the "Veröffentlichen" menu open.
    const copy = path.join(work, 'copy');
    cpSync(path.join(ROOT, 'content'), path.join(copy, 'content'), { recursive: true });
    const fsBackend = await startDecapServer(copy, 'fs');
    decap = fsBackend.child;
    const fsSite = await serveEditorSite(dist, BASE, fsBackend.port);
    closers.push(fsSite.close);
    const form = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await form.goto(`${fsSite.origin}${BASE}admin/#/collections/entries/new`);
    await form.getByRole('button', { name: 'Login' }).click();
    await form.getByLabel('Titel', { exact: true }).fill('Sprachnachrichten im Team');
    await form.getByLabel('Zusammenfassung', { exact: true }).fill('Wie wir Sprachnachrichten im Team sinnvoll nutzen: kurz, mit Anliegen zuerst und Ergebnissen als Text.');
    const choose = async (label: string, typed: string, option: RegExp) => {
      const input = form.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(typed);
      await form.getByRole('option', { name: option }).first().click();
    };
    await choose('Art', 'Trend', /^Trend$/);
    await choose('Mentor:innen', 'Lena', /Lena Hoffmann/);
    await choose('Themen', 'messenger', /\(messenger\)/);
    await choose('Erfahrungsstufe', 'Einsteiger', /Einsteiger/);
    await choose('Radar-Ring', 'im Kommen', /im Kommen/);
    const body = form.locator('textarea.tl-mdx-text');
    await body.fill('## Was ist das?\n\nEine kurze Audioaufnahme statt eines Anrufs.\n\n## Selbst ausprobieren\n');
    await body.press('End');
    await form.getByRole('button', { name: 'Selbst ausprobieren' }).click();
    await form.getByLabel('Überschrift (optional)').fill('Deine erste Sprachnachricht');
    await form.getByLabel('Schritte, einer pro Zeile').fill('Chat öffnen\nMikrofon gedrückt halten\nAnliegen zuerst sagen');
    await form.getByRole('button', { name: 'Einfügen' }).click();
    await form.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Hervorheben'));
      label?.scrollIntoView({ block: 'start' });
    });
    await form.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await form.getByText('Jetzt veröffentlichen').waitFor();
    await sleep(300);
    await form.screenshot({ path: path.join(OUT, '4-veroeffentlichen.png') });

    console.log(`written: ${['4-veroeffentlichen.png', '5-anmelden.png', '6-arbeitsablauf.png', '7-status.png'].map((f) => path.relative(ROOT, path.join(OUT, f))).join(', ')}`);
    return 0;
  } finally {
    await browser?.close();
    for (const close of closers) await close();
    decap?.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
