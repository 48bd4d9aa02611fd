/**
 * Two accessibility engines over every page type of the sample site, in light and
 * dark: axe (no serious or critical violation) and HTML_CodeSniffer at WCAG 2.1 AA
 * (no error). They disagree often enough that one alone lets problems through.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromePath, codeSnifferErrors, INSTALL_HINT, seriousViolations, useSampleSite } from '../support/browser.ts';
import type { Served } from '../support/server.ts';

/** One page of each type; the search page with a query and a filter, so its results and filters are there. */
const PAGES = [
  ['home', ''],
  ['entry', 'entries/sprachnachrichten/'],
  ['library', 'entries/'],
  ['library, second page', 'entries/page/2/'],
  ['kind', 'apps/'],
  ['topics', 'tags/'],
  ['topic', 'tags/messenger/'],
  ['goals', 'goals/'],
  ['goal', 'goals/customer-communication/'],
  ['mentors', 'mentors/'],
  ['mentor', 'mentors/lena-hoffmann/'],
  ['paths', 'paths/'],
  ['path', 'paths/erste-schritte/'],
  ['glossary', 'glossary/'],
  ['search', 'search/?q=Datenschutz&kind=app'],
  ['radar', 'radar/'],
  ['radar, filtered in the browser', 'radar/?level=starter'],
  ['radar cell', 'radar/value/everyday/'],
  ['digests', 'digests/'],
  ['digest', 'digests/1/'],
  ['contribute', 'contribute/'],
  ['program', 'program/'],
  ['not found', 'no-such-page/'],
] as const;

describe.skipIf(!chromePath)(`accessibility of every page type (${chromePath ? 'Chromium' : INSTALL_HINT})`, () => {
  let browser: Browser;
  let site: Served;
  useSampleSite((b, s) => ((browser = b), (site = s)));

  it.each(PAGES)('%s: no HTML_CodeSniffer error (WCAG 2.1 AA) and no serious axe violation, light and dark', async (_name, route) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The engines are injected as inline scripts, which a Content-Security-Policy rightly refuses; only these checks bypass it.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site.url(route), { waitUntil: 'networkidle' });
      expect(await codeSnifferErrors(page), `HTML_CodeSniffer, ${colorScheme}`).toEqual([]);
      expect(await seriousViolations(page), `axe, ${colorScheme}`).toEqual([]);
      await context.close();
    }
  }, 240_000);
});
