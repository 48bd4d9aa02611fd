/**
 * `npm run search-eval` — how well search does, as figures: the compound splitter on
 * each gold standard of text nobody on the team wrote (recall of last and first parts,
 * false splits; `GOLD_SETS`), and the query suites run through the real
 * search page in Chromium on the sample library (precision@3 of the query suite,
 * precision@5 of the queries that are words inside longer unrelated words).
 */
import path from 'node:path';
import { createSplitter, libraryNouns } from '../src/lib/search/compounds.ts';
import { germanLexicon } from '../src/lib/search/lexicon.ts';
import { loadStemmer } from '../src/lib/search/stem.ts';
import { germanSyllables } from '../src/lib/search/syllables.ts';
import { englishWords } from '../src/lib/search/loan-words.ts';
import { buildSite } from '../tests/support/build.ts';
import { serve } from '../tests/support/server.ts';
import { chromePath, INSTALL_HINT, launch } from './lib/chromium.ts';
import { EXIT, parseFlags, runWhenMain, usageMessage, type Io } from './lib/cli.ts';
import { HELD_OUT_INNER_WORD_QUERIES, innerWordPrecision, precisionAt3, PRECISION_AT_3, PRECISION_AT_5, withPage } from './lib/search-quality.ts';
import { formatSplitScore, GOLD_SETS, missedGoals, readGold, readGoldSources, scoreSplitter } from './lib/split-eval.ts';

export const HELP = `Usage: npm run search-eval [-- flags]

Prints how well search does: the compound splitter on each gold standard
(${GOLD_SETS.map((set) => `${set.dir}/`).join(', ')}: recall of last parts,
recall of first parts, false splits, each with its goal and what was missed), then builds the sample library and runs the
query suites through the search page in Chromium (precision@3 of the query suite,
precision@5 of the queries that are words inside longer unrelated words, and
of the held-out queries of the same kind).

Flags:
  --no-browser   the gold standards only: no build, no Chromium
  --brief        figures without the lists of misses
  -h, --help     show this help

Exit codes: 0 every goal holds, 1 a goal is missed, 2 a flag is wrong.
`;

const options = {
  'no-browser': { type: 'boolean' },
  brief: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseFlags(argv, options, 'search-eval'));
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const [lexicon, syllables, loanWords, stem] = await Promise.all([germanLexicon(), germanSyllables(), englishWords(), loadStemmer('de')]);
  const missed: string[] = [];
  for (const set of GOLD_SETS) {
    // As a build does: the nouns of the texts the dictionary lacks are the library's own.
    const texts = readGoldSources(io.cwd, set);
    const splitter = createSplitter(lexicon, { syllables, loanWords, extraNouns: libraryNouns(texts.flatMap((t) => t.split('\n')), lexicon) });
    const score = scoreSplitter(splitter.split, readGold(io.cwd, set), stem!);
    io.stdout.write(`${formatSplitScore(score, set, !values.brief)}\n`);
    missed.push(...missedGoals(score).map((goal) => `${set.title}: ${goal}`));
  }
  if (!values['no-browser']) missed.push(...(await runQuerySuites(io, !values.brief)));
  if (missed.length) io.stdout.write(`\nGoals missed: ${missed.join('; ')}\n`);
  return missed.length ? EXIT.content : EXIT.ok;
}

/** Builds the sample library, runs both query suites in Chromium, prints them; returns the goals missed. */
async function runQuerySuites(io: Io, details: boolean): Promise<string[]> {
  if (!chromePath) {
    io.stdout.write(`\nQuery suites not run: ${INSTALL_HINT}\n`);
    return ['the query suites need Chromium'];
  }
  const outDir = path.join(io.cwd, 'tests/.tmp/search-eval-site');
  const base = '/kb/';
  io.stdout.write(`\nBuilding the sample library into ${path.relative(io.cwd, outDir)}/ …\n`);
  await buildSite({ outDir, base });
  const site = await serve(outDir, base);
  const browser = await launch();
  try {
    const where = { ...site, base };
    const suite = await withPage(browser, (page) => precisionAt3(page, where));
    const inner = await withPage(browser, (page) => innerWordPrecision(page, where));
    const heldOut = await withPage(browser, (page) => innerWordPrecision(page, where, HELD_OUT_INNER_WORD_QUERIES, 'held-out words inside longer words'));
    const last = (table: string) => table.split('\n').at(-1)!;
    const shown = (table: string) => (details ? table : last(table));
    io.stdout.write(
      `\n${shown(suite.table)}\n(goal ≥ ${PRECISION_AT_3 * 100}%)\n\n${shown(inner.table)}\n(goal ≥ ${PRECISION_AT_5 * 100}%)\n\n${shown(heldOut.table)}\n(goal ≥ ${PRECISION_AT_5 * 100}%)\n`,
    );
    const missed: string[] = [];
    if (suite.precision < PRECISION_AT_3) missed.push(`precision@3 ${(suite.precision * 100).toFixed(1)}% is below ${PRECISION_AT_3 * 100}%`);
    if (inner.precision < PRECISION_AT_5) missed.push(`precision@5 of words inside longer words ${(inner.precision * 100).toFixed(1)}% is below ${PRECISION_AT_5 * 100}%`);
    if (heldOut.precision < PRECISION_AT_5) missed.push(`precision@5 of held-out words inside longer words ${(heldOut.precision * 100).toFixed(1)}% is below ${PRECISION_AT_5 * 100}%`);
    return missed;
  } finally {
    await browser.close();
    await site.close();
  }
}

runWhenMain(import.meta, main);
