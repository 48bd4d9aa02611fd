/**
 * /program/ in a real browser: the sections, charts with tables, the survey with
 * suppressed groups, accessibility, a 375 px phone, print media; the thin spots over a
 * fixture library built for it; and a bad survey file stopping the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, launch, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import { BuildFailed, ROOT, TMP, buildSite } from '../support/build.ts';
import { serve, type Served } from '../support/server.ts';

describe.skipIf(!chromePath)(`the program page (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('shows coverage, contributions, mentors, freshness, reach and feedback, each chart with a table, without script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seen = watch(page, site.origin);
    await page.goto(site.url('program/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Wie wirkt das Programm?');
    const headings = await page.locator('section.program-section > h2').allTextContents();
    expect(headings).toEqual(['Abdeckung der Unternehmensziele', 'Beiträge im Zeitverlauf', 'Mentor:innen', 'Aktualität', 'Reichweite', 'Rückmeldungen der Teilnehmenden']);
    // Every chart is a labelled image with a table of the same numbers beside it.
    const charts = await page.locator('figure.program-figure > svg[role="img"]').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
    expect(charts.length).toBeGreaterThanOrEqual(3 + 7);
    for (const label of charts) expect(label.length).toBeGreaterThan(20);
    for (const table of ['coverage', 'contributions', 'mentors', 'freshness', 'reach']) await expect(page.locator(`[data-${table}-table] tbody tr`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-feedback-table]').count()).resolves.toBeGreaterThan(0);
    expect(seen.foreignRequests).toEqual([]);
    await context.close();
  });

  it('says the survey figures are invented, and shows hidden groups as „zu wenige Antworten“ without any count', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('program/'));
    await expect(page.locator('[data-sample-notice]').textContent()).resolves.toContain('erfunden');
    const hidden = page.locator('[data-feedback-table] td[data-hidden]');
    expect(await hidden.count()).toBeGreaterThan(0);
    for (const text of await hidden.allTextContents()) expect(text.trim()).toBe('zu wenige Antworten');
    for (const text of await page.locator('[data-feedback-table] td:not([data-hidden])').allTextContents()) {
      const n = Number(/n = (\d+)/.exec(text)?.[1]);
      expect(n, text).toBeGreaterThanOrEqual(5);
    }
    await page.close();
  });

  // Two axe runs; the 30 s default was too short on a busy 2-core machine.
  it('has no serious accessibility violations in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
      await page.goto(site.url('program/'));
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('fits a 375 px phone: wide tables scroll in their own box, the page never sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url('program/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const box of await page.locator('.table-scroll').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('is linked from the footer of every page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(''));
    await expect(page.locator('footer').getByRole('link', { name: 'Programm' }).getAttribute('href')).resolves.toBe('/kb/program/');
    await page.close();
  });

  it('prints without header, menu, search or footer, with link targets written out and glossary meanings inline', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url('entries/bereal/'));
    for (const chrome of ['body > header', 'body > footer', 'form[role="search"]']) await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    const external = page.locator('main a[href^="https://"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    const meaning = page.locator('.glossary [popover] > span').first();
    await expect(meaning.isVisible()).resolves.toBe(true);
    expect(await meaning.evaluate((s) => getComputedStyle(s, '::before').content)).toBe('" ("');
    // The level's dots are backgrounds: printed all the same, the reached ones black.
    const dots = await page.locator('[data-level-dots]').first().evaluate((d) => [...d.children].map((c) => [getComputedStyle(c).backgroundColor, getComputedStyle(c).printColorAdjust]));
    expect(dots).toEqual([['rgb(0, 0, 0)', 'exact'], ['rgb(0, 0, 0)', 'exact'], ['rgb(204, 204, 204)', 'exact']]);
    // Paper is white even when the screen is dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expect(page.getByText('Gedruckt aus der Trend Library: https://intranet.example.com/kb/entries/bereal/').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('keeps headings with what follows when printed', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url('program/'));
    for (const h of ['section.program-section > h2', '.program-question > h3']) {
      expect(await page.locator(h).first().evaluate((e) => getComputedStyle(e).breakAfter)).toBe('avoid-page');
    }
    await page.close();
  });
});

describe.skipIf(!chromePath)(`the program page over a fixture library (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  const out = path.join(TMP, 'program-fixture');
  let browser: Browser;
  let site: Served;

  beforeAll(async () => {
    await buildSite({ outDir: out, contentDir: 'tests/fixtures/program/library' });
    site = await serve(out, '/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows one feedback table per survey question (questions.yaml has two)', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('program/'));
    await expect(page.locator('[data-feedback-table]').count()).resolves.toBe(2);
    await page.close();
  });

  it('lists mentors alphabetically, never ranked, with the alumni marked', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('program/'));
    await expect(page.locator('[data-mentors-table] tbody th').allTextContents()).resolves.toEqual(['Ada Berg', 'Ben Kurz', 'Cem Alt']);
    // cem-alt.md: active: false
    const status = await page.locator('[data-mentors-table] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-mentor'), r.getAttribute('data-status')]));
    expect(status).toEqual([['ada-berg', 'active'], ['ben-kurz', 'active'], ['cem-alt', 'alumni']]);
    await page.close();
  });

  it('names exactly the thin spots the content has, per goal in words', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('program/'));
    const gaps = await page.locator('[data-coverage-gaps] li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-goal'), li.textContent?.trim()]));
    expect(gaps).toEqual([
      ['innovation', 'Innovation: noch nichts für Einsteiger:innen; noch nichts für Profis; nur ein Eintrag für Entdecker:innen; noch keine Trends; noch keine Werte; nur ein Eintrag der Art App'],
      ['customer-communication', 'Kundenkommunikation: noch nichts für Profis; nur ein Eintrag der Art Trend; nur ein Eintrag der Art Wert'],
      ['recruiting', 'Recruiting: noch nichts für Entdecker:innen; nur ein Eintrag für Einsteiger:innen; nur ein Eintrag für Profis; noch keine Werte; nur ein Eintrag der Art App; nur ein Eintrag der Art Trend'],
    ]);
    // The draft for professionals is not counted: the cell stays empty.
    const row = page.locator('[data-coverage-table] tbody tr', { hasText: 'Kundenkommunikation' });
    await expect(row.locator('td').nth(6).getAttribute('data-count')).resolves.toBe('0');
    await page.close();
  });
});

describe('a bad survey file', () => {
  // A whole build: the 30 s default is too short for one on a busy 2-core machine.
  it('stops the build with the file, line and column', async () => {
    const content = path.join(TMP, 'program-broken-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/program/library'), content, { recursive: true });
    appendFileSync(path.join(content, 'feedback/2026-q1.csv'), '2026-q1,mentee,starter,recruiting,useful,9\n');
    const lines = readFileSync(path.join(content, 'feedback/2026-q1.csv'), 'utf8').trimEnd().split('\n').length;
    const error = await buildSite({ outDir: path.join(TMP, 'program-broken'), contentDir: path.relative(ROOT, content) }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BuildFailed);
    expect((error as BuildFailed).log).toMatch(new RegExp(`feedback/2026-q1\\.csv[\\s\\S]*Zeile ${lines}, Spalte 6 \\(rating\\): erwartet eine ganze Zahl von 1 bis 5, gefunden "9"`));
  }, 240_000);
});
