/**
 * The compound splitter judged on text nobody on the team wrote, two gold standards
 * each on its own: the German Universal Declaration of Human Rights and the German
 * messages of Lighthouse (`tests/fixtures/gold-de/`), and German software messages of
 * Decap CMS, ajv-i18n and Debian's gettext translations (`tests/fixtures/gold-de-software/`;
 * sources and licences in their READMEs). The hand-made lists of compounds with their
 * parts and of words that must stay whole are the oracle; the real splitter, built as a
 * build builds it (lexicon, hyphenation patterns, the nouns of the text as the library's
 * own nouns), only produces parts. Below the goals of issue 17 on either list the test
 * fails, and prints what was missed.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSplitter, libraryNouns, words, type Splitter } from '../../../src/lib/search/compounds.ts';
import { germanLexicon, type Lexicon } from '../../../src/lib/search/lexicon.ts';
import { loadStemmer, type Stem } from '../../../src/lib/search/stem.ts';
import { germanSyllables, type Syllables } from '../../../src/lib/search/syllables.ts';
import { englishWords } from '../../../src/lib/search/loan-words.ts';
import { formatSplitScore, GOLD_SETS, missedGoals, parseGold, readGold, readGoldSources, scoreSplitter, SPLIT_GOALS } from '../../../scripts/lib/split-eval.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

let lexicon: Lexicon;
let syllables: Syllables;
let stem: Stem;
let loanWords: Set<string>;
beforeAll(async () => {
  let german;
  [lexicon, syllables, loanWords, german] = await Promise.all([germanLexicon(), germanSyllables(), englishWords(), loadStemmer('de')]);
  stem = german!;
});

describe.each(GOLD_SETS.map((set) => [set.dir, set] as const))('the gold standard in %s', (_dir, set) => {
  const gold = readGold(ROOT, set);
  const sources = readGoldSources(ROOT, set);
  let splitter: Splitter;
  beforeAll(() => {
    splitter = createSplitter(lexicon, { syllables, loanWords, extraNouns: libraryNouns(sources.flatMap((s) => s.split('\n')), lexicon) });
  });

  it('has at least 200 compounds and 200 whole words, every one of them in the source texts', () => {
    expect(gold.compounds.length).toBeGreaterThanOrEqual(200);
    expect(gold.whole.length).toBeGreaterThanOrEqual(200);
    const inText = new Set(sources.flatMap((s) => s.match(/\p{L}+/gu) ?? []));
    const missing = [...gold.compounds, ...gold.whole].map((g) => g.word).filter((w) => !inText.has(w));
    expect(missing).toEqual([]);
  });

  it('lists parts that occur in their compound, in order', () => {
    // Each part's first three letters come after the previous part's ("arbeit" and "zeit" in Arbeitszeit).
    const wrong = gold.compounds.filter(({ word, parts }) => {
      let at = 0;
      for (const part of parts) {
        const found = word.toLowerCase().indexOf(part.slice(0, 3), at);
        if (found < 0) return true;
        at = found + 3;
      }
      return false;
    });
    expect(wrong.map((c) => c.word)).toEqual([]);
  });

  it(`the splitter finds ≥ ${SPLIT_GOALS.lastRecall * 100}% of last parts and ≥ ${SPLIT_GOALS.firstRecall * 100}% of first parts, and splits ≤ ${SPLIT_GOALS.falseSplitRate * 100}% of whole words`, () => {
    const score = scoreSplitter(splitter.split, gold, stem);
    console.info(formatSplitScore(score, set));
    expect(missedGoals(score), formatSplitScore(score, set)).toEqual([]);
  });
});

describe('scoring', () => {
  const tiny = parseGold('Datenschutz\tdaten|schutz\nArbeitszeit\tarbeit|zeit\n', 'Verwaltung\nBeamte\n');
  const identity = (w: string) => w;
  it('counts a part as found when its stem matches, and a split whole word as false', () => {
    const split = (w: string) => ({ Datenschutz: ['daten', 'schutz'], Arbeitszeit: ['arbeits'], Beamte: ['bea', 'mte'] })[w] ?? [];
    const score = scoreSplitter(split, tiny, (w) => w.replace(/s$/, ''));
    expect(score).toMatchObject({ lastRecall: 0.5, firstRecall: 1, falseSplitRate: 0.5 });
    expect(score.missedLast.map((c) => c.word)).toEqual(['Arbeitszeit']);
    expect(score.falseSplits).toEqual([{ word: 'Beamte', parts: ['bea', 'mte'] }]);
    expect(missedGoals(score)).toHaveLength(2);
    expect(missedGoals(scoreSplitter((w) => ({ Datenschutz: ['daten', 'schutz'], Arbeitszeit: ['arbeit', 'zeit'] })[w] ?? [], tiny, identity))).toEqual([]);
  });
  it('names the file and line of a malformed entry', () => {
    expect(() => parseGold('# c\nDatenschutz daten|schutz\n', '')).toThrow('compounds.tsv:2: expected a word, a tab and two or more lowercase parts');
    expect(() => parseGold('', 'Verwaltung\nzwei Wörter\n')).toThrow('whole.txt:2: expected one word of letters a line');
    expect(() => parseGold('Datenschutz\tdaten|schutz\n', 'Datenschutz\n')).toThrow('whole.txt:1: expected a word that is not also listed as a compound');
  });
  it('lowercases nothing it should not', () => {
    expect(words('Datenschutz')).toEqual(['datenschutz']);
  });
});
