/** "Where do I start?" in a real browser: keyboard use, the recommendation, privacy, no-script fallback. */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import type { Served } from '../support/server.ts';

/** Answers every question with the answer at `index` (0–3) by keyboard alone: Tab into a group, arrows to choose. */
async function answerAllByKeyboard(page: Page, index: number) {
  const groups = await page.locator('[data-question]').count();
  await page.locator('#assessment-title').click();
  for (let g = 0; g < groups; g++) {
    await page.keyboard.press('Tab');
    // The first arrow press in a group without a choice selects the second answer, so start from the first with Space.
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
}

describe.skipIf(!chromePath)(`the self-assessment (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('recommends a level, its path and the first three entries, answered by keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('paths/'));
    await answerAllByKeyboard(page, 1);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Empfehlung anzeigen');
    await page.keyboard.press('Enter');
    const result = page.locator('[data-result]:visible');
    await expect(result.getAttribute('data-result')).resolves.toBe('starter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-result'))).resolves.toBe('starter');
    await expect(result.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Unsere Empfehlung: Einsteiger:in');
    await expect(result.locator('[data-score-text]').textContent()).resolves.toBe('Du hast 8 von 24 Punkten.');
    await expect(result.getByRole('link', { name: 'Erste Schritte: Wie wir heute kommunizieren' }).getAttribute('href')).resolves.toBe('/kb/paths/erste-schritte/');
    const first = await result.locator('ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(first).toEqual(['/kb/entries/sprachnachrichten/', '/kb/entries/whatsapp-kanaele/', '/kb/entries/instagram-stories/']);
    await page.close();
  });

  it.each([[2, 'explorer', '/kb/paths/mitreden/'], [3, 'pro', '/kb/paths/selbst-sichtbar/']] as const)(
    'answering every question with answer %i recommends %s', async (answer, level, href) => {
      const page = await browser.newPage();
      await page.goto(site.url('paths/'));
      for (const group of await page.locator('[data-question]').all()) await group.locator('input').nth(answer).check();
      await page.getByRole('button', { name: 'Empfehlung anzeigen' }).click();
      const result = page.locator('[data-result]:visible');
      await expect(result.getAttribute('data-result')).resolves.toBe(level);
      await expect(result.locator('p a').first().getAttribute('href')).resolves.toBe(href);
      await page.close();
    },
  );

  it('names the unanswered questions and moves focus to the first of them', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('paths/'));
    const groups = await page.locator('[data-question]').all();
    for (const group of groups.slice(0, 6)) await group.locator('input').first().check();
    await page.getByRole('button', { name: 'Empfehlung anzeigen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Bitte beantworte noch die Fragen 7, 8.');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe('ai');
    await expect(page.locator('[data-result]:visible').count()).resolves.toBe(0);
    await page.close();
  });

  it('keeps the answers on the page: no request, no cookie, nothing stored', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('paths/'));
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const group of await page.locator('[data-question]').all()) await group.locator('input').nth(2).check();
    await page.getByRole('button', { name: 'Empfehlung anzeigen' }).click();
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).resolves.toEqual([0, 0, '']);
    await expect(page.context().cookies()).resolves.toEqual([]);
    await page.close();
  });

  it('without script, leaves the questions out and simply lists the paths', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('paths/'));
    await expect(page.locator('[data-assessment]').isVisible()).resolves.toBe(false);
    await expect(page.locator('main ul[role="list"] a').count()).resolves.toBe(3);
    await context.close();
  });

  it('has no serious accessibility problems, console errors or requests elsewhere, before and after answering', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
      const seen = watch(page, site.origin);
      await page.goto(site.url('paths/'));
      expect(await seriousViolations(page), `paths ${colorScheme}`).toEqual([]);
      for (const group of await page.locator('[data-question]').all()) await group.locator('input').nth(1).check();
      await page.getByRole('button', { name: 'Empfehlung anzeigen' }).click();
      expect(await seriousViolations(page), `paths with result ${colorScheme}`).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
      await page.close();
    }
  });
});
