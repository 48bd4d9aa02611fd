/** The glossary in a real browser: explained words in entries, the quick filter, accessibility. */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import type { Served } from '../support/server.ts';

describe.skipIf(!chromePath)(`the glossary (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('explains a word in an entry by keyboard: the button is described by the meaning, Enter opens it, Escape closes it', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('entries/memes-als-sprache/'));
    const term = page.locator('.glossary-term', { hasText: 'cringe' });
    await expect(term.count()).resolves.toBe(1);
    const description = await term.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent);
    expect(description).toMatch(/^Fremdscham/);
    const popover = page.locator('#glossary-cringe');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.textContent()).resolves.toContain('Fremdscham');
    await expect(popover.getByRole('link').getAttribute('href')).resolves.toBe('/kb/glossary/#term-cringe');
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('opens the meaning with a tap on a phone, right under the word, and closes it with a tap elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(site.url('entries/tiktok/'));
    const term = page.locator('.glossary-term').first();
    // In the middle of the screen there is room below the word; near the bottom the popover rightly flips above it.
    await term.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await term.tap();
    const popover = page.locator('[popover]:popover-open');
    await expect(popover.count()).resolves.toBe(1);
    const [t, p] = [await term.boundingBox(), await popover.boundingBox()];
    expect(p!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
    expect(p!.x).toBeGreaterThanOrEqual(0);
    expect(p!.x + p!.width).toBeLessThanOrEqual(375);
    await page.locator('h1').tap();
    await expect(popover.count()).resolves.toBe(0);
    await context.close();
  });

  it('marks a term once per entry and never inside links or headings', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('entries/instagram-stories/'));
    const ids = await page.locator('.glossary-term').evaluateAll((bs) => bs.map((b) => b.getAttribute('popovertarget')));
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.locator('a .glossary-term, h1 .glossary-term, h2 .glossary-term, h3 .glossary-term').count()).resolves.toBe(0);
    await page.close();
  });

  it('filters the A–Z list as you type, by term, spelling or meaning, and says how many terms are left', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('glossary/'));
    const total = await page.locator('[data-glossary-term]').count();
    const filter = page.getByRole('searchbox', { name: 'Glossar filtern' });
    await filter.fill('sprachi');
    await expect(page.locator('[data-glossary-term]:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-glossary-term]:visible dt').textContent()).resolves.toMatch(/^Sprachnachricht/);
    await expect(page.locator('[data-glossary-status]').textContent()).resolves.toBe('1 Begriff');
    await expect(page.locator('[data-glossary-letter]:visible').count()).resolves.toBe(1);
    await filter.fill('fremdscham');
    await expect(page.locator('[data-glossary-term]:visible').getAttribute('id')).resolves.toBe('term-cringe');
    await filter.fill('xyz-nichts');
    await expect(page.locator('[data-glossary-empty]').isVisible()).resolves.toBe(true);
    await filter.fill('');
    await expect(page.locator('[data-glossary-term]:visible').count()).resolves.toBe(total);
    await page.close();
  });

  it('has no serious accessibility problems, console errors or requests elsewhere, popover open or not', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
      const seen = watch(page, site.origin);
      await page.goto(site.url('glossary/?q=story'));
      expect(await seriousViolations(page), `glossary ${colorScheme}`).toEqual([]);
      await page.goto(site.url('entries/tiktok/'));
      await page.locator('.glossary-term').first().click();
      // The entry page as a whole belongs to the browsing pages; here only the glossary markup is ours to answer for.
      expect((await seriousViolations(page)).filter((v) => /glossary|popover/.test(v)), `entry ${colorScheme}`).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
      await page.close();
    }
  });
});
