/**
 * Step 3b: what a reader's browser downloads — an entry page as it loads, then the first
 * search query typed into it. Chromium (headless, through playwright-core) on a
 * loopback server, a fresh profile for every page so nothing comes from a cache.
 */
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../tests/support/server.ts';
import { launch } from '../../tests/support/browser.ts';
import { totals, transfer, type Totals, type Transfer } from './transfer.ts';

export type SearchKind = 'ours' | 'starlight' | 'bare';

export type SearchResult = Totals & { mode: string; files: { path: string; gzip: number }[] };
export type BrowseResult = { pages: Totals[]; search?: SearchResult; searchError?: string; foreign: string[] };

/** Records every same-origin response with its body from the moment `reset` is called. */
function record(page: Page, origin: string) {
  let items: Promise<Transfer | undefined>[] = [];
  let pending = 0;
  let last = Date.now();
  const foreign: string[] = [];
  const documents: number[] = [];
  let fragments = 0;
  page.on('request', (r) => {
    pending++;
    last = Date.now();
    const u = r.url();
    if (u.endsWith('.pf_fragment')) fragments++;
    if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u)) foreign.push(u);
  });
  const done = () => { pending = Math.max(0, pending - 1); last = Date.now(); };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(origin)) return;
    if (response.request().resourceType() === 'document') documents.push(response.status());
    items.push(response.body().then((b) => transfer(url, response.request().resourceType(), b), () => undefined));
  });
  return {
    foreign,
    /** HTTP statuses of the pages loaded so far. */
    documents: () => [...documents],
    reset: () => { items = []; },
    /**
     * Waits until no request has been open for `quietMs`, or `timeoutMs` passed. With
     * `results`, also until the first result's fragment was asked for: on a busy machine
     * the search itself can run longer than the quiet time.
     */
    quiet: async (quietMs = 1500, timeoutMs = 30_000, results = false) => {
      const until = Date.now() + timeoutMs;
      const done = () => pending === 0 && Date.now() - last >= quietMs && (!results || fragments > 0);
      while (Date.now() < until && !done()) await new Promise((r) => setTimeout(r, 100));
    },
    collect: async () => (await Promise.all(items)).filter((t): t is Transfer => t !== undefined),
  };
}

async function loadEntry(browser: Browser, url: string, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const rec = record(page, origin);
  await page.goto(url, { waitUntil: 'load' });
  await rec.quiet();
  return { context, page, rec };
}

/** Types the query the way a reader would; each site's search field is found its own way. */
async function search(kind: SearchKind, page: Page, query: string, results: number): Promise<string> {
  if (kind === 'bare') {
    // The floor has no interface: the Pagefind API, the query, and the data of the first results.
    await page.evaluate(async ({ query, results }) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, results).map((r: { data: () => Promise<unknown> }) => r.data()));
    }, { query, results });
    return `Pagefind API, data of the first ${results} results`;
  }
  if (kind === 'starlight') {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').first().pressSequentially(query, { delay: 60 });
    return 'search dialog';
  }
  await page.locator('#site-search').first().click();
  await page.locator('#site-search').first().pressSequentially(query, { delay: 60 });
  return 'header search field';
}

export type BrowseOptions = {
  dist: string;
  /** Routes of entry pages to weigh, e.g. `/entries/x/`. */
  routes: string[];
  kind: SearchKind;
  query: string;
  /** How many results' data the bare floor loads (what our interface showed, so both fetch the same). */
  results: number;
};

export async function browse({ dist, routes, kind, query, results }: BrowseOptions): Promise<BrowseResult> {
  const server = await serve(dist, '/');
  const browser = await launch();
  const foreign: string[] = [];
  try {
    const pages: Totals[] = [];
    for (const route of routes) {
      const { context, rec } = await loadEntry(browser, server.url(route), server.origin);
      pages.push(totals(await rec.collect()));
      foreign.push(...rec.foreign);
      await context.close();
    }
    const { context, page, rec } = await loadEntry(browser, server.url(routes[0]!), server.origin);
    try {
      rec.reset();
      let mode = await search(kind, page, query, results);
      await rec.quiet(1500, 30_000, true);
      let got = await rec.collect();
      // A search field that only submits: the reader presses Enter and gets the search page.
      if (kind === 'ours' && !got.some((t) => t.kind === 'index')) {
        const before = rec.documents().length;
        await page.keyboard.press('Enter');
        await page.waitForLoadState('load');
        await rec.quiet();
        got = await rec.collect();
        mode = 'header search field, Enter, search page';
        const status = rec.documents()[before];
        if (status !== 200) {
          const why = status === undefined ? 'Enter opened no search page' : `the search page answered ${status}`;
          return { pages, searchError: `typing into the search field loaded no index and ${why}`, foreign: [...foreign, ...rec.foreign] };
        }
      }
      foreign.push(...rec.foreign);
      const files = got.map((t) => ({ path: new URL(t.url).pathname, gzip: t.gzip }));
      return { pages, search: { ...totals(got), mode, files }, foreign };
    } catch (cause) {
      return { pages, searchError: (cause as Error).message.split('\n')[0], foreign };
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
