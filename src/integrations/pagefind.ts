/**
 * Builds the search index after `astro build`, into the build's own output folder,
 * with Pagefind's Node API: one bundle per content language (`pagefind/de/`,
 * `pagefind/en/`), each stemmed in its language. The browser searches both bundles
 * at once (see `src/scripts/search/engine.ts`). Running inside the build, rather than
 * as a second command after it, means every build — `npm run build`, the tests'
 * builds, the benchmark — has an index that matches its pages and its base path.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareForIndex, urlOfFile, type IndexedPage } from '../lib/search/index-pages.ts';

/** Files Pagefind writes for its own UIs and its web worker; the site's search uses neither. */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$|^pagefind-worker\.js$/;

export type SearchIndexOptions = {
  /** Language of pages that declare none (the `<html lang>` normally does). */
  defaultLanguage: string;
};

export default function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), options, logger);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function ensureOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)}s`;

export async function buildSearchIndex(outDir: string, options: SearchIndexOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundleRoot = path.join(outDir, 'pagefind');
  try {
    const files = await htmlFiles(outDir);
    const built = await Promise.all(files.map(async (file) => ({ url: urlOfFile(path.relative(outDir, file)), html: await readFile(file, 'utf8') })));
    const pages = prepareForIndex(built, { defaultLanguage: options.defaultLanguage });
    const byLanguage = Map.groupBy(pages, (page) => page.language);
    logger.info(`${pages.length} of ${files.length} pages to index; compound parts added to ${pages.filter((p) => p.parts.length).length} (${seconds(started)})`);

    await rm(bundleRoot, { recursive: true, force: true });
    for (const [language, group] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
      await writeBundle(language, group, path.join(bundleRoot, language));
      logger.info(`pagefind/${language}/: ${group.length} pages, stemmed as "${language}" (${seconds(started)})`);
    }
  } catch (error) {
    await rm(bundleRoot, { recursive: true, force: true });
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

async function writeBundle(language: string, pages: readonly IndexedPage[], outputPath: string) {
  const { index } = ensureOk(await pagefind.createIndex({ forceLanguage: language }), `start an index for "${language}"`);
  if (!index) throw new Error(`Pagefind returned no index for "${language}"`);
  for (const page of pages) ensureOk(await index.addHTMLFile({ url: page.url, content: page.content }), `index ${page.url}`);
  ensureOk(await index.writeFiles({ outputPath }), `write ${outputPath}`);
  await index.deleteIndex();
  for (const name of await readdir(outputPath)) if (UNUSED.test(name)) await rm(path.join(outputPath, name));
}
