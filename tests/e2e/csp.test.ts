/**
 * The Content-Security-Policy in Chromium, on the sample site built under /kb/:
 * every page type carries Astro's policy, breaks none of it while it is used (search,
 * filters, radar, glossary, self-assessment), and a script planted into a built page
 * after the build does not run. The same pages also keep working when the server sends
 * the HTTP header docs/security.md gives IT, on top of the `<meta>` tag.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, launch, watch } from '../support/browser.ts';
import { SAMPLE_BASE, SAMPLE_SITE, TMP } from '../support/build.ts';
import { serve, type Served } from '../support/server.ts';
import { SITE_DIRECTIVES, siteCspHeader } from '../../src/lib/csp.ts';
import { VIDEO_ORIGINS } from '../../src/lib/video.ts';

/** The first sub-page of a listing in the built site, e.g. `tags/ai/`. */
const firstOf = (dir: string) => `${dir}/${readdirSync(path.join(SAMPLE_SITE, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0]}/`;

/** Every page type of the sample, and what each does in the browser to show it still works. */
const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['home', ''],
  ['library with filters', 'entries/', useFilters],
  ['entry with glossary terms', 'entries/memes-als-sprache/', openGlossaryPopover],
  ['kind: apps', 'apps/'],
  ['kind: trends', 'trends/'],
  ['kind: values', 'values/'],
  ['tags', 'tags/'],
  ['a tag', firstOf('tags')],
  ['goals', 'goals/'],
  ['a goal', firstOf('goals')],
  ['mentors', 'mentors/'],
  ['a mentor', 'mentors/lena-hoffmann/', openGlossaryPopover],
  ['paths with self-assessment', 'paths/', assess],
  ['a path', firstOf('paths')],
  ['radar', 'radar/', showRadarTooltip],
  ['glossary', 'glossary/', filterGlossary],
  ['digests archive', 'digests/'],
  ['a digest', firstOf('digests')],
  ['search page', 'search/?q=Signal', searchPage],
  ['header search', 'entries/tiktok/', headerSearch],
  ['contribute (code blocks, field tables)', 'contribute/'],
  ['program', 'program/'],
  ['404', 'gibt-es-nicht/'],
  ['English home', 'en/'],
  ['English library with filters', 'en/entries/', useFilters],
  ['English entry', 'en/entries/memes-als-sprache/', openGlossaryPopover],
];

async function useFilters(page: Page) {
  // A choice fetches the library's index (connect-src) and draws the cards from it.
  await page.locator('[data-facet="kind"] a[data-value="app"]').click();
  await page.waitForFunction(() => location.search.includes('kind=app'));
  // Filtered, the count no longer names a page ("37 Einträge · Seite 1 von 2", "37 entries · Page 1 of 2").
  await expect.poll(() => page.locator('[data-filter-count]').textContent()).toMatch(/^\d+ \S+$/);
  const app = await page.locator('template[data-card-part="kind-app"]').evaluate((t) => (t as HTMLTemplateElement).content.textContent?.trim());
  const kinds = await page.locator('[data-library-list] article').evaluateAll((els) => els.map((el) => el.querySelector('span')?.textContent));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((kind) => kind === app)).toBe(true);
}

async function openGlossaryPopover(page: Page) {
  const term = page.locator('.glossary-term').first();
  await term.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await term.click();
  const popover = page.locator('[popover]:popover-open');
  await expect(popover.count()).resolves.toBe(1);
  // Anchored to its word (by classes now, not style attributes): right under it, not centred on the screen.
  const [t, p] = [await term.boundingBox(), await popover.boundingBox()];
  expect(p!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
  expect(p!.y).toBeLessThan(t!.y + t!.height + 16);
}

async function assess(page: Page) {
  for (const group of await page.locator('[data-question]').all()) await group.locator('input').nth(1).check();
  await page.getByRole('button', { name: 'Empfehlung anzeigen' }).click();
  await expect(page.locator('[data-result]:visible').count()).resolves.toBe(1);
}

async function showRadarTooltip(page: Page) {
  await page.locator('[data-radar-point] .radar-hit').first().hover();
  const tip = page.locator('[data-radar-tip]');
  await expect(tip.isVisible()).resolves.toBe(true);
  expect(await tip.locator('[data-tip-title]').textContent()).toBeTruthy();
}

async function filterGlossary(page: Page) {
  const terms = () => page.locator('[id^="term-"]:visible').count();
  const before = await terms();
  await page.getByRole('searchbox', { name: 'Glossar filtern' }).fill('cringe');
  await page.waitForFunction((n) => document.querySelectorAll('[id^="term-"]').length > 0 && [...document.querySelectorAll<HTMLElement>('[id^="term-"]')].filter((e) => e.offsetParent !== null).length < n, before);
}

async function searchPage(page: Page) {
  const first = page.locator('[data-search-app] [data-search-results] > li').first();
  await first.waitFor({ timeout: 10_000 });
  expect(await first.textContent()).toContain('Signal');
}

async function headerSearch(page: Page) {
  await page.locator('#site-search').pressSequentially('Signal');
  const option = page.locator('#site-search-options [role="option"]').first();
  await option.waitFor({ timeout: 10_000 });
  expect(await option.textContent()).toMatch(/^Signal/);
}

/** Every HTML file of a built site, relative to its folder. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();

/** The elements of a page, parsed by Sätteri's HTML parser. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && node.content) visit(node.content);
  };
  visit(htmlToHast(html) as Root);
  return found;
}
const httpEquiv = (e: Element) => [e.properties.httpEquiv].flat().join(' ').toLowerCase();

describe('every built page of the sample', () => {
  const pages = htmlFiles(SAMPLE_SITE);

  it('carries the site policy once; /admin/ only the editor’s own', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const metas = elements(readFileSync(path.join(SAMPLE_SITE, file), 'utf8')).filter((e) => e.tagName === 'meta' && httpEquiv(e) === 'content-security-policy');
      expect(metas.length, file).toBe(1);
      const policy = String(metas[0]!.properties.content);
      if (file === 'admin/index.html') expect(policy, file).toMatch(/script-src 'self' 'unsafe-eval'/);
      else for (const directive of SITE_DIRECTIVES) expect(policy, file).toContain(directive);
    }
  });

  it('has nothing inline for the policy to allow: no inline script or style, no style or on… attribute', () => {
    const inline: string[] = [];
    for (const file of pages.filter((f) => f !== 'admin/index.html')) {
      for (const e of elements(readFileSync(path.join(SAMPLE_SITE, file), 'utf8'))) {
        const type = String(e.properties.type ?? '');
        if (e.tagName === 'script' && !e.properties.src && !/json/.test(type)) inline.push(`${file}: <script>`);
        if (e.tagName === 'style') inline.push(`${file}: <style>`);
        if (e.properties.style !== undefined) inline.push(`${file}: style="${e.properties.style}" on <${e.tagName}>`);
        for (const name of Object.keys(e.properties)) if (/^on[a-z]/i.test(name)) inline.push(`${file}: ${name} on <${e.tagName}>`);
      }
    }
    expect(inline).toEqual([]);
  });
});

describe.skipIf(!chromePath)(`the Content-Security-Policy in Chromium (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  let withHeader: Served;

  beforeAll(async () => {
    site = await serve(SAMPLE_SITE, SAMPLE_BASE);
    withHeader = await serve(SAMPLE_SITE, SAMPLE_BASE, { headers: { 'Content-Security-Policy': siteCspHeader() } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await withHeader?.close();
  });

  /** A page whose CSP violations (as the page itself sees them), console errors and foreign requests are recorded. */
  async function open(context: BrowserContext, url: string, origin: string) {
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const seen = watch(page, origin);
    await page.goto(url, { waitUntil: 'load' });
    return { page, violations, seen };
  }

  describe.each([
    ['the <meta> tag', () => site, PAGES],
    // With the header too: the pages that do the most (the header's policy lacks Astro's hashes).
    ['the <meta> tag and the HTTP header', () => withHeader, PAGES.filter(([name, , use]) => use || name === 'home' || name === '404')],
  ] as const)('with %s', (_, server, pages) => {
    it.each(pages)('%s (/kb/%s): carries the policy, works, and breaks none of it', async (_name, route, use) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, violations, seen } = await open(context, server().url(route), server().origin);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      for (const directive of SITE_DIRECTIVES) expect(policy).toContain(directive);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'[^;]*;/);
      expect(policy).not.toContain('unsafe-inline');
      if (use) await use(page);
      await page.waitForLoadState('networkidle');
      await context.close();
      expect(violations, 'CSP violations').toEqual([]);
      expect(seen.consoleErrors.filter((e) => !/404 \(Not Found\)/.test(e)), 'console errors').toEqual([]);
      expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    }, 30_000);
  });

  it('allows frames from the video players only', () => {
    expect(SITE_DIRECTIVES).toContain(`frame-src ${VIDEO_ORIGINS.join(' ')}`);
  });

  describe('a script planted into a built page after the build', () => {
    const planted = path.join(TMP, `csp-planted-${process.pid}`);
    let copy: Served;
    let elsewhere: Server;
    const fetched: string[] = [];

    beforeAll(async () => {
      // Another origin that would serve the attacker's script (and records whether it was asked).
      elsewhere = createServer((req, res) => {
        fetched.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end('window.__planted = (window.__planted || []).concat("external");');
      });
      await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
      const port = (elsewhere.address() as { port: number }).port;
      rmSync(planted, { recursive: true, force: true });
      cpSync(SAMPLE_SITE, planted, { recursive: true });
      const file = path.join(planted, 'entries/index.html');
      const html = readFileSync(file, 'utf8');
      const attack = [
        '<script>window.__planted = (window.__planted || []).concat("inline");</script>',
        `<script src="http://localhost:${port}/evil.js"></script>`,
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="window.__planted = (window.__planted || []).concat(\'handler\')" alt="">',
      ].join('');
      expect(html).toMatch(/<body[^>]*>/);
      writeFileSync(file, html.replace(/<body[^>]*>/, (body) => body + attack));
      copy = await serve(planted, SAMPLE_BASE);
    });
    afterAll(async () => {
      await copy?.close();
      await new Promise((resolve) => elsewhere?.close(resolve));
      rmSync(planted, { recursive: true, force: true });
    });

    it('runs without the policy (the plant itself works)', async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(copy.url('entries/'), { waitUntil: 'load' });
      await page.waitForFunction(() => ((window as unknown as { __planted?: string[] }).__planted ?? []).length >= 2);
      expect(await page.evaluate(() => (window as unknown as { __planted?: string[] }).__planted)).toEqual(expect.arrayContaining(['inline', 'external']));
      await context.close();
    });

    it('does not run under the policy: no inline script, no script from another origin, no event handler', async () => {
      fetched.length = 0;
      const context = await browser.newContext();
      const { page, violations } = await open(context, copy.url('entries/'), copy.origin);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __planted?: string[] }).__planted)).toBeUndefined();
      expect(fetched, 'requests to the other origin').toEqual([]);
      expect(violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
      expect(violations.some((v) => v.startsWith('script-src-elem http://localhost:'))).toBe(true);
      // The page's own scripts still run: the filters count the entries.
      await page.locator('[data-facet="kind"] a[data-value="app"]').click();
      await page.waitForFunction(() => location.search.includes('kind=app'));
      await context.close();
    });
  });
});
