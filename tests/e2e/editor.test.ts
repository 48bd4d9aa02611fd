/**
 * The browser editor end to end, offline: the built sample site's `/admin/` in
 * Chromium, talking to the real Decap local backend (`decap-server`, a child
 * process on a free loopback port) that writes into a temporary copy of the
 * content. The site's server forwards `<base>admin/api/v1/` to it, as
 * `npm run edit` does, so the page's CSP can stay `connect-src 'self'`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, launch, seriousViolations } from '../support/browser.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { serveEditorSite } from '../../scripts/lib/serve-editor-site.ts';
import { ROOT, SAMPLE_BASE, SAMPLE_SITE, TEST_EPOCH, TMP, buildSite } from '../support/build.ts';

const SITE = process.env.EDITOR_E2E_SITE ?? SAMPLE_SITE;
const BASE = process.env.EDITOR_E2E_BASE ?? SAMPLE_BASE;

async function startDecapServer(repo: string, port: number, mode: 'fs' | 'git' = 'fs'): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    // In git mode decap-server commits; a CI machine may have no git identity of its own.
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn', GIT_AUTHOR_NAME: 'Editor test', GIT_AUTHOR_EMAIL: 'editor-test@example.com', GIT_COMMITTER_NAME: 'Editor test', GIT_COMMITTER_EMAIL: 'editor-test@example.com' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (up) return child;
    await sleep(100);
  }
  child.kill();
  throw new Error('decap-server did not start');
}

const frontMatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';

/** Picks an option in one of Decap's select or relation fields (react-select). */
async function choose(page: Page, label: string, typed: string, option: RegExp) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

type Rig = { repo: string; decap: ChildProcess; site: Awaited<ReturnType<typeof serveEditorSite>>; browser: Browser };

/** A temporary copy of the content, decap-server over it on a free port, the built site in front of it, and Chromium. */
async function startRig(prefix: string, mode: 'fs' | 'git', prepare: (repo: string) => void = () => {}): Promise<Rig> {
  mkdirSync(TMP, { recursive: true });
  const repo = mkdtempSync(path.join(TMP, prefix));
  cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
  prepare(repo);
  const port = await freePort();
  const decap = await startDecapServer(repo, port, mode);
  const site = await serveEditorSite(SITE, BASE, port);
  return { repo, decap, site, browser: await launch() };
}

async function stopRig({ repo, decap, site, browser }: Partial<Rig>): Promise<void> {
  await browser?.close();
  await site?.close();
  decap?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
}

describe.skipIf(!chromePath)('editor at /admin/ with the real local backend', () => {
  let repo = '';
  let browser: Browser;
  let decap: ChildProcess | undefined;
  let site: Awaited<ReturnType<typeof serveEditorSite>> | undefined;
  const violations: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    ({ repo, decap, site, browser } = await startRig('editor-', 'fs'));
  });
  afterAll(() => stopRig({ repo, decap, site, browser }));

  async function open(route: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => { if (m.text().startsWith('CSP violation')) violations.push(m.text()); });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(site!.origin) && !url.startsWith(`blob:${site!.origin}`) && !url.startsWith('data:')) foreign.push(url);
    });
    await page.goto(`${site!.origin}${BASE}admin/#${route}`);
    await page.getByRole('button', { name: 'Login' }).click();
    return page;
  }

  const entryFile = (slug: string) => path.join(repo, 'content/entries', `${slug}.mdx`);

  it('creates an entry through the form that passes the check and builds', async () => {
    const page = await open('/collections/entries/new');
    await page.getByLabel('Titel', { exact: true }).fill('Sprachnachrichten im Team');
    await page.getByLabel('Zusammenfassung', { exact: true }).fill('Wie wir Sprachnachrichten im Team sinnvoll nutzen: kurz, mit Anliegen zuerst und Ergebnissen als Text.');
    await choose(page, 'Art', 'Trend', /^Trend$/);
    await choose(page, 'Mentor:innen', 'Lena', /Lena Hoffmann/);
    await choose(page, 'Themen', 'messenger', /\(messenger\)/);
    await choose(page, 'Themen', 'voice', /\(voice-messages\)/);
    await choose(page, 'Erfahrungsstufe', 'Einsteiger', /Einsteiger/);
    await choose(page, 'Radar-Ring', 'im Kommen', /im Kommen/);
    // The day defaults to the browser's today; a fixed day keeps the test independent of the clock.
    const published = page.getByLabel('Veröffentlicht am', { exact: true });
    await expect.poll(() => published.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await published.fill('2026-11-20');

    // New entries start as drafts; this one is switched to published so the build shows it.
    const draft = page.getByLabel('Versteckt (optional)', { exact: true });
    await expect.poll(() => draft.isChecked()).toBe(true);
    await draft.click();

    const body = page.locator('textarea.tl-mdx-text');
    await body.fill('## Was ist das?\n\nEine kurze Audioaufnahme statt eines Anrufs.\n\n## Selbst ausprobieren\n');
    await body.press('End');
    await page.getByRole('button', { name: 'Selbst ausprobieren' }).click();
    await page.getByLabel('Überschrift (optional)').fill('Deine erste Sprachnachricht');
    await page.getByLabel('Schritte, einer pro Zeile').fill('Chat öffnen\nMikrofon gedrückt halten\nAnliegen zuerst sagen');
    await page.getByRole('button', { name: 'Einfügen' }).click();

    await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await page.getByText('Jetzt veröffentlichen').click();
    // decap-server writes in place: wait for the whole file (its body ends with the TryIt block), not only for it to exist.
    await expect.poll(() => (existsSync(entryFile('sprachnachrichten-im-team')) ? readFileSync(entryFile('sprachnachrichten-im-team'), 'utf8') : ''), { timeout: 30_000 }).toContain('</TryIt>');

    const written = readFileSync(entryFile('sprachnachrichten-im-team'), 'utf8');
    expect(written).toBe(`---
title: "Sprachnachrichten im Team"
summary: "Wie wir Sprachnachrichten im Team sinnvoll nutzen: kurz, mit Anliegen zuerst und Ergebnissen als Text."
kind: trend
mentors: [lena-hoffmann]
published: 2026-11-20
tags: [messenger, voice-messages]
level: starter
ring: rising
---

## Was ist das?

Eine kurze Audioaufnahme statt eines Anrufs.

## Selbst ausprobieren

<TryIt title="Deine erste Sprachnachricht">

1. Chat öffnen
2. Mikrofon gedrückt halten
3. Anliegen zuerst sagen

</TryIt>
`);
    await page.close();

    // The same check a pull request runs, on the copy the editor wrote into.
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: path.join(repo, 'content'), SOURCE_DATE_EPOCH: TEST_EPOCH }, encoding: 'utf8' });
    expect(check.stdout + check.stderr).not.toMatch(/sprachnachrichten-im-team/);
    expect(check.status, check.stdout + check.stderr).toBe(0);

    const outDir = path.join(repo, 'dist');
    await buildSite({ outDir, base: '/', contentDir: path.relative(ROOT, path.join(repo, 'content')), env: { ASTRO_CACHE_DIR: path.join(repo, 'cache'), SITE_LOCALES: 'de' } });
    const html = readFileSync(path.join(outDir, 'entries/sprachnachrichten-im-team/index.html'), 'utf8');
    expect(html).toContain('Sprachnachrichten im Team');
    expect(html).toContain('Deine erste Sprachnachricht');
    expect(existsSync(path.join(outDir, 'admin'))).toBe(false);
  }, 300_000);

  it('edits an existing entry: the only change in the file is the changed field', async () => {
    const before = readFileSync(entryFile('signal'), 'utf8');
    const page = await open('/collections/entries/entries/signal');
    const summary = page.getByLabel('Zusammenfassung', { exact: true });
    await expect.poll(() => summary.inputValue(), { timeout: 15_000 }).not.toBe('');
    const old = await summary.inputValue();
    await summary.fill(`${old} Neu: Gruppen bis 1.000 Personen.`);
    await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await page.getByText('Jetzt veröffentlichen').click();
    // decap-server writes in place: wait for the whole new text, not only for the file to change.
    await expect.poll(() => readFileSync(entryFile('signal'), 'utf8'), { timeout: 30_000 }).toContain('Neu: Gruppen bis 1.000 Personen.');

    const after = readFileSync(entryFile('signal'), 'utf8');
    const changed = (a: string, b: string) => a.split('\n').map((line, i) => [line, b.split('\n')[i]] as const).filter(([x, y]) => x !== y);
    expect(after.split('\n').length).toBe(before.split('\n').length);
    const diff = changed(before, after);
    expect(diff).toHaveLength(1);
    expect(diff[0]![0]).toMatch(/^summary: /);
    expect(diff[0]![1]).toBe(`summary: ${JSON.stringify(`${old} Neu: Gruppen bis 1.000 Personen.`)}`);
    expect(frontMatter(after)).toContain('Neu: Gruppen bis 1.000 Personen.');
    await page.close();
  }, 180_000);

  it('names a new file by the rule of npm run new (ü → ue), not by Decap’s (ü → u)', async () => {
    const page = await open('/collections/paths/new');
    await page.getByLabel('Titel', { exact: true }).fill('Für Führungskräfte');
    await page.getByLabel('Beschreibung', { exact: true }).fill('Drei Einträge für den Einstieg.');
    await choose(page, 'Erfahrungsstufe', 'Einsteiger', /Einsteiger/);
    await choose(page, 'Einträge', 'Signal', /^Signal$/);
    await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await page.getByText('Jetzt veröffentlichen').click();
    const file = path.join(repo, 'content/paths/fuer-fuehrungskraefte.yaml');
    // The file may exist before decap-server has written it (it writes in place): wait for its text.
    await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 30_000 }).toBe('title: "Für Führungskräfte"\ndescription: "Drei Einträge für den Einstieg."\nlevel: starter\nentries: [signal]\n');
    await page.close();
  }, 180_000);

  it('shows the mentors by name in the preview', async () => {
    const page = await open('/collections/entries/entries/signal');
    // signal.mdx: mentors: [noah-becker, finn-wagner]
    await expect.poll(() => page.frameLocator('#preview-pane').locator('article header').textContent(), { timeout: 30_000 }).toContain('von Noah Becker, Finn Wagner');
    await page.close();
  }, 180_000);

  it('fits a 375 px phone: the publish button and the form on screen', async () => {
    const page = await open('/collections/entries/new');
    await page.setViewportSize({ width: 375, height: 800 });
    const title = page.getByLabel('Titel', { exact: true });
    await title.waitFor();
    const right = async (box: Promise<{ x: number; width: number } | null>) => { const b = (await box)!; return b.x + b.width; };
    expect(await right(page.getByRole('button', { name: 'Veröffentlichen' }).first().boundingBox())).toBeLessThanOrEqual(375);
    expect(await right(title.boundingBox())).toBeLessThanOrEqual(375);
    await page.close();
  }, 180_000);

  it('loads nothing from another origin and breaks none of its Content-Security-Policy', async () => {
    const page = await open('/collections/entries');
    await page.getByText('Signal', { exact: true }).first().waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/connect-src 'self' blob: https:\/\/api\.github\.com https:\/\/relay\.example\.com(;|$)/);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.close();
  }, 180_000);
  it('has no serious accessibility findings in the entry form (axe)', async () => {
    // axe is injected as an inline script, which the page's CSP rightly refuses; this check alone bypasses it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site!.origin}${BASE}admin/#/collections/entries/new`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Selbst ausprobieren' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});

/**
 * The editorial workflow with the local backend in git mode: saving a new entry
 * makes the branch `cms/entries/<slug>` (what becomes a pull request on a git
 * host) and leaves the main branch alone.
 */
describe.skipIf(!chromePath)('editor: editorial workflow (local backend in git mode)', () => {
  let repo = '';
  let browser: Browser;
  let decap: ChildProcess | undefined;
  let site: Awaited<ReturnType<typeof serveEditorSite>> | undefined;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });

  beforeAll(async () => {
    ({ repo, decap, site, browser } = await startRig('editor-git-', 'git', (dir) => {
      repo = dir;
      git('init', '-q', '-b', 'main');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'add', '.');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'content');
    }));
  });
  afterAll(() => stopRig({ repo, decap, site, browser }));

  it('saves a new entry on its own branch', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site!.origin}${BASE}admin/#/collections/entries/new`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Gruppenchats im Verein');
    await page.getByLabel('Zusammenfassung', { exact: true }).fill('Warum viele Vereine ihre Absprachen in Gruppenchats treffen und was wir daraus lernen.');
    await choose(page, 'Art', 'Trend', /^Trend$/);
    await choose(page, 'Mentor:innen', 'Finn', /Finn Wagner/);
    await choose(page, 'Themen', 'messenger', /\(messenger\)/);
    await choose(page, 'Erfahrungsstufe', 'Einsteiger', /Einsteiger/);
    await choose(page, 'Radar-Ring', 'Alltag', /Alltag/);
    await page.locator('textarea.tl-mdx-text').fill('## Was ist das?\n\nAbsprachen im Gruppenchat.\n');
    await page.getByRole('button', { name: 'Speichern' }).click();
    // decap-server switches to the entry's branch, commits, and switches back: wait until all of it is done.
    const saved = () => git('show', 'cms/entries/gruppenchats-im-verein:content/entries/gruppenchats-im-verein.mdx').status === 0 && git('branch', '--show-current').stdout.trim() === 'main';
    // It may switch more than once (entry, then the workflow's status): wait until the state holds for a while.
    let steady = 0;
    await expect.poll(() => (steady = saved() ? steady + 1 : 0) >= 6, { timeout: 30_000, interval: 500 }).toBe(true);
    expect(git('branch', '--list', 'cms/*').stdout.trim()).toBe('cms/entries/gruppenchats-im-verein');
    const file = git('show', 'cms/entries/gruppenchats-im-verein:content/entries/gruppenchats-im-verein.mdx').stdout;
    expect(frontMatter(file)).toContain('title: "Gruppenchats im Verein"');
    expect(frontMatter(file)).toContain('draft: true');
    expect(git('branch', '--show-current').stdout.trim()).toBe('main');
    expect(existsSync(path.join(repo, 'content/entries/gruppenchats-im-verein.mdx'))).toBe(false);
    await page.close();
  }, 180_000);
});
