/**
 * Search quality as a number: a table of queries a reader would type — German and
 * English words, parts of compounds, inflected forms, mentors' names, glossary words,
 * topics — each with the page that must be among the first three results. Every query
 * runs through the real search page in Chromium, on the sample library built under
 * /kb/; the test prints the table and precision@3 (the share of queries whose page is
 * in the top three) and holds it at 95% or better.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, useSampleSite } from '../support/browser.ts';
import type { Served } from '../support/server.ts';

type Case = { query: string; expect: string; kind: string };

const c = (kind: string) => (query: string, expect: string): Case => ({ query, expect, kind });
const word = c('German word');
const part = c('compound part');
const form = c('inflection');
const english = c('English');
const mentor = c('mentor');
const glossary = c('glossary');
const topic = c('topic');

/** The page (site-relative, without the base) that must be in the top three. */
export const QUERIES: readonly Case[] = [
  word('Datenschutz', 'entries/das-online-selbst/'),
  word('Gehaltstransparenz', 'entries/gehaltstransparenz/'),
  word('Erreichbarkeit', 'entries/erreichbarkeit-und-grenzen/'),
  word('Jahresgespräch', 'entries/feedback-statt-jahresgespraech/'),
  word('Weiterbildung', 'entries/weiterbildung-on-demand/'),
  word('Chatbots', 'entries/ki-chatbots-im-alltag/'),
  word('Hochglanz', 'entries/authentizitaet-statt-hochglanz/'),
  word('Authentizität', 'entries/authentizitaet-statt-hochglanz/'),
  word('mentale Gesundheit', 'entries/mental-health-offen/'),
  word('Memes', 'entries/memes-als-sprache/'),
  word('Erste Schritte', 'paths/erste-schritte/'),
  part('Schutz', 'entries/das-online-selbst/'),
  part('Transparenz', 'entries/gehaltstransparenz/'),
  part('Gespräch', 'entries/feedback-statt-jahresgespraech/'),
  part('Bildung', 'entries/weiterbildung-on-demand/'),
  part('Nachrichten', 'entries/sprachnachrichten/'),
  part('Video', 'entries/kurzvideo-lernen/'),
  part('Gehalt', 'entries/gehaltstransparenz/'),
  part('Kanäle', 'entries/whatsapp-kanaele/'),
  part('Shopping', 'entries/live-shopping/'),
  form('Sprachnachricht', 'entries/sprachnachrichten/'),
  form('Anrufen', 'entries/sprachnachrichten/'),
  form('Grenze', 'entries/erreichbarkeit-und-grenzen/'),
  form('Freund', 'entries/close-friends-statt-oeffentlich/'),
  form('Kurzvideo', 'entries/kurzvideo-lernen/'),
  form('Arbeiten', 'entries/flexibles-arbeiten/'),
  english('psychological safety', 'entries/psychological-safety/'),
  english('punishing', 'entries/psychological-safety/'),
  english('communities', 'entries/discord/'),
  english('voice messages', 'entries/sprachnachrichten/'),
  english('creator economy', 'entries/creator-economy/'),
  english('influencers', 'entries/de-influencing/'),
  mentor('Emily Carter', 'mentors/emily-carter/'),
  mentor('Noah Becker', 'mentors/noah-becker/'),
  mentor('Jonas Yilmaz', 'mentors/jonas-yilmaz/'),
  mentor('Lena Hoffmann', 'mentors/lena-hoffmann/'),
  mentor('Mia Schulze', 'mentors/mia-schulze/'),
  mentor('Aylin Kaya', 'mentors/aylin-kaya/'),
  mentor('Finn Wagner', 'mentors/finn-wagner/'),
  glossary('Sprachi', 'entries/sprachnachrichten/'),
  glossary('FOMO', 'entries/erreichbarkeit-und-grenzen/'),
  glossary('cringe', 'entries/memes-als-sprache/'),
  glossary('FYP', 'entries/tiktok/'),
  glossary('Brainrot', 'entries/youtube-shorts/'),
  glossary('Direktnachricht', 'entries/instagram-stories/'),
  glossary('Quiet Quitting', 'entries/sinn-und-purpose/'),
  glossary('Safe Space', 'entries/psychological-safety/'),
  topic('Gaming', 'entries/twitch/'),
  topic('Social Commerce', 'entries/live-shopping/'),
  topic('Live-Streaming', 'entries/clubhouse/'),
  topic('Mental Health', 'entries/mental-health-offen/'),
  topic('Employer Branding', 'entries/tiktok/'),
  topic('Purpose', 'entries/sinn-und-purpose/'),
];

/** Share of queries whose page is in the top three results. */
const PRECISION_AT_3 = 0.95;

describe.skipIf(!chromePath)(`search quality (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  /** The first three result pages of a query on the search page, site-relative. */
  async function topThree(page: Page, query: string): Promise<string[]> {
    await page.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
    await page.waitForFunction(() => {
      const results = document.querySelector('[data-search-app] [data-search-results]');
      const summary = document.querySelector('[data-search-app] [data-search-summary]')?.textContent;
      const message = document.querySelector<HTMLElement>('[data-search-app] [data-search-message]');
      return results && !results.hasAttribute('aria-busy') && (summary || (message && !message.hidden));
    });
    const hrefs = await page.$$eval('[data-search-results] > li h3 a', (links) => links.slice(0, 3).map((a) => a.getAttribute('href')!));
    return hrefs.map((href) => new URL(href, site.origin).pathname.replace(/^\/kb\//, ''));
  }

  it(`finds the right page in the top three for at least ${PRECISION_AT_3 * 100}% of ${QUERIES.length} queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const page = await browser.newPage();
    const rows: { query: Case; top: string[]; hit: boolean }[] = [];
    for (const query of QUERIES) {
      const top = await topThree(page, query.query);
      rows.push({ query, top, hit: top.includes(query.expect) });
    }
    await page.close();

    const hits = rows.filter((r) => r.hit).length;
    const precision = hits / rows.length;
    const width = Math.max(...rows.map((r) => r.query.query.length));
    const table = rows.map((r) => `${r.hit ? '✓' : '✗'} ${r.query.kind.padEnd(14)} ${r.query.query.padEnd(width)}  → ${r.query.expect}${r.hit ? '' : `   (top 3: ${r.top.join(', ') || 'none'})`}`);
    const byKind = Map.groupBy(rows, (r) => r.query.kind);
    const kinds = [...byKind].map(([kind, list]) => `${kind} ${list.filter((r) => r.hit).length}/${list.length}`).join(', ');
    console.info(`${table.join('\n')}\n\nprecision@3: ${(precision * 100).toFixed(1)}% (${hits}/${rows.length}; ${kinds})`);
    expect(precision, rows.filter((r) => !r.hit).map((r) => r.query.query).join(', ')).toBeGreaterThanOrEqual(PRECISION_AT_3);
  }, 180_000);
});
