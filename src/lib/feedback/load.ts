/**
 * Reads and validates `<content>/feedback/`: the questions and every period's answers.
 * The build's `feedback` collection and `npm run check` both call this one function,
 * so they accept and refuse the same files with the same messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { msg } from '../../i18n/messages.ts';
import { PERIOD_PATTERN, type FeedbackRow, type Question } from '../../schemas/feedback.ts';
import { taxonomySchema } from '../../schemas/taxonomy.ts';
import type { Problem } from '../../schemas/problems.ts';
import { parseYamlList } from '../yaml-source.ts';
import { parseFeedbackCsv, parseQuestionsYaml } from './parse.ts';

export type FeedbackPeriod = { period: string; file: string; rows: FeedbackRow[] };
/** `sample`: the figures are invented (questions.yaml says `sample: true`). */
export type FeedbackData = { questions: Question[]; periods: FeedbackPeriod[]; sample: boolean };
export type FeedbackLoad = FeedbackData & { problems: Problem[] };

export type LoadOptions = {
  /** The project folder; file names in problems are relative to it. */
  rootDir: string;
  /** The content folder, relative to `rootDir` (or absolute). */
  contentDir: string;
};

const QUESTIONS = 'questions.yaml';

/** No `feedback/` folder means no survey yet: nothing to show, nothing wrong. */
export function loadFeedback({ rootDir, contentDir }: LoadOptions): FeedbackLoad {
  const root = path.resolve(rootDir, contentDir);
  const prefix = path.relative(rootDir, root) || '.';
  const dir = path.join(root, 'feedback');
  const rel = (name: string) => `${prefix}/feedback/${name}`;
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { questions: [], periods: [], sample: false, problems };

  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const csvs: string[] = [];
  for (const name of names) {
    if (name === QUESTIONS) continue;
    const period = name.replace(/\.csv$/, '');
    if (name.endsWith('.csv') && PERIOD_PATTERN.test(period)) csvs.push(name);
    else problems.push({ file: rel(name), field: '', severity: 'error', message: msg('survey.strayFile', { questions: QUESTIONS, name }) });
  }

  let questions: Question[] = [];
  let sample = false;
  const questionsFile = path.join(dir, QUESTIONS);
  if (existsSync(questionsFile)) {
    const parsed = parseQuestionsYaml(readFileSync(questionsFile, 'utf8'), rel(QUESTIONS));
    problems.push(...parsed.problems);
    questions = parsed.data?.questions ?? [];
    sample = parsed.data?.sample ?? false;
  } else if (csvs.length) {
    problems.push({ file: rel(QUESTIONS), field: '', severity: 'error', message: msg('survey.noQuestions') });
  }
  // When the questions (or goals) cannot be read, every row would echo it; the cause is reported once.
  if (problems.some((p) => p.file === rel(QUESTIONS))) return { questions: [], periods: [], sample, problems };

  const goals = goalIds(root, prefix);
  const periods: FeedbackPeriod[] = [];
  for (const name of csvs) {
    const period = name.replace(/\.csv$/, '');
    const parsed = parseFeedbackCsv(readFileSync(path.join(dir, name), 'utf8'), rel(name), { period, goals, questions });
    problems.push(...parsed.problems);
    periods.push({ period, file: rel(name), rows: parsed.rows });
  }
  return { questions, periods, sample, problems };
}

/** Goal ids as goals.yaml lists them; undefined when it cannot be read (its own check reports that). */
function goalIds(root: string, prefix: string): string[] | undefined {
  const file = path.join(root, 'goals.yaml');
  if (!existsSync(file)) return undefined;
  const parsed = parseYamlList(readFileSync(file, 'utf8'), `${prefix}/goals.yaml`, taxonomySchema);
  return parsed.problems.some((p) => p.field === '') ? undefined : parsed.items.map((i) => i.id);
}
