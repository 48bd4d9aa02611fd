/**
 * How well a compound splitter does on hand-made gold standards (`GOLD_SETS`):
 * compounds with their parts, and words that must stay whole. The gold list is the
 * oracle; the splitter under test only produces parts. Each gold standard is scored
 * on its own and must meet the goals on its own.
 *
 * A part counts as found when the splitter returns a part with the same Snowball stem
 * (what Pagefind compares): "arbeits" or "arbeit" for the gold part "arbeit",
 * "rechte" for "rechte", "lade" for "laden".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type GoldCompound = { word: string; parts: string[]; line: number };
export type GoldStandard = { compounds: GoldCompound[]; whole: { word: string; line: number }[] };

/** A gold standard: its folder, what it is made of, and its source texts in that folder (see its README). */
export type GoldSet = { dir: string; title: string; sources: readonly string[] };

/**
 * The gold standards, each scored on its own: the first one, which the splitter was
 * developed on, and a second one of software messages, first measured held out.
 */
export const GOLD_SETS: readonly GoldSet[] = [
  { dir: 'tests/fixtures/gold-de', title: 'UDHR and Lighthouse', sources: ['udhr-deu-1996.txt', 'lighthouse-de.txt'] },
  {
    dir: 'tests/fixtures/gold-de-software',
    title: 'software messages: Decap CMS, ajv-i18n, Debian gettext',
    sources: ['decap-cms-de.txt', 'ajv-i18n-de.txt', 'debian-gettext-de.txt'],
  },
];

/** A gold file that cannot be read as it should: names the file, the line and what was expected. */
export class GoldFormatError extends Error {
  constructor(file: string, line: number, found: string, expected: string) {
    super(`${file}:${line}: expected ${expected}, found "${found}"`);
    this.name = 'GoldFormatError';
  }
}

const isComment = (line: string) => !line.trim() || line.startsWith('#');
const LETTERS = /^\p{L}+$/u;

/** Reads `compounds.tsv` (word TAB part|part…) and `whole.txt` (one word a line); `#` starts a comment. */
export function parseGold(compoundsTsv: string, wholeTxt: string, files = { compounds: 'compounds.tsv', whole: 'whole.txt' }): GoldStandard {
  const compounds: GoldCompound[] = [];
  const seen = new Set<string>();
  compoundsTsv.split('\n').forEach((text, i) => {
    if (isComment(text)) return;
    const fields = text.split('\t');
    const [word, parts] = fields;
    const list = parts?.split('|') ?? [];
    if (fields.length !== 2 || !LETTERS.test(word!) || list.length < 2 || !list.every((p) => LETTERS.test(p) && p === p.toLowerCase())) {
      throw new GoldFormatError(files.compounds, i + 1, text, 'a word, a tab and two or more lowercase parts joined by | (Arbeitszeit<TAB>arbeit|zeit)');
    }
    if (seen.has(word!)) throw new GoldFormatError(files.compounds, i + 1, text, 'each word once');
    seen.add(word!);
    compounds.push({ word: word!, parts: list, line: i + 1 });
  });
  const whole: GoldStandard['whole'] = [];
  wholeTxt.split('\n').forEach((text, i) => {
    if (isComment(text)) return;
    const word = text.trim();
    if (!LETTERS.test(word)) throw new GoldFormatError(files.whole, i + 1, text, 'one word of letters a line');
    if (seen.has(word)) throw new GoldFormatError(files.whole, i + 1, text, 'a word that is not also listed as a compound or twice');
    seen.add(word);
    whole.push({ word, line: i + 1 });
  });
  return { compounds, whole };
}

/** A gold standard of the repository (`root` is the repository's folder). */
export function readGold(root: string, set: GoldSet): GoldStandard {
  const dir = path.join(root, set.dir);
  return parseGold(readFileSync(path.join(dir, 'compounds.tsv'), 'utf8'), readFileSync(path.join(dir, 'whole.txt'), 'utf8'), {
    compounds: path.join(set.dir, 'compounds.tsv'),
    whole: path.join(set.dir, 'whole.txt'),
  });
}

/** The source texts of a gold standard, one string a file. */
export function readGoldSources(root: string, set: GoldSet): string[] {
  return set.sources.map((file) => readFileSync(path.join(root, set.dir, file), 'utf8'));
}

export type SplitScore = {
  compounds: number;
  whole: number;
  /** Share of compounds whose last part the splitter returns. */
  lastRecall: number;
  /** Share of compounds whose first part the splitter returns. */
  firstRecall: number;
  /** Share of the words that must stay whole that the splitter splits. */
  falseSplitRate: number;
  missedLast: GoldCompound[];
  missedFirst: GoldCompound[];
  falseSplits: { word: string; parts: string[] }[];
};

/** Scores `split` on the gold standard; `stem` is the Snowball stemmer the index uses. */
export function scoreSplitter(split: (word: string) => readonly string[], gold: GoldStandard, stem: (word: string) => string): SplitScore {
  const same = (a: string, b: string) => a === b || stem(a) === stem(b);
  const missedLast: GoldCompound[] = [];
  const missedFirst: GoldCompound[] = [];
  for (const compound of gold.compounds) {
    const parts = split(compound.word);
    const found = (gold: string) => parts.some((p) => same(p, gold));
    if (!found(compound.parts.at(-1)!)) missedLast.push(compound);
    if (!found(compound.parts[0]!)) missedFirst.push(compound);
  }
  const falseSplits = gold.whole.map(({ word }) => ({ word, parts: [...split(word)] })).filter((s) => s.parts.length > 0);
  const n = gold.compounds.length;
  return {
    compounds: n,
    whole: gold.whole.length,
    lastRecall: (n - missedLast.length) / n,
    firstRecall: (n - missedFirst.length) / n,
    falseSplitRate: falseSplits.length / gold.whole.length,
    missedLast,
    missedFirst,
    falseSplits,
  };
}

/** The goals of the splitter on the gold standard (issue 17). */
export const SPLIT_GOALS = { lastRecall: 0.98, firstRecall: 0.95, falseSplitRate: 0.01 } as const;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures as lines of text, with the goals and what was missed. */
export function formatSplitScore(score: SplitScore, set: GoldSet, details = true): string {
  const lines = [
    `Gold standard, ${set.title}: ${score.compounds} compounds, ${score.whole} words that stay whole (${set.dir}/)`,
    `  recall of last parts   ${pct(score.lastRecall).padStart(6)}  (goal ≥ ${pct(SPLIT_GOALS.lastRecall)}; ${score.missedLast.length} missed)`,
    `  recall of first parts  ${pct(score.firstRecall).padStart(6)}  (goal ≥ ${pct(SPLIT_GOALS.firstRecall)}; ${score.missedFirst.length} missed)`,
    `  false splits           ${pct(score.falseSplitRate).padStart(6)}  (goal ≤ ${pct(SPLIT_GOALS.falseSplitRate)}; ${score.falseSplits.length} of ${score.whole})`,
  ];
  if (details) {
    const list = (title: string, items: string[]) => items.length && lines.push(`  ${title}: ${items.join(', ')}`);
    list('last part missed', score.missedLast.map((c) => `${c.word} (${c.parts.join('|')})`));
    list('first part missed', score.missedFirst.map((c) => `${c.word} (${c.parts.join('|')})`));
    list('split though whole', score.falseSplits.map((s) => `${s.word} → ${s.parts.join('|')}`));
  }
  return lines.join('\n');
}

/** The goals a score misses, as sentences; empty when all hold. */
export function missedGoals(score: SplitScore): string[] {
  const out: string[] = [];
  if (score.lastRecall < SPLIT_GOALS.lastRecall) out.push(`recall of last parts ${pct(score.lastRecall)} is below ${pct(SPLIT_GOALS.lastRecall)}`);
  if (score.firstRecall < SPLIT_GOALS.firstRecall) out.push(`recall of first parts ${pct(score.firstRecall)} is below ${pct(SPLIT_GOALS.firstRecall)}`);
  if (score.falseSplitRate > SPLIT_GOALS.falseSplitRate) out.push(`false splits ${pct(score.falseSplitRate)} is above ${pct(SPLIT_GOALS.falseSplitRate)}`);
  return out;
}
