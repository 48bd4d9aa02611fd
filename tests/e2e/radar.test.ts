/** The trend radar in a real browser: links, focus, tooltips, filters, phone size, accessibility. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import { SAMPLE_BASE, SAMPLE_SITE } from '../support/build.ts';
import type { Served } from '../support/server.ts';

// An entry is a folder with a page of its own; entries/page/ holds the library's later pages.
const entrySlugs = () => readdirSync(path.join(SAMPLE_SITE, 'entries'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(SAMPLE_SITE, 'entries', d.name, 'index.html'))).map((d) => d.name).sort();

describe.skipIf(!chromePath)(`the trend radar (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('draws every published entry as one point that links to the entry', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    const hrefs = await page.locator('svg [data-radar-point]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.map((h) => h.replace(/^\/kb\/entries\/|\/$/g, '')).sort()).toEqual(entrySlugs());
    for (const href of hrefs) expect(existsSync(path.join(SAMPLE_SITE, href.slice(SAMPLE_BASE.length), 'index.html')), href).toBe(true);
    await page.locator('svg [data-radar-point][href$="/tiktok/"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('TikTok');
    await page.close();
  });

  it('shows a point’s title when it gets keyboard focus and when the mouse is over it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url('radar/'));
    const tip = page.locator('[data-radar-tip]');
    await page.locator('[data-radar-point]').first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-title'));
    expect(focused).toBeTruthy();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.locator('[data-tip-title]').textContent()).resolves.toBe(focused);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);

    await page.locator('[data-radar-point][href$="/clubhouse/"] .radar-hit').hover();
    await expect(tip.locator('[data-tip-title]').textContent()).resolves.toBe('Clubhouse');
    await expect(tip.locator('[data-tip-detail]').textContent()).resolves.toBe('App · auf dem Rückzug');
    await page.close();
  });

  it('names each point for screen readers with its kind, ring and movement, and lists the same data in tables', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    await expect(page.locator('[data-radar-point][href$="/clubhouse/"]').getAttribute('aria-label')).resolves.toBe('Clubhouse – App, auf dem Rückzug');
    const moved = page.locator('[data-radar-point][href$="/ki-chatbots-im-alltag/"]');
    await expect(moved.getAttribute('aria-label')).resolves.toBe('KI-Chatbots im Alltag – Trend, Alltag, nach innen gerückt');
    const rows = await page.locator('[data-radar-table] tbody tr').count();
    expect(rows).toBe(entrySlugs().length);
    await expect(page.getByRole('row', { name: /KI-Chatbots im Alltag/ }).textContent()).resolves.toContain('nach innen gerückt, vorher im Kommen');
    await page.close();
  });

  it('filters points and rows by level, topic and goal, keeps the others in place and remembers the choice in the address', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    const visible = () => page.locator('[data-radar-point]:visible');
    const total = await page.locator('[data-radar-point]').count();
    const before = await page.locator('[data-radar-point][href$="/tiktok/"] .radar-hit').getAttribute('cx');

    const status = () => page.locator('[data-radar-status]').textContent();
    await page.getByLabel('Stufe', { exact: true }).selectOption('starter');
    // The script redraws once the radar's index has loaded.
    await expect.poll(status).not.toBe(`${total} von ${total} Einträgen sichtbar`);
    const starters = await visible().count();
    expect(starters).toBeGreaterThan(0);
    expect(starters).toBeLessThan(total);
    for (const level of await visible().evaluateAll((as) => as.map((a) => a.getAttribute('data-level')))) expect(level).toBe('starter');
    expect(await page.locator('[data-radar-table] tbody tr:visible').count()).toBe(starters);
    await expect(page.locator('[data-radar-status]').textContent()).resolves.toBe(`${starters} von ${total} Einträgen sichtbar`);
    await expect(page.locator('[data-radar-point][href$="/tiktok/"] .radar-hit').getAttribute('cx')).resolves.toBe(before);
    expect(new URL(page.url()).searchParams.get('level')).toBe('starter');

    await page.getByLabel('Thema', { exact: true }).selectOption('messenger');
    await expect.poll(status).not.toBe(`${starters} von ${total} Einträgen sichtbar`);
    for (const tags of await visible().evaluateAll((as) => as.map((a) => a.getAttribute('data-tag')))) expect(tags?.split(' ')).toContain('messenger');

    await page.reload();
    await expect(page.getByLabel('Stufe', { exact: true }).inputValue()).resolves.toBe('starter');
    await expect(page.getByLabel('Thema', { exact: true }).inputValue()).resolves.toBe('messenger');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => visible().count()).toBe(total);
    await page.close();
  });

  it('redraws a filtered point exactly as the server draws it, and the page as built when the choice is cleared', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    const tiktok = page.locator('[data-radar-point][href$="/tiktok/"]');
    const built = await tiktok.evaluate((a) => a.outerHTML);
    const chart = await page.locator('[data-radar-points]').evaluate((g) => g.innerHTML);
    const tables = await page.locator('.radar-tables').evaluate((t) => t.innerHTML);
    await page.getByLabel('Stufe', { exact: true }).selectOption('starter');
    await expect.poll(() => page.locator('[data-radar-point]').count()).toBeLessThan(entrySlugs().length);
    // A new element, drawn by the script: same place, same name, same data.
    await expect(tiktok.evaluate((a) => a.outerHTML)).resolves.toBe(built);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => page.locator('[data-radar-points]').evaluate((g) => g.innerHTML)).toBe(chart);
    await expect(page.locator('.radar-tables').evaluate((t) => t.innerHTML)).resolves.toBe(tables);
    await page.close();
  });

  it('says so and keeps the radar as built when its index cannot be loaded', async () => {
    const page = await browser.newPage();
    await page.route('**/radar/index.json', (route) => route.abort());
    await page.goto(site.url('radar/'));
    const chart = await page.locator('[data-radar-points]').evaluate((g) => g.innerHTML);
    await page.getByLabel('Stufe', { exact: true }).selectOption('starter');
    await expect.poll(() => page.locator('[data-radar-failed]').isVisible()).toBe(true);
    await expect(page.locator('[data-radar-failed]').textContent()).resolves.toContain('Die Filter konnten nicht geladen werden');
    await expect(page.locator('[data-radar-points]').evaluate((g) => g.innerHTML)).resolves.toBe(chart);
    // Once the index is there again, the next choice filters.
    await page.unroute('**/radar/index.json');
    await page.getByLabel('Stufe', { exact: true }).selectOption('pro');
    await expect.poll(() => page.locator('[data-radar-failed]').isHidden()).toBe(true);
    await expect.poll(() => page.locator('[data-radar-point]').count()).toBeLessThan(entrySlugs().length);
    await page.close();
  });

  it('lists every entry of a cell on its own page, in the radar’s order, with a way back', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    // The values in the centre, as the radar's table lists them.
    const values = await page.locator('[data-radar-sector="value"] tbody tr').evaluateAll((trs) =>
      trs.filter((tr) => tr.children[1]!.textContent === 'Alltag').map((tr) => tr.querySelector('a')!.textContent!));
    expect(values.length).toBeGreaterThan(1);
    await page.goto(site.url('radar/value/everyday/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Werte · Alltag');
    const listed = await page.locator('main tbody th a').allTextContents();
    expect([...listed].sort()).toEqual([...values].sort());
    // What moved first: the one value that moved in heads the list.
    expect(listed[0]).toBe('Authentizität statt Hochglanz');
    await expect(page.locator('main').textContent()).resolves.toContain(`${values.length} Einträge`);
    await page.getByRole('link', { name: 'Zurück zum Trend-Radar' }).click();
    expect(page.url()).toBe(site.url('radar/'));
    await page.close();
  });

  it('shows the full radar without script, and no filter controls that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('radar/'));
    expect(await page.locator('[data-radar-point]:visible').count()).toBe(entrySlugs().length);
    await expect(page.locator('[data-radar-filters]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('fits a 375 px phone: no sideways scrolling, and every point a target of at least 24 px that overlaps no other', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url('radar/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const boxes = await page.locator('[data-radar-point] .radar-hit').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(24);
    const centre = (b: DOMRect) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      expect(Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y)).toBeGreaterThanOrEqual(24 - 0.5);
    }));
    await page.close();
  });

  it('shows a small radar and what moved on the home page, linking to the radar', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(''));
    const teaser = page.locator('section[aria-labelledby="home-radar"]');
    await expect(teaser.locator('svg [data-radar-point]').count()).resolves.toBe(0);
    expect(await teaser.locator('svg path.radar-mark').count()).toBe(entrySlugs().length);
    await expect(teaser.getByRole('link', { name: 'Zum Trend-Radar' }).getAttribute('href')).resolves.toBe('/kb/radar/');
    await expect(teaser.getByRole('link', { name: 'KI-Chatbots im Alltag' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('has no serious accessibility problems, console errors or requests elsewhere, in light and dark mode', async () => {
    for (const route of ['radar/', '']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ colorScheme });
        const seen = watch(page, site.origin);
        await page.goto(site.url(route));
        expect(await seriousViolations(page), `${route} ${colorScheme}`).toEqual([]);
        expect(seen.consoleErrors).toEqual([]);
        expect(seen.foreignRequests).toEqual([]);
        await page.close();
      }
    }
    // Four axe runs over the radar and the home page: more than the default 30 s on a busy 2-core machine.
  }, 120_000);
});
