/**
 * Both UI languages of one build: every internal link and file reference of every
 * page resolves to a file of the build, and the language switcher of every page type
 * leads to the same page in the other UI and back — by keyboard, with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, seriousViolations, useSampleSite, watch } from '../support/browser.ts';
import { SAMPLE_BASE, SAMPLE_SITE } from '../support/build.ts';
import type { Served } from '../support/server.ts';

/** Every HTML file of the build, relative to its root. */
function htmlFiles(dir = SAMPLE_SITE): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(SAMPLE_SITE, path.join(d.parentPath, d.name)))
    .filter((f) => !f.startsWith('admin/'));
}

/** The internal references of a page: href, src and srcset values that stay on this site. */
function references(html: string, origin: string): string[] {
  const found: string[] = [];
  for (const [, attr, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    const values = attr === 'srcset' ? value!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value!];
    for (const v of values) {
      const decoded = v.replace(/&amp;/g, '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(decoded) && !decoded.startsWith(origin)) continue;
      found.push(decoded.startsWith(origin) ? decoded.slice(origin.length) : decoded);
    }
  }
  return found;
}

/** The built file a root-relative URL opens, or undefined. */
function fileOf(url: string): string | undefined {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (!pathname.startsWith(SAMPLE_BASE)) return undefined;
  const file = path.join(SAMPLE_SITE, pathname.slice(SAMPLE_BASE.length));
  const candidate = pathname.endsWith('/') ? path.join(file, 'index.html') : file;
  return existsSync(candidate) ? candidate : undefined;
}

const ORIGIN = 'https://intranet.example.com';

describe('links over both UIs', () => {
  it('builds every page in German at the root and in English under /en/', () => {
    const files = htmlFiles();
    const root = files.filter((f) => !f.startsWith('en/') && f !== '404.html').map((f) => f);
    const english = files.filter((f) => f.startsWith('en/')).map((f) => f.slice(3));
    expect(english.sort()).toEqual([...root, '404/index.html'].sort());
    expect(readFileSync(path.join(SAMPLE_SITE, 'en/index.html'), 'utf8')).toMatch(/<html lang="en"/);
    expect(readFileSync(path.join(SAMPLE_SITE, 'index.html'), 'utf8')).toMatch(/<html lang="de"/);
  });

  it('finds no broken internal link or file reference on any page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(path.join(SAMPLE_SITE, file), 'utf8');
      for (const ref of references(html, ORIGIN)) {
        checked++;
        const absolute = ref.startsWith('/') ? ref : new URL(ref, `http://x${SAMPLE_BASE}${file.replace(/index\.html$/, '')}`).pathname;
        if (!fileOf(absolute)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });

  it('shows the browser editor in the guide of either UI, as this site has one', () => {
    for (const [file, login, section, screenshots] of [['contribute/index.html', 'Mit GitHub einloggen', 'im-browser-schreiben', 7], ['en/contribute/index.html', 'Login with GitHub', 'writing-in-the-browser', 0]] as const) {
      const html = readFileSync(path.join(SAMPLE_SITE, file), 'utf8');
      expect(html, file).toContain('<code>/admin/</code>');
      expect(html, file).toContain(login);
      expect(html, file).toContain(`id="${section}"`);
      // The screenshots show the German editor; the English half names its English words instead.
      const images = html.match(/<img [^>]*src="\/kb\/[^"]+"/g)?.length ?? 0;
      if (screenshots) expect(images, file).toBeGreaterThanOrEqual(screenshots);
      else expect(images, file).toBe(0);
    }
  });

  it('writes an RSS feed per UI language, each linking into its own UI', () => {
    const de = readFileSync(path.join(SAMPLE_SITE, 'rss.xml'), 'utf8');
    const en = readFileSync(path.join(SAMPLE_SITE, 'en/rss.xml'), 'utf8');
    expect(de).toContain('<language>de</language>');
    expect(en).toContain('<language>en</language>');
    expect(de).toMatch(new RegExp(`<link>${ORIGIN}/kb/entries/[a-z0-9-]+/</link>`));
    expect(en).toMatch(new RegExp(`<link>${ORIGIN}/kb/en/entries/[a-z0-9-]+/</link>`));
    expect(en).not.toMatch(new RegExp(`<link>${ORIGIN}/kb/entries/`));
  });
});

const first = (folder: string) => readdirSync(path.join(SAMPLE_SITE, folder), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0]!;

/** One page of every page type, as a route below the base path and the UI prefix. */
const PAGE_TYPES = (): [string, string][] => [
  ['home', ''],
  ['library', 'entries/'],
  ['entry', 'entries/tiktok/'],
  ['apps', 'apps/'], ['trends', 'trends/'], ['values', 'values/'],
  ['tags', 'tags/'], ['tag', `tags/${first('tags')}/`],
  ['goals', 'goals/'], ['goal', `goals/${first('goals')}/`],
  ['mentors', 'mentors/'], ['mentor', `mentors/${first('mentors')}/`],
  ['paths', 'paths/'], ['path', `paths/${first('paths')}/`],
  ['radar', 'radar/'], ['glossary', 'glossary/'],
  ['digests', 'digests/'], ['digest', `digests/${first('digests')}/`],
  ['search', 'search/'], ['contribute', 'contribute/'], ['program', 'program/'],
];

describe.skipIf(!chromePath)(`the language switcher (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  /** Reaches the switcher's link with Tab from the top of the page, follows it with Enter; returns where it led. */
  async function follow(url: string, to: 'de' | 'en') {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const heads = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
    let tabs = 0;
    while (tabs++ < 20) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((l) => document.activeElement?.getAttribute('data-locale-link') === l, to)) break;
    }
    expect(tabs, `${url}: switcher not reached by keyboard`).toBeLessThan(20);
    await Promise.all([page.waitForURL((u) => u.href !== url), page.keyboard.press('Enter')]);
    const result = { url: page.url(), lang: await page.getAttribute('html', 'lang'), heads, status: 0 };
    await context.close();
    return result;
  }

  it('leads from every page type to the same page in the other UI and back, by keyboard without JavaScript', async () => {
    for (const [name, route] of PAGE_TYPES()) {
      const de = site.url(route);
      const en = site.url(`en/${route}`);
      const there = await follow(de, 'en');
      expect(there.heads, name).toEqual(['de', 'en', 'x-default']);
      expect([name, there.url, there.lang]).toEqual([name, en, 'en']);
      const back = await follow(en, 'de');
      expect([name, back.url, back.lang]).toEqual([name, de, 'de']);
    }
  }, 300_000);

  it('leads from an entry to its translation in the other UI, and from a page not found to the other home page', async () => {
    expect((await follow(site.url('entries/sprachnachrichten/'), 'en')).url).toBe(site.url('en/entries/voice-messages/'));
    expect((await follow(site.url('en/entries/voice-messages/'), 'de')).url).toBe(site.url('entries/sprachnachrichten/'));
    expect((await follow(site.url('no-such-page/'), 'en')).url).toBe(site.url('en/'));
    expect((await follow(site.url('en/404/'), 'de')).url).toBe(site.url(''));
  }, 120_000);

  it('takes the chosen filters along to the same page in the other UI (with JavaScript), not to a translation', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('radar/'));
    // Chosen after the page opened: the page changes its query without reloading.
    await page.evaluate(() => history.replaceState(null, '', '?level=pro'));
    await Promise.all([page.waitForURL((u) => u.pathname.includes('/en/')), page.click('a[data-locale-link="en"]')]);
    expect(page.url()).toBe(site.url('en/radar/?level=pro'));
    await page.goto(site.url('entries/sprachnachrichten/?level=pro'));
    await Promise.all([page.waitForURL((u) => u.pathname.includes('/en/')), page.click('a[data-locale-link="en"]')]);
    expect(page.url()).toBe(site.url('en/entries/voice-messages/'));
    await page.close();
  }, 120_000);

  it('marks an entry in the other language and offers its translation, in the UI’s words', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('en/entries/sprachnachrichten/'));
    await expect(page.getAttribute('article[data-pagefind-body]', 'lang')).resolves.toBe('de');
    await expect(page.locator('[data-lang-notice]').innerText()).resolves.toBe('This entry is written in German. Also in English');
    await expect(page.getAttribute('[data-lang-notice]', 'lang')).resolves.toBe('en');
    await page.goto(site.url('entries/voice-messages/'));
    await expect(page.locator('[data-lang-notice]').innerText()).resolves.toBe('Dieser Eintrag ist auf Englisch geschrieben. Auch auf Deutsch');
    await page.locator('[data-translation-link]').click();
    expect(page.url()).toBe(site.url('entries/sprachnachrichten/'));
    await page.close();
  });
});

// The pages of one entry, profile or path: `page/` holds the library's further result pages.
const folders = (folder: string) =>
  readdirSync(path.join(SAMPLE_SITE, folder), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').map((d) => d.name);

describe('one search index for both UIs', () => {
  it('holds each entry, profile and path once: the root UI’s copy', () => {
    const entry = JSON.parse(readFileSync(path.join(SAMPLE_SITE, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(folders('entries').length + folders('mentors').length + folders('paths').length);
    // The English copies exist, but nothing of them reaches the index.
    expect(folders('en/entries').sort()).toEqual(folders('entries').sort());
  });
});

describe.skipIf(!chromePath)(`search from either UI (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  const settled = (page: Page) =>
    page.waitForFunction(() => {
      const results = document.querySelector('[data-search-app] [data-search-results]');
      const summary = document.querySelector('[data-search-app] [data-search-summary]')?.textContent;
      return results && !results.hasAttribute('aria-busy') && summary;
    });

  async function search(prefix: string, query: string) {
    const page = await browser.newPage();
    const seen = watch(page, site.origin);
    await page.goto(site.url(`${prefix}search/?q=${encodeURIComponent(query)}`));
    await settled(page);
    const hrefs = await page.$$eval('[data-search-results] > li h3 a', (as) => as.map((a) => a.getAttribute('href')!.split('?')[0]!));
    const summary = (await page.locator('[data-search-summary]').textContent())!;
    const langLabels = await page.$$eval('[data-search-app] fieldset[data-facet="lang"] [data-option]', (ls) => ls.map((l) => l.textContent!.replace(/\d+\s*$/, '').trim()));
    await page.close();
    expect(seen.consoleErrors).toEqual([]);
    return { hrefs, summary, langLabels };
  }

  it('finds each text once from either UI, opens it in that UI, and speaks the UI’s language', async () => {
    for (const [prefix, counted, labels] of [['', /^\d+ Treffer für „/, ['Deutsch', 'Englisch']], ['en/', /^\d+ results? for “/, ['German', 'English']]] as const) {
      for (const query of ['Sprachnachrichten', 'voice messages', 'Schutz', 'psychological safety', 'Emily Carter']) {
        const { hrefs, summary, langLabels } = await search(prefix, query);
        expect(hrefs.length, `${prefix}${query}`).toBeGreaterThan(0);
        expect(new Set(hrefs).size, `${prefix}${query}: ${hrefs.join(' ')}`).toBe(hrefs.length);
        for (const href of hrefs) expect(href, `${prefix}${query}`).toMatch(new RegExp(`^${SAMPLE_BASE}${prefix}(entries|mentors|paths)/[a-z0-9-]+/$`));
        expect(summary).toMatch(counted);
        expect(langLabels).toEqual(labels);
      }
      const both = (await search(prefix, 'voice messages')).hrefs;
      expect(both).toEqual(expect.arrayContaining([`${SAMPLE_BASE}${prefix}entries/voice-messages/`, `${SAMPLE_BASE}${prefix}entries/sprachnachrichten/`]));
      // A German compound is still found by its part, from the English UI too.
      expect((await search(prefix, 'Schutz')).hrefs).toContain(`${SAMPLE_BASE}${prefix}entries/das-online-selbst/`);
    }
  }, 300_000);
});

describe.skipIf(!chromePath)(`accessibility in both UIs (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  it('has no serious axe violation on any page type, German or English', async () => {
    const found: string[] = [];
    for (const [name, route] of [...PAGE_TYPES(), ['translated entry', 'entries/voice-messages/'], ['page not found', '404/']] as [string, string][]) {
      for (const prefix of ['', 'en/']) {
        const target = route === '404/' && prefix === '' ? 'no-such-page/' : `${prefix}${route}`;
        const page = await browser.newPage();
        await page.goto(site.url(target));
        for (const v of await seriousViolations(page)) found.push(`${name} (${prefix || 'de'}): ${v}`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
});
