/**
 * The library page on a library of 1,000 generated entries (the bench's generator):
 * a page of cards and a pager instead of every card; filters, their counts and the
 * address with JavaScript; the pages and the filters' own pages without. The radar on
 * the same build: a bounded number of named points per cell, "+N" to each cell's paged
 * list, filters over the whole library. Counts are checked against the generated
 * entries themselves, not against the site's code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, codeSnifferErrors, INSTALL_HINT, launch, seriousViolations, watch } from '../support/browser.ts';
import { buildSite, ROOT, TMP } from '../support/build.ts';
import { serve, type Served } from '../support/server.ts';
import { generate, writeOurs } from '../../scripts/bench/write.ts';
import type { SyntheticEntry } from '../../scripts/bench/generate.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { CELL_LIMIT } from '../../src/lib/radar/cells.ts';

const N = 1000;
const BASE = '/kb/';
const OUT = path.join(TMP, `library-${N}`);
const CONTENT = path.join(TMP, `library-${N}-content`);

describe.skipIf(!chromePath)(`the library page at ${N} entries (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let entries: SyntheticEntry[];
  let browser: Browser;
  let site: Served;

  beforeAll(async () => {
    entries = generate(N, 1, path.join(ROOT, 'content')).entries;
    writeOurs(CONTENT, path.join(ROOT, 'content'), entries);
    await buildSite({ outDir: OUT, base: BASE, contentDir: path.relative(ROOT, CONTENT) });
    site = await serve(OUT, BASE);
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const count = (where: (e: SyntheticEntry) => boolean) => entries.filter(where).length;
  const open = async (route: string, javaScript = true) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(page, site.origin);
    await page.goto(site.url(route));
    return { page, ...seen };
  };
  const cards = (page: Page) => page.locator('[data-library-list] li');
  const shownCount = (page: Page) => page.locator('[data-filter-count]').textContent();
  const pill = (page: Page, facet: string, value: string) => page.locator(`[data-facet="${facet}"] a[data-value="${value}"]`);
  const countOf = async (page: Page, facet: string, value: string) => Number(await pill(page, facet, value).locator('[data-count]').textContent());

  it('sends one page of cards and a pager, not the library: the HTML stays small', async () => {
    const html = readFileSync(path.join(OUT, 'entries/index.html'));
    expect(gzipSync(html).length).toBeLessThan(40 * 1024);
    const { page, consoleErrors } = await open('entries/');
    await expect(cards(page).count()).resolves.toBe(PAGE_SIZE);
    await expect(shownCount(page)).resolves.toBe(`${N} Einträge · Seite 1 von ${Math.ceil(N / PAGE_SIZE)}`);
    await expect(page.locator('[data-library-pager] a[aria-current="page"]').textContent()).resolves.toBe('1');
    // The counts of the whole library are in the page.
    await expect(countOf(page, 'kind', 'app')).resolves.toBe(count((e) => e.kind === 'app'));
    expect(consoleErrors).toEqual([]);
  });

  it('filters the whole library by a choice, counts where each other choice leads, keeps it in the address and announces it', async () => {
    const { page, consoleErrors } = await open('entries/');
    await pill(page, 'kind', 'trend').click();
    const trends = count((e) => e.kind === 'trend');
    await expect.poll(() => shownCount(page)).toBe(`${trends} Einträge`);
    expect(new URL(page.url()).search).toBe('?kind=trend');
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toBe(`${trends} Einträge`);
    await expect(cards(page).count()).resolves.toBe(PAGE_SIZE);
    await expect(page.locator('[data-library-list] li').evaluateAll((lis) => lis.every((li) => li.textContent!.includes('Trend')))).resolves.toBe(true);
    await expect(page.locator('[data-library-pager]').isHidden()).resolves.toBe(true);
    await expect(pill(page, 'kind', 'trend').getAttribute('aria-current')).resolves.toBe('true');
    // Other facets count within trends; the kinds count as if switched to them.
    const tag = entries[0]!.tags[0]!;
    await expect(countOf(page, 'tag', tag)).resolves.toBe(count((e) => e.kind === 'trend' && e.tags.includes(tag)));
    await expect(countOf(page, 'kind', 'app')).resolves.toBe(count((e) => e.kind === 'app'));

    await pill(page, 'tag', tag).click();
    const both = count((e) => e.kind === 'trend' && e.tags.includes(tag));
    await expect.poll(() => shownCount(page)).toBe(`${both} ${both === 1 ? 'Eintrag' : 'Einträge'}`);
    expect(new URLSearchParams(new URL(page.url()).search)).toEqual(new URLSearchParams({ kind: 'trend', tag }));
    await expect(cards(page).count()).resolves.toBe(Math.min(PAGE_SIZE, both));

    // Back: the first choice again.
    await page.goBack();
    await expect.poll(() => shownCount(page)).toBe(`${trends} Einträge`);
    expect(consoleErrors).toEqual([]);
  });

  it('opens a shared address with its choice, shows more on request and resets to the page', async () => {
    const { page, consoleErrors } = await open('entries/?level=pro&lang=en');
    const found = count((e) => e.level === 'pro' && e.lang === 'en');
    expect(found).toBeGreaterThan(PAGE_SIZE);
    await expect.poll(() => shownCount(page)).toBe(`${found} Einträge`);
    await page.getByRole('button', { name: 'Weitere Einträge zeigen' }).click();
    await expect(cards(page).count()).resolves.toBe(Math.min(2 * PAGE_SIZE, found));
    // The first new card has the focus, so keyboard users go on where they were.
    await expect(page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-library-list] li')[24])).resolves.toBe(true);
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => shownCount(page)).toContain(`${N} Einträge`);
    expect(new URL(page.url()).search).toBe('');
    await expect(cards(page).count()).resolves.toBe(PAGE_SIZE);
    expect(consoleErrors).toEqual([]);
  });

  it('draws a filtered card exactly as the server draws it', async () => {
    const { page } = await open('entries/');
    const first = await cards(page).first().evaluate((li) => li.innerHTML);
    const kind = entries.find((e) => first.includes(`/entries/${e.slug}/`))!.kind;
    await pill(page, 'kind', kind).click();
    await expect.poll(() => page.url()).toContain(`kind=${kind}`);
    // The newest entry of the library is the newest of its kind too.
    await expect(cards(page).first().evaluate((li) => li.innerHTML)).resolves.toBe(first);
  });

  it('without JavaScript: pages through the library, and a filter opens the value’s own page', async () => {
    const { page } = await open('entries/', false);
    await expect(cards(page).count()).resolves.toBe(PAGE_SIZE);
    // Level and language have no page of their own: not offered without script.
    await expect(page.locator('[data-facet="level"]').isHidden()).resolves.toBe(true);
    await page.locator('[data-library-pager] a[rel="next"]').click();
    expect(page.url()).toBe(site.url('entries/page/2/'));
    await expect(cards(page).count()).resolves.toBe(PAGE_SIZE);
    const last = Math.ceil(N / PAGE_SIZE);
    await page.goto(site.url(`entries/page/${last}/`));
    await expect(cards(page).count()).resolves.toBe(N - (last - 1) * PAGE_SIZE);

    await page.goto(site.url('entries/'));
    const tag = entries[0]!.tags[0]!;
    const tagged = count((e) => e.tags.includes(tag));
    await expect(countOf(page, 'tag', tag)).resolves.toBe(tagged);
    await pill(page, 'tag', tag).click();
    expect(page.url()).toBe(site.url(`tags/${tag}/`));
    await expect(page.locator('main').textContent()).resolves.toContain(`${tagged} Einträge`);
    await expect(page.locator('main article').count()).resolves.toBe(Math.min(PAGE_SIZE, tagged));
    await page.locator('nav[aria-label="Seiten"] a[rel="next"]').click();
    expect(page.url()).toBe(site.url(`tags/${tag}/page/2/`));
  });

  const inCell = (kind: string, ring: string, also: (e: SyntheticEntry) => boolean = () => true) => count((e) => e.kind === kind && e.ring === ring && also(e));
  /** The named points of the chart per cell, "kind/ring" → count, read through the generated entries. */
  const namedPerCell = async (page: Page) => {
    const slugs = await page.locator('[data-radar-point]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
    const bySlug = new Map(entries.map((e) => [e.slug, e]));
    const cells = new Map<string, number>();
    for (const slug of slugs) {
      const e = bySlug.get(slug)!;
      cells.set(`${e.kind}/${e.ring}`, (cells.get(`${e.kind}/${e.ring}`) ?? 0) + 1);
    }
    return cells;
  };
  const cellsOf = () => [...new Set(entries.map((e) => `${e.kind}/${e.ring}`))];

  it('radar: names at most a few points per cell, and each "+N" leads to the cell’s paged list of every entry', async () => {
    expect(gzipSync(readFileSync(path.join(OUT, 'radar/index.html'))).length).toBeLessThan(30 * 1024);
    const { page, consoleErrors } = await open('radar/', false);
    const named = await namedPerCell(page);
    for (const cell of cellsOf()) {
      const [kind, ring] = cell.split('/') as [string, string];
      expect(named.get(cell), cell).toBe(Math.min(CELL_LIMIT, inCell(kind, ring)));
    }
    const more = await page.locator('[data-radar-more]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    expect(more.length).toBe(cellsOf().filter((cell) => inCell(...(cell.split('/') as [string, string])) > CELL_LIMIT).length);
    for (const { href, text } of more) {
      const [kind, ring] = href.split('/').slice(-3, -1) as [string, string];
      expect(text, href).toBe(`+${inCell(kind, ring) - CELL_LIMIT}`);
    }

    // The cell's list: every entry of the cell, paged; its first page begins with the chart's named points.
    const chartNamed = await page.locator('[data-radar-point]').evaluateAll((as) => as.map((a) => a.getAttribute('data-title')!));
    await page.locator('[data-radar-more][href$="/radar/app/everyday/"]').click();
    expect(page.url()).toBe(site.url('radar/app/everyday/'));
    const total = inCell('app', 'everyday');
    const pages = Math.ceil(total / PAGE_SIZE);
    await expect(page.locator('main').textContent()).resolves.toContain(`${total} Einträge · Seite 1 von ${pages}`);
    const first = await page.locator('main tbody th a').allTextContents();
    expect(first).toHaveLength(PAGE_SIZE);
    const apps = new Set(entries.filter((e) => e.kind === 'app' && e.ring === 'everyday').map((e) => e.title));
    expect(first.slice(0, CELL_LIMIT).filter((title) => chartNamed.includes(title))).toHaveLength(CELL_LIMIT);
    for (const title of first) expect(apps.has(title), title).toBe(true);
    await page.goto(site.url(`radar/app/everyday/page/${pages}/`));
    await expect(page.locator('main tbody tr').count()).resolves.toBe(total - (pages - 1) * PAGE_SIZE);
    expect(consoleErrors).toEqual([]);
  });

  it('radar: a filter counts the whole library, names the matching points per cell and leads "+N" into the library with the same choice', async () => {
    const { page, consoleErrors, foreignRequests } = await open('radar/');
    await page.getByLabel('Stufe', { exact: true }).selectOption('pro');
    const pros = count((e) => e.level === 'pro');
    await expect.poll(() => page.locator('[data-radar-status]').textContent()).toBe(`${pros} von ${N} Einträgen sichtbar`);
    expect(new URL(page.url()).searchParams.get('level')).toBe('pro');
    for (const level of await page.locator('[data-radar-point]').evaluateAll((as) => as.map((a) => a.getAttribute('data-level')))) expect(level).toBe('pro');
    const named = await namedPerCell(page);
    const isPro = (e: SyntheticEntry) => e.level === 'pro';
    for (const cell of cellsOf()) {
      const [kind, ring] = cell.split('/') as [string, string];
      expect(named.get(cell) ?? 0, cell).toBe(Math.min(CELL_LIMIT, inCell(kind, ring, isPro)));
    }
    const more = page.locator('[data-radar-more]').first();
    const href = new URL((await more.getAttribute('href'))!, site.origin);
    expect(href.pathname).toBe(`${BASE}entries/`);
    expect(href.searchParams.get('level')).toBe('pro');
    const kind = href.searchParams.get('kind')!;
    await more.click();
    await expect.poll(() => shownCount(page)).toBe(`${count((e) => e.kind === kind && isPro(e))} Einträge`);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('radar: its "+N" links and a filtered chart pass axe and HTML_CodeSniffer, light and dark', async () => {
    for (const route of ['radar/', 'radar/?level=pro']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // The engines are injected as inline scripts, which the page's Content-Security-Policy rightly refuses; only these checks bypass it.
        const context = await browser.newContext({ colorScheme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(site.url(route), { waitUntil: 'networkidle' });
        await expect(page.locator('[data-radar-more]').count()).resolves.toBeGreaterThan(0);
        expect(await codeSnifferErrors(page), `HTML_CodeSniffer, ${route}, ${colorScheme}`).toEqual([]);
        expect(await seriousViolations(page), `axe, ${route}, ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }
  }, 240_000);
});
