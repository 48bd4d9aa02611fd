/**
 * Search in a real browser, on the sample library built once under /kb/ with its
 * Pagefind index: German and English queries, stemming and compounds, every filter,
 * sorting, the URL as the search's state, the header's suggestions and shortcuts,
 * highlighting on the opened entry, no JavaScript, accessibility, and nothing
 * requested from another origin.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import type { Served } from '../support/server.ts';

type Result = { kind: string; title: string; href: string; lang: string | null; excerpt: string; date: string | null };

describe.skipIf(!chromePath)(`search (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;

  useSampleSite((b, s) => ((browser = b), (site = s)));

  /** A new page whose console errors and foreign requests fail the test when it ends. */
  async function open(route: string, options: { javaScript?: boolean; width?: number; colorScheme?: 'light' | 'dark' } = {}) {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const seen = watch(page, site.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    onTestFinished(async () => {
      await context.close();
      expect(seen.consoleErrors, 'console errors').toEqual([]);
      expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    });
    await page.goto(site.url(route));
    return { page, requests };
  }

  /** Waits until the search page shows the outcome of its latest search. */
  const settled = (page: Page) =>
    page.waitForFunction(() => {
      const results = document.querySelector('[data-search-app] [data-search-results]');
      const summary = document.querySelector('[data-search-app] [data-search-summary]')?.textContent;
      const message = document.querySelector<HTMLElement>('[data-search-app] [data-search-message]');
      return results && !results.hasAttribute('aria-busy') && (summary || (message && !message.hidden));
    });

  const results = (page: Page) =>
    page.$$eval('[data-search-results] > li', (items) =>
      items.map((li) => ({
        kind: li.querySelector('article > div > span')!.textContent!,
        title: li.querySelector('h3')!.textContent!,
        href: li.querySelector('h3 a')!.getAttribute('href')!,
        lang: li.querySelector('h3')!.getAttribute('lang'),
        excerpt: li.querySelector('h3 + p')!.innerHTML,
        date: li.querySelector('time')?.getAttribute('datetime') ?? null,
      })),
    ) as Promise<Result[]>;

  /** Waits for the suggestions of the whole query, not of a prefix typed on the way. */
  const suggestionsFor = (page: Page, query: string) =>
    page.locator('#site-search-options-all', { hasText: `„${query}“` }).waitFor();

  async function search(query: string) {
    const opened = await open(`search/?${query}`);
    await settled(opened.page);
    return { ...opened, found: await results(opened.page) };
  }

  describe('finding entries', () => {
    it('finds German entries for "Datenschutz", the one that explains it most first, with the term marked', async () => {
      const { page, found } = await search('q=Datenschutz');
      expect(found[0]).toMatchObject({ title: 'Das Online-Selbst', kind: 'Wert', href: '/kb/entries/das-online-selbst/?highlight=datenschutz' });
      expect(found[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(found.slice(0, 6).map((r) => r.title)).toEqual(expect.arrayContaining(['Signal', 'WhatsApp-Kanäle']));
      // German pages that use the word come before English pages, which carry it only as a topic label.
      const german = found.map((r) => r.lang === null);
      expect(german).toEqual([...german].sort((a, b) => Number(b) - Number(a)));
      for (const r of found) expect(r.excerpt).toMatch(/<mark>Datenschutz/);
      const total = Number((await page.locator('[data-search-summary]').textContent())!.match(/^(\d+) Treffer für „Datenschutz“$/)![1]);
      expect(total).toBeGreaterThanOrEqual(found.length);
    });

    it('finds the English translation first for "voice messages", and the German original through its topic', async () => {
      const { found } = await search('q=voice+messages');
      expect(found[0]).toMatchObject({ title: 'Voice messages instead of calls', kind: 'Trend', lang: 'en' });
      expect(found.find((f) => f.title === 'Sprachnachrichten statt Anrufe')).toMatchObject({ kind: 'Trend', lang: null });
    });

    it('finds English entries from the German interface and marks them as English', async () => {
      const { found } = await search('q=psychological+safety');
      expect(found[0]).toMatchObject({ title: 'Psychological Safety', lang: 'en', excerpt: expect.stringContaining('<mark>Psychological</mark>') });
    });

    it('puts a mentor first for the mentor’s name, then the mentor’s entries', async () => {
      const { found } = await search('q=Emily+Carter');
      expect(found[0]).toMatchObject({ title: 'Emily Carter', kind: 'Mentor:in', href: '/kb/mentors/emily-carter/?highlight=emily&highlight=carter' });
      expect(found.slice(1, 6).map((r) => r.title)).toEqual(expect.arrayContaining(['Notion', 'Discord', 'The Creator Economy']));
    });

    it('stems German as German: "Sprachnachricht" finds "Sprachnachrichten", "Führungskräften" finds "Führungskräfte"', async () => {
      const first = await search('q=Sprachnachricht');
      expect(first.found[0]).toMatchObject({ title: 'Sprachnachrichten statt Anrufe', excerpt: expect.stringContaining('<mark>Sprachnachrichten</mark>') });
      const second = await search('q=F%C3%BChrungskr%C3%A4ften&kind=app');
      expect(second.found.map((r) => r.title)).toEqual(expect.arrayContaining(['BeReal', 'Snapchat']));
      const bereal = second.found.find((r) => r.title === 'BeReal')!;
      expect(bereal.excerpt).toContain('<mark>Führungskräfte</mark>');
      expect(decodeURIComponent(bereal.href)).toBe('/kb/entries/bereal/?highlight=führungskräften');
    });

    it('stems English as English: "punishing" finds "punished"', async () => {
      const { found } = await search('q=punishing');
      expect(found.map((r) => r.title)).toEqual(['Psychological Safety']);
      expect(found[0]!.excerpt).toContain('<mark>punished</mark>');
    });

    it('finds compounds by their later part: "Schutz" finds "Datenschutz", "Nachricht" finds "Sprachnachricht"', async () => {
      const schutz = await search('q=Schutz');
      expect(schutz.found[0]!.title).toBe('Das Online-Selbst');
      expect(schutz.found.map((r) => r.title)).toEqual(expect.arrayContaining(['Signal', 'WhatsApp-Kanäle']));
      expect(schutz.found.every((r) => /<mark>[^<]*schutz/i.test(r.excerpt))).toBe(true);
      const nachricht = await search('q=Nachricht');
      expect(nachricht.found.map((r) => r.title)).toContain('Sprachnachrichten statt Anrufe');
    });

    it('says so when nothing matches, and announces it', async () => {
      const { page, found } = await search('q=Quantencomputer');
      expect(found).toEqual([]);
      await expect(page.locator('[data-search-app] [data-search-message]').textContent()).resolves.toContain('Keine Treffer für „Quantencomputer“.');
      await expect(page.locator('[data-search-app] [data-search-status]').textContent()).resolves.toBe('Keine Treffer für „Quantencomputer“.');
    });
  });

  describe('filters and sorting', () => {
    it.each([
      ['kind', 'app'],
      ['level', 'starter'],
      ['tag', 'privacy'],
      ['goal', 'recruiting'],
      ['mentor', 'emily-carter'],
      ['lang', 'en'],
    ])('narrows the results by %s to exactly the counted pages that carry %s', async (facet, value) => {
      const { page } = await search('q=Team');
      const pill = page.locator(`[data-search-filters] label:has(input[name="${facet}"][value="${value}"])`);
      const counted = Number(await pill.locator('[data-count]').textContent());
      expect(counted).toBeGreaterThan(0);
      await pill.click();
      await settled(page);
      expect(new URL(page.url()).searchParams.get(facet)).toBe(value);
      await expect(page.locator(`input[name="${facet}"][value="${value}"]`).isChecked()).resolves.toBe(true);
      await expect(page.locator('[data-search-summary]').textContent()).resolves.toBe(`${counted} Treffer für „Team“`);
      while (await page.locator('[data-search-more]').isVisible()) {
        const loaded = (await results(page)).length;
        await page.locator('[data-search-more]').click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, loaded);
      }
      const found = await results(page);
      expect(found).toHaveLength(counted);
      for (const r of found) {
        const html = await (await page.request.get(new URL(r.href, site.origin).toString())).text();
        expect(html, r.href).toContain(`<span data-pagefind-filter="${facet}">${value}</span>`);
      }
    });

    it('counts the other values of a chosen filter as if switched to them, so the choice can change', async () => {
      const { page } = await search('q=Team&kind=app');
      const trends = Number(await page.locator('label:has(input[name="kind"][value="trend"]) [data-count]').textContent());
      expect(trends).toBeGreaterThan(0);
      await page.locator('label:has(input[name="kind"][value="trend"])').click();
      await settled(page);
      await expect(page.locator('[data-search-summary]').textContent()).resolves.toBe(`${trends} Treffer für „Team“`);
      expect((await results(page)).every((r) => r.kind === 'Trend')).toBe(true);
    });

    it('sorts by date, newest first, with profiles and paths after the entries', async () => {
      const { page } = await search('q=Team');
      await page.selectOption('[data-search-sort]', 'newest');
      await settled(page);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
      // The order is Pagefind's own sort by the entries' `date`.
      const dates = (await results(page)).map((r) => r.date);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated.length).toBeGreaterThan(3);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(dates.slice(0, dated.length)).toEqual(dated);
    });

    it('lists everything a filter finds newest first, without loading more results than it shows', async () => {
      const { page, found, requests } = await search('kind=trend');
      const dates = found.map((r) => r.date);
      expect(dates.every((d) => d !== null)).toBe(true);
      expect(dates).toEqual([...dates].sort().reverse());
      const total = Number((await page.locator('[data-search-summary]').textContent())!.match(/^(\d+)/)![1]);
      expect(total).toBeGreaterThanOrEqual(found.length);
      expect(requests.filter((u) => u.endsWith('.pf_fragment')).length).toBe(found.length);
    });

    it('resets the filters with one button', async () => {
      const { page } = await search('q=Team&kind=app&lang=de');
      await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
      await settled(page);
      expect(new URL(page.url()).search).toBe('?q=Team');
    });
  });

  describe('the URL as the state of a search', () => {
    it('opens a shared search with its query, filter and order', async () => {
      const { page, found } = await search('q=Datenschutz&kind=app&sort=newest');
      await expect(page.locator('[data-search-page-input]').inputValue()).resolves.toBe('Datenschutz');
      await expect(page.locator('input[name="kind"][value="app"]').isChecked()).resolves.toBe(true);
      await expect(page.locator('[data-search-sort]').inputValue()).resolves.toBe('newest');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((r) => r.kind === 'App')).toBe(true);
    });

    it('goes back to the previous search with the back button, and forward again', async () => {
      const { page } = await search('q=Datenschutz');
      const before = (await results(page)).length;
      await page.locator('label:has(input[name="kind"][value="app"])').click();
      await settled(page);
      const after = (await results(page)).length;
      expect(after).toBeLessThan(before);
      await page.goBack();
      await settled(page);
      expect(page.url()).toBe(site.url('search/?q=Datenschutz'));
      await expect(page.locator('input[name="kind"][value=""]').isChecked()).resolves.toBe(true);
      expect((await results(page)).length).toBe(before);
      await page.goForward();
      await settled(page);
      expect((await results(page)).length).toBe(after);
    });

    it('keeps the URL in step with typing without adding a history entry per keystroke; Enter adds one', async () => {
      const { page } = await search('q=Datenschutz');
      const length = await page.evaluate(() => history.length);
      await page.locator('[data-search-page-input]').fill('Signal');
      await page.waitForURL((url) => url.searchParams.get('q') === 'Signal');
      await settled(page);
      expect((await results(page))[0]!.title).toBe('Signal');
      expect(await page.evaluate(() => history.length)).toBe(length);
      await page.locator('[data-search-page-input]').fill('TikTok');
      await page.locator('[data-search-page-input]').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'TikTok');
      expect(await page.evaluate(() => history.length)).toBe(length + 1);
    });

    it('shows more results on request and moves the focus to the first new one', async () => {
      const { page, found } = await search('q=Team');
      expect(found).toHaveLength(10);
      await page.locator('[data-search-more]').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
      const focused = await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]);
      expect(focused).toBe(true);
    });
  });

  describe('the search field in the header', () => {
    it('loads nothing of search until the field is used, then suggests the first results', async () => {
      const { page, requests } = await open('entries/tiktok/');
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      const input = page.locator('#site-search');
      await input.focus();
      await input.pressSequentially('Signal');
      const options = page.locator('#site-search-options [role="option"]');
      await suggestionsFor(page, 'Signal');
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(options.first().textContent()).resolves.toMatch(/^Signal/);
      await expect(options.last().textContent()).resolves.toBe('Alle Treffer für „Signal“ anzeigen');
      await expect(page.locator('[data-header-search] [role="status"]').textContent()).resolves.toMatch(/^\d+ Treffer$/);
      const pagefind = requests.filter((u) => u.includes('/pagefind/'));
      expect(pagefind.every((u) => u.startsWith(`${site.origin}/kb/pagefind/`))).toBe(true);
      // One index for both languages: one runtime, one WebAssembly module, no worker, no filter indexes,
      // no date order (the suggestions are ranked by relevance).
      expect(pagefind.filter((u) => /\/pagefind\.js$/.test(u))).toHaveLength(1);
      expect(pagefind.filter((u) => /\.pagefind$/.test(u))).toEqual([`${site.origin}/kb/pagefind/wasm.de.pagefind`]);
      expect(pagefind.filter((u) => /worker|\/filter\/|newest\.json/.test(u))).toEqual([]);
    });

    it('moves through the suggestions with the arrow keys and opens one with Enter, its terms marked', async () => {
      const { page } = await open('');
      const input = page.locator('#site-search');
      await input.focus();
      await input.pressSequentially('Sprachnachricht');
      // The suggestions of the whole word, not of a prefix typed on the way.
      await page.locator('#site-search-options-0[data-href$="?highlight=sprachnachricht"]').waitFor();
      await page.keyboard.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/kb\/entries\/sprachnachrichten\/\?highlight=sprachnachricht$/);
      await page.locator('article mark').first().waitFor();
      const marked = await page.locator('article mark').allTextContents();
      expect(marked.length).toBeGreaterThan(3);
      expect(marked.every((m) => /sprachnachricht/i.test(m))).toBe(true);
    });

    it('opens the full results with Enter when no suggestion is chosen', async () => {
      const { page } = await open('entries/');
      await page.locator('#site-search').fill('Datenschutz');
      await page.locator('#site-search').press('Enter');
      await page.waitForURL(site.url('search/?q=Datenschutz'));
      await settled(page);
      expect((await results(page))[0]!.title).toBe('Das Online-Selbst');
    });

    it('closes the suggestions with Escape and keeps what was typed', async () => {
      const { page } = await open('');
      const input = page.locator('#site-search');
      await input.focus();
      await input.pressSequentially('Team');
      await suggestionsFor(page, 'Team');
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-search-popup]').isHidden()).resolves.toBe(true);
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(input.inputValue()).resolves.toBe('Team');
    });

    it('is focused by Ctrl+K, Cmd+K and "/", but "/" typed into a field stays a character', async () => {
      const { page } = await open('entries/signal/');
      const focused = () => page.evaluate(() => document.activeElement?.id);
      await page.keyboard.press('Control+k');
      await expect(focused()).resolves.toBe('site-search');
      await page.locator('h1').click();
      await page.keyboard.press('Meta+k');
      await expect(focused()).resolves.toBe('site-search');
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(focused()).resolves.toBe('site-search');
      await page.keyboard.type('a/b');
      await expect(page.locator('#site-search').inputValue()).resolves.toBe('a/b');
    });

    it('sends the shortcut to the search page’s own field on the search page', async () => {
      const { page } = await search('q=Team');
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-query');
    });
  });

  describe('without JavaScript', () => {
    it('the header search is a plain form that opens /search/, and the search page says it needs JavaScript', async () => {
      const { page } = await open('entries/tiktok/', { javaScript: false });
      await expect(page.locator('form[role="search"]').getAttribute('action')).resolves.toBe('/kb/search/');
      await page.locator('#site-search').fill('Datenschutz');
      await page.locator('#site-search').press('Enter');
      await page.waitForURL(site.url('search/?q=Datenschutz'));
      // Playwright's text and role locators skip <noscript>; CSS finds its content.
      const notice = page.locator('main noscript .card');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toContain('Die Suche braucht JavaScript');
      await expect(notice.locator('a').getAttribute('href')).resolves.toBe('/kb/entries/');
      await expect(page.locator('[data-search-app]').isHidden()).resolves.toBe(true);
    });
  });

  describe('accessibility', () => {
    it.each([
      ['the home page', ''],
      ['an entry', 'entries/sprachnachrichten/'],
      ['the library index', 'entries/'],
      ['the search page with results', 'search/?q=Datenschutz&kind=app'],
      ['the search page without a query', 'search/'],
    ])('has no serious or critical axe violation on %s, in light and dark', async (_name, route) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open(route, { colorScheme });
        if (route.startsWith('search/')) await settled(page);
        expect(await seriousViolations(page), colorScheme).toEqual([]);
      }
    });

    it('has no serious or critical axe violation with the suggestions open, on a phone too', async () => {
      for (const width of [1280, 375]) {
        const { page } = await open('', { width });
        await page.locator('#site-search').focus();
        await page.locator('#site-search').pressSequentially('Signal');
        await suggestionsFor(page, 'Signal');
        await page.keyboard.press('ArrowDown');
        expect(await seriousViolations(page), `${width}px`).toEqual([]);
      }
    });

    it('labels the search fields and announces the number of results politely', async () => {
      const { page } = await search('q=Datenschutz');
      await expect(page.getByRole('search', { name: 'Bibliothek durchsuchen' }).count()).resolves.toBe(1);
      await expect(page.getByRole('search', { name: 'Suche in der Bibliothek' }).count()).resolves.toBe(1);
      await expect(page.getByLabel('Suchbegriff').inputValue()).resolves.toBe('Datenschutz');
      const status = page.locator('[data-search-app] [role="status"]');
      await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
      await expect(status.textContent()).resolves.toMatch(/^\d+ Treffer für „Datenschutz“$/);
    });
  });

  it('works under the base path: every request and every result link stays under /kb/', async () => {
    const { page, requests, found } = await search('q=Signal');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.href.startsWith('/kb/'))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => !u.startsWith(`${site.origin}/kb/`))).toEqual([]);
    expect(requests.some((u) => u.startsWith(`${site.origin}/kb/pagefind/pagefind.js`))).toBe(true);
  });
});
