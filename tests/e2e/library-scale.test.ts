/**
 * The library page on a library of 1,000 generated entries (the bench's generator):
 * a page of cards and a pager instead of every card; filters, their counts and the
 * address with JavaScript; the pages and the filters' own pages without. Counts are
 * checked against the generated entries themselves, not against the site's code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, launch, watch } from '../support/browser.ts';
import { buildSite, ROOT, TMP } from '../support/build.ts';
import { serve, type Served } from '../support/server.ts';
import { generate, writeOurs } from '../../scripts/bench/write.ts';
import type { SyntheticEntry } from '../../scripts/bench/generate.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

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
});
