/**
 * Builds a small fixture library under a base path with the real `astro build`
 * and checks the rendered site: routes, drafts, links, language marks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TMP, buildSite } from '../support/build.ts';

const OUT = path.join(TMP, 'fixture-kb');
const BASE = '/kb/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}
const page = (route: string) => readFileSync(path.join(OUT, route, 'index.html'), 'utf8');

describe('a fixture library built under /kb/', () => {
  beforeAll(async () => {
    // The single-language site (SITE_LOCALES=de) keeps today's URLs; both UIs are built from the sample (locales.test.ts).
    await buildSite({ outDir: OUT, base: BASE, contentDir: 'tests/fixtures/library', env: { ASTRO_CACHE_DIR: path.join(TMP, 'cache-fixture'), SITE_LOCALES: 'de' } });
  });

  it.each([
    '', 'entries', 'entries/gruppen-chats', 'entries/short-video-en', 'apps', 'trends', 'values', 'tags', 'tags/messenger',
    'goals', 'goals/recruiting', 'mentors', 'mentors/pia-neu', 'mentors/sam-test', 'paths', 'paths/start', 'glossary', 'contribute',
  ])('renders /kb/%s', (route) => {
    expect(existsSync(path.join(OUT, route, 'index.html'))).toBe(true);
  });

  it('shows the mentors\' guide on /contribute/ in the site\'s language only, without the editor this site does not have', () => {
    const html = page('contribute');
    expect(html).toContain('id="auf-einen-blick"');
    expect(html).toContain('Neuen Eintrag vorschlagen');
    expect(html).not.toContain('id="at-a-glance"');
    expect(html).not.toContain('Contributing (English)');
    // The browser editor's section, its screenshots and the words that point to /admin/ are left out (locales.test.ts shows them on a site with the editor).
    expect(html).not.toMatch(/\/admin\/|Mit GitHub einloggen|im-browser-schreiben|docs\/images\/editor|<img /);
  });

  it('has no editor without editor settings: no /admin/ and no editor code', () => {
    expect(existsSync(path.join(OUT, 'admin'))).toBe(false);
    // The guide may mention /admin/ and Decap; no page links to it or loads editor code.
    for (const file of htmlFiles(OUT)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/href="\/kb\/admin\/|admin\/editor\.js/);
  });

  it('dates the "propose a new entry" template by the build day, so the next digest announces it', () => {
    const href = /href="(https:\/\/github\.com\/[^"]+\/new\/[^"]+)"/.exec(page('contribute'))?.[1];
    expect(href).toBeDefined();
    const link = new URL(href!.replaceAll('&amp;', '&'));
    expect(link.pathname).toBe('/example-company/trend-library/new/main/content/entries');
    // The build's day is TEST_EPOCH, 2026-12-01.
    expect(link.searchParams.get('value')).toMatch(/^published: 2026-12-01$/m);
  });

  it('renders a 404 page', () => {
    expect(existsSync(path.join(OUT, '404.html'))).toBe(true);
  });

  it('leaves drafts out of every page, list and link', () => {
    expect(existsSync(path.join(OUT, 'entries/geheimer-entwurf'))).toBe(false);
    for (const file of htmlFiles(OUT)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/geheimer-entwurf|Geheimer Entwurf/);
  });

  it('shows a new entry with a new mentor on the library index and its kind, tag, goal and mentor pages', () => {
    for (const route of ['entries', 'trends', 'tags/messenger', 'tags/privacy', 'goals/recruiting', 'mentors/pia-neu']) {
      expect(page(route), route).toContain('/kb/entries/gruppen-chats/');
    }
    expect(page('apps')).not.toContain('/kb/entries/gruppen-chats/');
  });

  it('resolves every internal link and asset to a file of the build, all under the base path', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(OUT)) {
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
        if (!url || /^(https?:|mailto:|data:)/.test(url)) continue;
        if (!url.startsWith(BASE)) { broken.push(`${path.relative(OUT, file)} → ${url} (outside ${BASE})`); continue; }
        const target = path.join(OUT, url.slice(BASE.length));
        const exists = url.endsWith('/') ? existsSync(path.join(target, 'index.html')) : existsSync(target);
        if (!exists) broken.push(`${path.relative(OUT, file)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('walks a learning path with previous and next, skipping drafts', () => {
    const html = page('entries/gruppen-chats');
    expect(html).toMatch(/rel="next" href="\/kb\/entries\/short-video-en\/"/);
    expect(page('entries/short-video-en')).toMatch(/rel="prev" href="\/kb\/entries\/gruppen-chats\/"/);
  });

  it('marks English content with lang="en" on a German site', () => {
    expect(page('')).toMatch(/<html lang="de"/);
    expect(page('entries/short-video-en')).toMatch(/<article[^>]*lang="en"/);
  });

  it('shows a review notice only on entries past their review date', () => {
    expect(page('entries/short-video-en')).toContain('data-stale-notice');
    expect(page('entries/gruppen-chats')).not.toContain('data-stale-notice');
  });

  it('renders the author components and a video that loads nothing before consent', () => {
    const html = page('entries/short-video-en');
    expect(html).not.toMatch(/<iframe/);
    expect(html).toContain('data-video-load');
    expect(page('entries/gruppen-chats')).toContain('Selbst ausprobieren');
  });

  it('says on mentor pages that the sample mentors are fictional', () => {
    expect(page('mentors/pia-neu')).toContain('data-fictional-notice');
  });

  it('links every entry to its file in the repository editor', () => {
    expect(page('entries/gruppen-chats')).toMatch(/href="https:\/\/github\.com\/[^"]+\/edit\/main\/tests\/fixtures\/library\/entries\/gruppen-chats\.mdx"/);
  });

  it('with SITE_LOCALES=de is the single-language site: no /en/, no language switch, no hreflang, one feed', () => {
    expect(existsSync(path.join(OUT, 'en'))).toBe(false);
    expect(existsSync(path.join(OUT, 'rss.xml'))).toBe(true);
    for (const route of ['', 'entries', 'entries/gruppen-chats']) {
      expect(page(route)).not.toContain('data-locale-switcher');
      expect(page(route)).not.toContain('hreflang=');
    }
  });

  it('loads nothing from another origin', () => {
    for (const file of htmlFiles(OUT)) {
      const html = readFileSync(file, 'utf8');
      // `<link rel="alternate" hreflang>` names the page in the other UI with its full address, as hreflang wants; nothing loads it.
      expect(html.replace(/<link rel="alternate" hreflang="[^"]+" href="[^"]+">/g, ''), file).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)="https?:\/\//);
    }
  });
});

describe('a library with a content error', () => {
  // A build, maybe after waiting for another one (the build lock): the 30 s default is too short.
  it('stops the build and names the file, the field, what was found and a suggestion', async () => {
    const error = await buildSite({ outDir: path.join(TMP, 'broken'), contentDir: 'tests/fixtures/broken-library', env: { ASTRO_CACHE_DIR: path.join(TMP, 'cache-broken') } }).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain('tests/fixtures/broken-library/entries/gruppen-chats.mdx');
    // The message names the tags file of the library that was built, not the sample's.
    expect(error!.message).toContain('tags[1]: erwartet eine Themen-ID aus tests/fixtures/broken-library/tags.yaml, gefunden "privcy" – meinten Sie „privacy“?');
  }, 240_000);
});
