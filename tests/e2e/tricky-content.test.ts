/**
 * Legitimate content that looks like an attack (tests/fixtures/tricky/): built once
 * under /kb/ on top of the fixture library and opened in Chromium. Markup-like text
 * in a title, a summary, inline code and a code block shows as text, nothing runs
 * (no dialog, no console error), a link keeps its query string, and nothing is
 * requested from another origin until the reader clicks "Video laden". The plain-text
 * fields of every other door (a mentor's name, role and team, a path, a digest title,
 * glossary, tag and goal texts) hold markup-like text too: it is text on every page
 * and in the feed.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, launch, watch } from '../support/browser.ts';
import { ROOT, TMP, buildSite } from '../support/build.ts';
import { serve, type Served } from '../support/server.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const work = path.join(TMP, `tricky-${process.pid}`);
const content = path.join(work, 'content');
const OUT = path.join(work, 'dist');
const BASE = '/kb/';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const TITLE = `Markup als Text: ${SCRIPT}`;
const SUMMARY = `Zeigt ${IMG} und ${SCRIPT} als Text, nie als Code.`;
const VIDEO = 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?start=5&rel=0';
const QUERY_LINK = 'https://example.com/search?q=a&b=c&lang=de';

describe.skipIf(!chromePath)(`tricky but legitimate content (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(path.join(FIXTURES, 'library'), content, { recursive: true });
    for (const door of ['entries', 'mentors', 'paths', 'digests']) cpSync(path.join(FIXTURES, 'tricky', door), path.join(content, door), { recursive: true });
    // Glossary terms, tags and goals are items of one file each: added to the fixture library's.
    for (const file of readdirSync(path.join(FIXTURES, 'tricky/append'))) appendFileSync(path.join(content, file), readFileSync(path.join(FIXTURES, 'tricky/append', file)));
    await buildSite({
      outDir: OUT,
      base: BASE,
      contentDir: path.relative(ROOT, content),
      // One UI is enough for content edge cases; both UIs are built and tested on the sample site (locales.test.ts).
      env: { SOURCE_DATE_EPOCH: '1764547200', ASTRO_CACHE_DIR: path.join(work, 'cache'), SITE_LOCALES: 'de' },
    });
    site = await serve(OUT, BASE);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * A fresh page whose requests to other origins are recorded and answered locally
   * (nothing leaves the machine); dialogs, console errors and, unless the test
   * expects some, foreign requests fail the test.
   */
  async function open(route: string, { foreignAllowed = false } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route((url) => url.origin !== site.origin && url.protocol.startsWith('http'), (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' }),
    );
    const page = await context.newPage();
    // A refusal by the Content-Security-Policy (a player's frame, say) counts as a console error.
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    const seen = watch(page, site.origin);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    onTestFinished(async () => {
      await context.close();
      expect(dialogs, 'dialogs').toEqual([]);
      expect(seen.consoleErrors, 'console errors').toEqual([]);
      if (!foreignAllowed) expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    });
    await page.goto(site.url(route), { waitUntil: 'load' });
    return { page, seen };
  }

  it('writes the markup-like text escaped into every page: no such element exists in the HTML', () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      // Inside a quoted attribute value (data-title="…<script>…") "<" is only text, and
      // Astro quotes every value with "…" and escapes the quotes in it; so values are
      // set aside, and what remains is markup, where the text must appear escaped.
      const html = readFileSync(path.join(OUT, file), 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toContain(SCRIPT);
      expect(html, file).not.toMatch(/<img[^>]*onerror/i);
    }
  });

  it('writes markup-like titles and summaries escaped into the feed', () => {
    const xml = readFileSync(path.join(OUT, 'rss.xml'), 'utf8');
    expect(xml).toContain('<title>Markup als Text: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).not.toContain(SCRIPT);
    expect(xml).not.toMatch(/<img[^>]*onerror/i);
  });

  it.each([
    ['mentors/markup-rolle/', ['Tia <script>alert(1)</script> Test', 'Webentwicklerin für <img src=x onerror=alert(1)>', '<script>alert(1)</script>']],
    ['paths/markup-pfad/', ['Pfad über <script>-Tags', 'warum <script>alert(1)</script> und <img src=x onerror=alert(1)> hier nur Text sind']],
    ['digests/1/', ['Digest über <script>alert(1)</script>', '<img src=x onerror=alert(1)>']],
    ['glossary/', ['Was <script>alert(1)</script> bedeutet: hier nichts.', 'Schreib <script>alert(1)</script> in den Chat.']],
    ['tags/markup-tag/', ['Tag <script>alert(1)</script>', 'Beschreibung mit <img src=x onerror=alert(1)>.']],
    ['goals/markup-ziel/', ['Ziel <script>alert(1)</script>', 'Beschreibung mit <img src=x onerror=alert(1)>.']],
  ])('shows the markup-like plain text of %s as text and runs none of it', async (route, texts) => {
    const { page } = await open(route);
    const shown = await page.locator('main').innerText();
    for (const text of texts) expect(shown).toContain(text);
  });

  it('shows title, summary, inline code and code block of the entry as text and runs none of it', async () => {
    const { page } = await open('entries/markup-als-text/');
    expect(await page.title()).toContain(SCRIPT);
    expect(await page.locator('h1').first().textContent()).toBe(TITLE);
    const text = await page.locator('body').innerText();
    expect(text).toContain(SUMMARY);
    expect(await page.locator('p code').first().textContent()).toBe(SCRIPT);
    expect(await page.locator('pre').first().innerText()).toContain(`${SCRIPT}\n${IMG}`);
    expect(text).toContain('<img src=x onerror=alert(1)> als Zeichenreferenz');
    // Nothing of it became an element: no script with that code, no image with that handler.
    expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('alert(1)')))).toBe(false);
    expect(await page.locator('img[onerror], img[src="x"]').count()).toBe(0);
  });

  it('keeps a link’s query string with its ampersands', async () => {
    const { page } = await open('entries/markup-als-text/');
    expect(await page.getByRole('link', { name: 'Beispielsuche' }).getAttribute('href')).toBe(QUERY_LINK);
  });

  it('lists the entry with its markup-like title and summary as text', async () => {
    const { page } = await open('entries/');
    const text = await page.locator('main').innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain(SUMMARY);
  });

  it('shows the markup-like title as text in the radar’s tooltip', async () => {
    const { page } = await open('radar/');
    await page.locator('a[data-radar-point][href$="/entries/markup-als-text/"]').hover();
    const tip = page.locator('[data-radar-tip] [data-tip-title]');
    await expect.poll(() => tip.textContent()).toBe(TITLE);
  });

  it('finds the entry in the search and shows its title as text', async () => {
    const { page } = await open('search/?q=Markup');
    const title = page.locator('[data-search-results] h3').filter({ hasText: 'Markup als Text' });
    await title.first().waitFor();
    expect(await title.first().textContent()).toContain(SCRIPT);
  });

  it('requests nothing from the video platform until the reader clicks "Video laden"; then the player loads the clip', async () => {
    const { page, seen } = await open('entries/video-extern/', { foreignAllowed: true });
    const button = page.getByRole('button', { name: 'Video laden' });
    await button.waitFor();
    // The clip's title shows as text too.
    expect(await page.locator('[data-video-slot]').innerText()).toContain(SCRIPT);
    await page.waitForLoadState('networkidle');
    expect(seen.foreignRequests, 'before the click').toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    const clip = page.waitForRequest((r) => r.url() === VIDEO);
    await button.click();
    await clip;
    expect(await page.locator('iframe').getAttribute('src')).toBe(VIDEO);
    expect(seen.foreignRequests).toEqual([VIDEO]);
  });
});
