/**
 * Builds the search index after `astro build`, into the build's own output folder
 * (`pagefind/`), with Pagefind's Node API. Running inside the build, rather than as a
 * second command after it, means every build — `npm run build`, the tests' builds,
 * the benchmark — has an index that matches its pages and its base path.
 *
 * One index for all languages, stemmed in the site's language: a reader's first query
 * then downloads one Pagefind runtime and one index chunk per word, and scores of
 * German and English pages are comparable. Pages in another language carry their own
 * stems and are searched with a query stemmed in their language (`src/lib/search/stem.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { prepareForIndex, urlOfFile } from '../lib/search/index-pages.ts';
import { NEWEST_FILE, newestOrder, parseFragment } from '../lib/search/newest.ts';

/** Files Pagefind writes for its own UIs and its web worker; the site's search uses neither. */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$|^pagefind-worker\.js$/;

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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function ensureOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)}s`;

/**
 * Writes `newest.json`: the ids of the dated pages, newest first, read from the
 * fragments Pagefind wrote (an id is a fragment's file name, as the browser API knows it).
 */
async function writeNewestOrder(bundle: string): Promise<void> {
  const dir = path.join(bundle, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const pages = await Promise.all(
    names.map(async (name) => {
      const { url, meta } = parseFragment(gunzipSync(await readFile(path.join(dir, name))).toString('utf8'));
      return { id: name.slice(0, -'.pf_fragment'.length), url, date: meta.date };
    }),
  );
  await writeFile(path.join(bundle, NEWEST_FILE), JSON.stringify(newestOrder(pages)));
}

const IN_FLIGHT = 32;

export async function buildSearchIndex(outDir: string, options: SearchIndexOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundle = path.join(outDir, 'pagefind');
  try {
    const files = await htmlFiles(outDir);
    const built = await Promise.all(files.map(async (file) => ({ url: urlOfFile(path.relative(outDir, file)), html: await readFile(file, 'utf8') })));
    const pages = prepareForIndex(built, { indexLanguage: options.language });
    const languages = [...Map.groupBy(pages, (page) => page.language)].map(([language, group]) => `${group.length} ${language}`).join(', ');
    logger.info(`${pages.length} of ${files.length} pages to index (${languages}); compound parts for ${pages.filter((p) => p.parts.length).length} (${seconds(started)})`);

    await rm(bundle, { recursive: true, force: true });
    const { index } = ensureOk(await pagefind.createIndex({ forceLanguage: options.language }), 'start an index');
    if (!index) throw new Error('Pagefind returned no index');
    // The Pagefind service answers requests as they come; keeping a few dozen in flight
    // instead of one at a time spares the round trips.
    for (let i = 0; i < pages.length; i += IN_FLIGHT) {
      const batch = pages.slice(i, i + IN_FLIGHT);
      const added = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: page.content })));
      added.forEach((response, j) => ensureOk(response, `index ${batch[j]!.url}`));
    }
    ensureOk(await index.writeFiles({ outputPath: bundle }), `write ${bundle}`);
    for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(path.join(bundle, name));
    await writeNewestOrder(bundle);
    logger.info(`pagefind/: ${pages.length} pages, stemmed as "${options.language}" (${seconds(started)})`);
  } catch (error) {
    await rm(bundle, { recursive: true, force: true });
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
