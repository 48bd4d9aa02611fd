/**
 * Finds Debian's (or any installed) Chromium and launches it headless the way this
 * workplace needs. Where none is installed, browser tests are skipped with the
 * command that installs it — never passed silently.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromePath, INSTALL_HINT, launch } from '../../scripts/lib/chromium.ts';
import { SAMPLE_BASE, SAMPLE_SITE } from './build.ts';
import { serve, type Served } from './server.ts';

export { chromePath, INSTALL_HINT, launch };

if (!chromePath) console.warn(`[e2e] skipped: ${INSTALL_HINT}`);

/** Collects console errors and requests to other origins while a page is used. */
export function watch(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u); });
  return { consoleErrors, foreignRequests };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, not as a <script> the page's Content-Security-Policy would refuse.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const htmlcsSource = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * Runs HTML_CodeSniffer (the engine behind pa11y's default runner) at WCAG 2.1 AA on
 * the page; returns its errors (not its warnings and notices, which ask a person to
 * check something), each as "code: message (element)".
 */
export async function codeSnifferErrors(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: htmlcsSource });
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    type Message = { type: number; code: string; msg: string; element: Element };
    const htmlcs = (window as unknown as { HTMLCS: { process: (standard: string, root: Document, done: () => void, failed: () => void) => void; getMessages: () => Message[] } }).HTMLCS;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    };
    htmlcs.process('WCAG2AA', document, () => {
      // Type 1 is an error; 2 a warning, 3 a notice.
      resolve(htmlcs.getMessages().filter((m) => m.type === 1).map((m) => `${m.code}: ${m.msg} (${describe(m.element)})`));
    }, () => reject(new Error('HTML_CodeSniffer failed to run')));
  }));
}

/**
 * Serves the sample site and launches Chromium once for a `describe` block, and
 * hands both to the caller; both are closed after the block.
 */
export function useSampleSite(ready: (browser: Browser, site: Served) => void) {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    site = await serve(SAMPLE_SITE, SAMPLE_BASE);
    browser = await launch();
    ready(browser, site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}
