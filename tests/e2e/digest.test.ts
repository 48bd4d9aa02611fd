/**
 * The digest archive on the sample site built under /kb/, the feed, and the
 * newsletter written for the same sample: every link it carries is a page of the build.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import { ROOT, SAMPLE_BASE, SAMPLE_SITE, TMP } from '../support/build.ts';
import type { Served } from '../support/server.ts';
import { main } from '../../scripts/digest.ts';

const SITE_URL = 'https://intranet.example.com';
const ORIGIN_BASE = `${SITE_URL}${SAMPLE_BASE}`;

/** The built file an absolute link of the sample site points to, or undefined when it leaves the site. */
function builtFile(url: string): string | undefined {
  if (!url.startsWith(ORIGIN_BASE)) return undefined;
  const route = url.slice(ORIGIN_BASE.length).replace(/[?#].*$/, '');
  return route === '' || route.endsWith('/') ? path.join(SAMPLE_SITE, route, 'index.html') : path.join(SAMPLE_SITE, route);
}

/** The sample record's frontmatter and body, as the command reads them. */
function sampleRecord(n: number) {
  const text = readFileSync(path.join(ROOT, `content/digests/${n}.md`), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text)!;
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front!)![1]!;
  const list = (name: string) => [...new RegExp(`^${name}:\\n((?:  - .*\\n?)*)`, 'm').exec(`${front}\n`)![1]!.matchAll(/ {2}- (.*)/g)].map((m) => m[1]!);
  return { from: field('from'), to: field('to'), entries: list('entries'), featured: list('featured'), body: body! };
}

describe.skipIf(!chromePath)(`digests on the sample site (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('lists every digest on /digests/, newest first, each linking to its page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('digests/'));
    const links = await page.locator('[data-digest-list] h2 a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links).toEqual([
      ['Trend Library Digest #2 – September–Oktober 2026', '/kb/digests/2/'],
      ['Trend Library Digest #1 – Juni–August 2026', '/kb/digests/1/'],
    ]);
    await page.close();
  });

  it('links the archive from the header navigation and marks it current there', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url('digests/2/'));
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' }).last();
    await expect(nav.getByRole('link', { name: 'Newsletter' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.close();
  });

  it('shows an issue with the same sections and entries as its record, featured first, and the editor’s intro', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('digests/2/'));
    const record = sampleRecord(2);
    await expect(page.locator('h1').textContent()).resolves.toBe('Trend Library Digest #2 – September–Oktober 2026');
    expect(await page.locator('main h2').allTextContents()).toEqual(['Empfohlen', 'Apps', 'Trends', 'Werte', 'Bewegung im Radar']);
    const slugs = await page.locator('main section h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/^\/kb\/entries\/|\/$/g, '')));
    expect(slugs).toEqual(record.entries);
    expect(slugs.slice(0, record.featured.length)).toEqual(record.featured);
    await expect(page.locator('main .prose').textContent()).resolves.toContain('Sandra Krüger, Interne Kommunikation');
    await page.close();
  });

  it('has working links only, no console errors, no requests elsewhere and no serious accessibility problems', async () => {
    for (const route of ['digests/', 'digests/1/', 'digests/2/']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ colorScheme });
        const seen = watch(page, site.origin);
        const response = await page.goto(site.url(route));
        expect(response?.status()).toBe(200);
        const hrefs = await page.locator('main a[href^="/kb/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        for (const href of new Set(hrefs)) expect(existsSync(builtFile(`${SITE_URL}${href}`)!), `${route} → ${href}`).toBe(true);
        expect(await seriousViolations(page), `${route} ${colorScheme}`).toEqual([]);
        expect(seen.consoleErrors).toEqual([]);
        expect(seen.foreignRequests).toEqual([]);
        await page.close();
      }
    }
  });
});

describe('the feed and the newsletter of the sample site', () => {
  it('/rss.xml carries the newest entries with absolute links to built pages', () => {
    const xml = readFileSync(path.join(SAMPLE_SITE, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links[0]).toBe(ORIGIN_BASE);
    const items = links.slice(1);
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThanOrEqual(20);
    for (const link of items) expect(existsSync(builtFile(link)!), link).toBe(true);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain('<language>de</language>');
  });

  it('the newsletter of issue 2 links only to pages of the build, the web version and the archive included', async () => {
    mkdirSync(TMP, { recursive: true });
    const cwd = mkdtempSync(path.join(TMP, 'digest-sample-'));
    onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
    cpSync(path.join(ROOT, 'content'), path.join(cwd, 'content'), { recursive: true });
    const record = sampleRecord(2);
    writeFileSync(path.join(cwd, 'intro.md'), record.body);
    let stderr = '';
    const code = await main(['--number', '2', '--force', '--from', record.from, '--to', record.to, '--intro', 'intro.md', '--out', 'out'], {
      cwd, now: new Date(), env: { SITE_URL, BASE_PATH: SAMPLE_BASE }, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(path.join(cwd, 'out/newsletter.html'), 'utf8');
    const text = readFileSync(path.join(cwd, 'out/newsletter.txt'), 'utf8');
    const markdown = readFileSync(path.join(cwd, 'out/newsletter.md'), 'utf8');
    const urls = new Set([
      ...[...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
      ...[...`${text}\n${markdown}`.matchAll(/(?:https?|mailto):[^\s)>]+/g)].map((m) => m[0]),
    ]);
    const site = [...urls].filter((u) => !u.startsWith('mailto:'));
    expect(site).toContain(`${ORIGIN_BASE}digests/2/`);
    expect(site).toContain(`${ORIGIN_BASE}digests/`);
    expect(site).toContain(`${ORIGIN_BASE}contribute/`);
    for (const url of site) expect(existsSync(builtFile(url) ?? '/nonexistent'), url).toBe(true);
    // The command rewrites the sample record exactly as committed: samples and command agree.
    expect(readFileSync(path.join(cwd, 'content/digests/2.md'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'content/digests/2.md'), 'utf8'));
  });
});
