/**
 * Search quality as numbers, measured through the real search page in Chromium on the
 * sample library (`content/`), for `tests/e2e/search-quality.test.ts` and
 * `npm run search-eval`:
 * - precision@3 of the query suite: queries a reader would type — German and English
 *   words, parts of compounds, inflected forms, mentors' names, glossary words, topics —
 *   each with the page that must be among the first three results;
 * - precision@5 of words inside longer unrelated words: queries that are words of their
 *   own and also the beginning of other words ("Hof" and "Hoffmann", "Zeit" and
 *   "Zeitung"); a result counts when the text of its page has the word, an inflected
 *   form of it, or a compound with it as a part, by a pattern written by hand for each
 *   query.
 */
import type { Browser, Page } from 'playwright-core';

export type Case = { query: string; expect: string; kind: string };

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
export const PRECISION_AT_3 = 0.95;

/**
 * A word that is also the beginning of longer, unrelated words of the sample library,
 * and what on a page counts as that word: its forms and the compounds it is a part of
 * (written by hand; the longer words in the comment do not count).
 */
export type InnerWordCase = { query: string; accept: RegExp };
const inner = (query: string, accept: RegExp): InnerWordCase => ({ query, accept });

export const INNER_WORD_QUERIES: readonly InnerWordCase[] = [
  inner('Ende', /\b(?:ende|enden|endes)\b|wochenende/i), // endlich, endless
  inner('Hand', /\b(?:hand|hände|händen)\b|handgriff|handzeichen|handwerker/i), // Handy, Händler, handle
  inner('Hof', /\b(?:hof|hofs|hofes|höfe)\b/i), // Hoffmann, höflich
  inner('Marke', /\b(?:marke|marken)\b|arbeitgebermarke/i), // Marketing, Marktposition
  inner('Messe', /\b(?:messe|messen)\b/i), // Messenger, messages
  inner('Messen', /\b(?:messe|messen|misst|gemessen)\b/i), // Messenger
  inner('Mode', /\b(?:mode|moden)\b/i), // Moderatorin, moderiert, model
  inner('Not', /\b(?:not|nöte|nöten)\b/i), // Notion, notieren, note, nötig
  inner('Pass', /\b(?:pass|passes|pässe)\b/i), // passiert, passt, passende
  inner('Platte', /\b(?:platte|platten)\b/i), // Plattform
  inner('Rücken', /\b(?:rücken|rückens)\b/i), // Rückmeldung, Rückfragen
  inner('Schule', /\b(?:schule|schulen)\b|berufsschule|schulfreundin/i), // Schulze, Schulter, Schulung
  inner('Seite', /\b(?:seite|seiten)\b|karriereseite|startseite/i), // seit, seitdem, gegenseitig
  inner('Set', /\b(?:set|sets)\b/i), // Setup, setzt
  inner('Stand', /\b(?:stand|stände|ständen|standes)\b|standort/i), // Standard, ständig
  inner('Term', /\b(?:term|terms)\b/i), // Termin
  inner('Zeit', /\b(?:zeit|zeiten)\b|\p{L}+zeit(?:en)?\b|zeitvertreib|zeitversetzt|zeitnah|\p{L}*zeitig\b/iu), // Zeitung, zeigen
  inner('Wirken', /\b(?:wirken|wirkt|wirkte|gewirkt)\b/i), // wirklich
  inner('Gehen', /\b(?:gehen|geht|gehe|ging|gegangen)\b|\p{L}+gehen\b/iu), // Gehalt, gehören, geholfen
  inner('Geben', /\b(?:geben|gibt|gebe|gab|gegeben)\b|\p{L}+geben(?:e[nr]?)?\b|zugeben/iu), // geblieben, gebraucht, Arbeitgeber
  inner('Lösen', /\b(?:lösen|löst|gelöst)\b/i), // löschen, loslassen
  inner('Recht', /\b(?:recht|rechte|rechten|rechts)\b|widerrufsrecht|persönlichkeitsrechte|rechtsabteilung/i), // rechtzeitig, Rechner
  inner('Office', /\boffice\b|homeoffice/i), // official
  inner('Run', /\b(?:run|runs)\b|speedruns/i), // Rundmail, Rundbrief
  inner('Themen', /\b(?:thema|themen|themas)\b/i), // themselves
  inner('Enge', /\b(?:eng|enge|engen|enger|engsten)\b/i), // English, Messenger, anstrengend
  inner('Same', /\bsame\b/i), // sammeln, sample
  inner('Kennen', /\b(?:kennen|kenne|kennt|kannte|gekannt)\b|kennenlern/i), // Kennzahlen
  inner('Bit', /\b(?:bit|bits)\b/i), // bitte, bitten
  inner('Weg', /\b(?:weg|wege|weges)\b|lernwege|unterwegs/i), // weglassen, wegwischst
];

/**
 * Further words of the same kind, added after the 30 above and before the search was
 * tuned on them, so that the figure also shows on queries nobody tuned for; reported
 * on their own by `npm run search-eval` and held to the same goal.
 */
export const HELD_OUT_INNER_WORD_QUERIES: readonly InnerWordCase[] = [
  inner('Feed', /\b(?:feed|feeds)\b/i), // Feedback
  inner('Person', /\b(?:person|personen)\b|\p{L}+personen?\b/iu), // Personal, persönlich
  inner('Kommen', /\b(?:kommen|kommt|komme|kommst|kam|kamen|gekommen)\b|\p{L}+kommen\b/iu), // Kommentare, kommentieren
  inner('Link', /\b(?:link|links)\b|\p{L}+links?\b/iu), // LinkedIn
  inner('Kam', /\b(?:kam|kamen|kamst)\b/i), // Kamera
  inner('Tut', /\b(?:tut|tun|tue|tust)\b/i), // Tutorial
  inner('Fertig', /\bfertig(?:e|en|er|es|em)?\b/i), // Fertigung
  inner('Lust', /\b(?:lust|lüste)\b|\p{L}+lust\b/iu), // lustig
  inner('Hier', /\bhier\b/i), // Hierarchien
  inner('Mist', /\bmist\b/i), // mistake
  inner('Tag', /\b(?:tag|tage|tagen|tages)\b|\p{L}+(?<!hash)tag(?:e|en|es)?\b|\btages\p{L}+/iu), // tags, Hashtag (English)
  inner('Gar', /\bgar\b/i), // garden
  // Words whose Snowball stem is also another, unrelated word's (the kind of miss left in the list above).
  inner('Sicher', /\bsicher(?:e|en|er|es|em|n|heit|heiten)?\b|\p{L}+sicher(?:e|en|er|es|heit|heiten)?\b/iu), // sich
  inner('Ebene', /\bebenen?\b/i), // eben
  inner('Meister', /\bmeister(?:n|s|in|innen)?\b|\p{L}+meister/iu), // meist, meistens
  inner('Lage', /\b(?:lage|lagen)\b|\p{L}+(?<!vor)lagen?\b/iu), // lag; Vorlage
  inner('Teller', /\btellern?\b/i), // tell (English)
  inner('Wer', /\bwer\b/i), // were (English), Werbung, werden
  inner('Stelle', /\bStellen?\b|\b\p{Lu}\p{L}*stellen?\b|\bStellen\p{L}+/u), // stellen (the verb), written small
];

/** Share of the top five results of those queries whose page has the word (issue 17); the test fails below it. */
export const PRECISION_AT_5 = 0.95;

export type Site = { origin: string; url: (route: string) => string; base: string };

/** The first `n` results of a query on the search page, site-relative. */
export async function topResults(page: Page, site: Site, query: string, n: number): Promise<string[]> {
  await page.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => {
    const results = document.querySelector('[data-search-app] [data-search-results]');
    const summary = document.querySelector('[data-search-app] [data-search-summary]')?.textContent;
    const message = document.querySelector<HTMLElement>('[data-search-app] [data-search-message]');
    return results && !results.hasAttribute('aria-busy') && (summary || (message && !message.hidden));
  });
  const hrefs = await page.$$eval('[data-search-results] > li h3 a', (links, count) => links.slice(0, count).map((a) => a.getAttribute('href')!), n);
  return hrefs.map((href) => new URL(href, site.origin).pathname.slice(site.base.length));
}

export type PrecisionRow = { query: Case; top: string[]; hit: boolean };

/** The query suite: each query's top three and whether its page is among them. */
export async function precisionAt3(page: Page, site: Site): Promise<{ rows: PrecisionRow[]; precision: number; table: string }> {
  const rows: PrecisionRow[] = [];
  for (const query of QUERIES) {
    const top = await topResults(page, site, query.query, 3);
    rows.push({ query, top, hit: top.includes(query.expect) });
  }
  const hits = rows.filter((r) => r.hit).length;
  const precision = hits / rows.length;
  const width = Math.max(...rows.map((r) => r.query.query.length));
  const lines = rows.map((r) => `${r.hit ? '✓' : '✗'} ${r.query.kind.padEnd(14)} ${r.query.query.padEnd(width)}  → ${r.query.expect}${r.hit ? '' : `   (top 3: ${r.top.join(', ') || 'none'})`}`);
  const byKind = Map.groupBy(rows, (r) => r.query.kind);
  const kinds = [...byKind].map(([kind, list]) => `${kind} ${list.filter((r) => r.hit).length}/${list.length}`).join(', ');
  return { rows, precision, table: `${lines.join('\n')}\n\nprecision@3: ${(precision * 100).toFixed(1)}% (${hits}/${rows.length}; ${kinds})` };
}

export type InnerRow = { query: InnerWordCase; top: string[]; wrong: string[] };

/** The words inside longer words: each query's top five and those of them whose page lacks the word. */
export async function innerWordPrecision(
  page: Page,
  site: Site,
  queries: readonly InnerWordCase[] = INNER_WORD_QUERIES,
  label = 'words inside longer words',
): Promise<{ rows: InnerRow[]; precision: number; table: string }> {
  const texts = new Map<string, string>();
  const textOf = async (route: string) => {
    if (!texts.has(route)) {
      await page.goto(site.url(route));
      texts.set(route, await page.$eval('[data-pagefind-body]', (body) => (body as HTMLElement).innerText));
    }
    return texts.get(route)!;
  };
  const rows: InnerRow[] = [];
  for (const query of queries) {
    const top = await topResults(page, site, query.query, 5);
    const wrong: string[] = [];
    for (const route of top) if (!query.accept.test(await textOf(route))) wrong.push(route);
    rows.push({ query, top, wrong });
  }
  const shown = rows.reduce((n, r) => n + r.top.length, 0);
  const right = shown - rows.reduce((n, r) => n + r.wrong.length, 0);
  const precision = shown ? right / shown : 0;
  const width = Math.max(...rows.map((r) => r.query.query.length));
  const lines = rows.map((r) => `${r.wrong.length ? '✗' : '✓'} ${r.query.query.padEnd(width)}  ${r.top.length - r.wrong.length}/${r.top.length}${r.wrong.length ? `   (without the word: ${r.wrong.join(', ')})` : ''}`);
  const empty = rows.filter((r) => r.top.length === 0).map((r) => r.query.query);
  return {
    rows,
    precision,
    table: `${lines.join('\n')}\n\nprecision@5 of ${label}: ${(precision * 100).toFixed(1)}% (${right}/${shown} results of ${rows.length} queries${empty.length ? `; no result: ${empty.join(', ')}` : ''})`,
  };
}

/** Opens a page in a fresh context of `browser`, runs `use`, and closes it. */
export async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}
