/**
 * Builds the search index after `astro build`, into the build's own output folder
 * (`pagefind/`), with Pagefind's Node API. Running inside the build, rather than as a
 * second command after it, means every build — `npm run build`, the tests' builds,
 * the benchmark — has an index that matches its pages and its base path.
 *
 * Pagefind reads the built pages itself (`addDirectory`), as its command line does:
 * what search knows beyond a page's text (compound parts, glossary spellings, stems,
 * filters, the date to sort by) is already in the page, written at render time through
 * Pagefind's own attributes (`src/components/SearchMeta.astro`).
 *
 * One index for all languages, stemmed in the site's language: a reader's first query
 * then downloads one Pagefind runtime and one index chunk per word, and scores of
 * German and English pages are comparable. Pages in another language carry their own
 * stems and are searched with a query stemmed in their language (`src/lib/search/query.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { routes } from '../lib/url.ts';

/** Files Pagefind writes for its own UIs and its web worker; the site's search uses neither. */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$|^pagefind-worker\.js$/;

/**
 * The pages that have a `data-pagefind-body`: entries, mentor profiles and learning
 * paths. Pagefind would skip the others anyway, but only after reading them, and the
 * long lists (the library index, tags, the radar) are the largest pages of a build.
 */
const top = (route: string) => route.split('/')[0]!;
export const INDEXED_PAGES = `{${[routes.entry('x'), routes.mentor('x'), routes.path('x')].map(top).join(',')}}/*/index.html`;

export type SearchIndexOptions = {
  /** The language the index is stemmed in: the site's (`SITE_LOCALE`). */
  language: string;
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

function ensureOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)}s`;

async function buildSearchIndex(outDir: string, options: SearchIndexOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundle = path.join(outDir, 'pagefind');
  try {
    await rm(bundle, { recursive: true, force: true });
    const { index } = ensureOk(await pagefind.createIndex({ forceLanguage: options.language }), 'start an index');
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count: pages } = ensureOk(await index.addDirectory({ path: outDir, glob: INDEXED_PAGES }), `index ${outDir}`);
    ensureOk(await index.writeFiles({ outputPath: bundle }), `write ${bundle}`);
    for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(path.join(bundle, name));
    logger.info(`pagefind/: ${pages} pages, stemmed as "${options.language}" (${seconds(started)})`);
  } catch (error) {
    await rm(bundle, { recursive: true, force: true });
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
