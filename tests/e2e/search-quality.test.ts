/**
 * Search quality as numbers (`scripts/lib/search-quality.ts`), through the real search
 * page in Chromium on the sample library built under /kb/: precision@3 of the query
 * suite, and precision@5 of the queries that are words inside longer unrelated words
 * ("Hof" in "Hoffmann", "Seite" beside "seit"), of the suite and of the held-out ones,
 * each held at 95% or better. Each test prints its table; `npm run search-eval` prints
 * the same with the splitter's figures.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromePath, INSTALL_HINT, useSampleSite } from '../support/browser.ts';
import { SAMPLE_BASE } from '../support/build.ts';
import type { Served } from '../support/server.ts';
import {
  HELD_OUT_INNER_WORD_QUERIES,
  INNER_WORD_QUERIES,
  innerWordPrecision,
  PRECISION_AT_3,
  PRECISION_AT_5,
  precisionAt3,
  QUERIES,
  withPage,
  type InnerWordCase,
} from '../../scripts/lib/search-quality.ts';

describe.skipIf(!chromePath)(`search quality (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  it(`finds the right page in the top three for at least ${PRECISION_AT_3 * 100}% of ${QUERIES.length} queries`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const { rows, precision, table } = await withPage(browser, (page) => precisionAt3(page, { ...site, base: SAMPLE_BASE }));
    console.info(table);
    expect(precision, rows.filter((r) => !r.hit).map((r) => r.query.query).join(', ')).toBeGreaterThanOrEqual(PRECISION_AT_3);
  }, 180_000);

  const innerWords = (name: string, queries: readonly InnerWordCase[], least: number) =>
    it(`shows pages that have the word in at least ${PRECISION_AT_5 * 100}% of the top five for ${queries.length} ${name}`, async () => {
      expect(queries.length).toBeGreaterThanOrEqual(least);
      const { rows, precision, table } = await withPage(browser, (page) => innerWordPrecision(page, { ...site, base: SAMPLE_BASE }, queries, name));
      console.info(table);
      // Every query has a page with the word: a query without results would measure nothing.
      expect(rows.filter((r) => r.top.length === 0).map((r) => r.query.query)).toEqual([]);
      expect(precision, rows.filter((r) => r.wrong.length).map((r) => `${r.query.query}: ${r.wrong.join(', ')}`).join('; ')).toBeGreaterThanOrEqual(PRECISION_AT_5);
    }, 300_000);
  innerWords('words inside longer words', INNER_WORD_QUERIES, 30);
  innerWords('held-out words inside longer words', HELD_OUT_INNER_WORD_QUERIES, 10);
});
