/** Feedback files: every bad cell is named with file, line and column; unknown columns and fields are refused. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeedbackCsv, parseQuestionsYaml } from '../../../src/lib/feedback/parse.ts';
import { loadFeedback } from '../../../src/lib/feedback/load.ts';
import { formatProblems, type Problem } from '../../../src/schemas/problems.ts';
import type { Question } from '../../../src/schemas/feedback.ts';

const questions: Question[] = [
  { id: 'useful', label: { de: 'Nutzen', en: 'Useful' }, text: { de: 'Hilft es?', en: 'Does it help?' }, asked: ['mentee', 'mentor'] },
  { id: 'tried-it', label: { de: 'Ausprobiert', en: 'Tried' }, text: { de: 'Ausprobiert?', en: 'Tried?' }, asked: ['mentee'] },
];
const context = { period: '2026-q1', goals: ['recruiting', 'innovation'], questions };
const HEAD = 'period,role,level,goal,question,rating\n';
/** Each problem as `npm run check` prints it: the file, then line, field and message. */
const formatted = (problems: readonly Problem[]) => problems.map((p) => formatProblems([p]));
const parse = (text: string) => {
  const { rows, problems } = parseFeedbackCsv(text, 'content/feedback/2026-q1.csv', context);
  return { rows, messages: formatted(problems) };
};

describe('a feedback file', () => {
  it('reads valid rows, ratings as numbers', () => {
    expect(parse(`${HEAD}2026-q1,mentee,starter,recruiting,useful,4\n2026-q1,mentor,pro,innovation,useful,1\n`).rows).toEqual([
      { period: '2026-q1', role: 'mentee', level: 'starter', goal: 'recruiting', question: 'useful', rating: 4 },
      { period: '2026-q1', role: 'mentor', level: 'pro', goal: 'innovation', question: 'useful', rating: 1 },
    ]);
  });

  it('names the line and column of every bad cell, with what was found and what is expected', () => {
    const { rows, messages } = parse(
      HEAD +
        '2026-q1,mentee,starter,recruiting,useful,7\n' +
        '2026-q1,chef,starter,recruting,usefull,3\n' +
        '2026-q2,mentor,starter,recruiting,tried-it,2\n' +
        '2026-q1,mentee,starter,recruiting,useful,4,extra\n',
    );
    expect(rows).toEqual([]);
    expect(messages).toEqual([
      'content/feedback/2026-q1.csv\n  line 2, column 6 (rating): expected a whole number from 1 to 5, found "7"',
      'content/feedback/2026-q1.csv\n  line 3, column 2 (role): expected one of mentee, mentor, found "chef"',
      'content/feedback/2026-q1.csv\n  line 4, column 1 (period): expected the period the file is named after ("2026-q1"), found "2026-q2"',
      'content/feedback/2026-q1.csv\n  line 4, column 2 (role): expected a role the question "tried-it" is asked of (mentee), found "mentor"',
      'content/feedback/2026-q1.csv\n  line 5, (file): expected 6 cells as in the first line, found 7',
    ]);
  });

  it('suggests the closest goal and question for a typo', () => {
    const { messages } = parse(`${HEAD}2026-q1,mentee,starter,recruting,usefull,3\n`);
    expect(messages).toEqual([
      'content/feedback/2026-q1.csv\n  line 2, column 4 (goal): expected a goal id from goals.yaml (recruiting, innovation), found "recruting" — did you mean "recruiting"?',
      'content/feedback/2026-q1.csv\n  line 2, column 5 (question): expected a question id from questions.yaml (useful, tried-it), found "usefull" — did you mean "useful"?',
    ]);
  });

  it('refuses a column it does not know, such as a name or a comment, once, and reads no row', () => {
    const { rows, messages } = parse('period,role,level,goal,question,rating,name\n2026-q1,mentee,starter,recruiting,useful,4,Anna\n');
    expect(rows).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^content\/feedback\/2026-q1\.csv\n  line 1, column 7 \(name\): expected only the columns period, role, level, goal, question, rating, found "name".*never collected\)$/)]);
  });

  it('names missing columns, a CSV syntax error with its line, and an empty file', () => {
    expect(parse('period,role,level,goal,rating\n2026-q1,mentee,starter,recruiting,4\n').messages).toEqual(['content/feedback/2026-q1.csv\n  line 1, (file): expected the columns period, role, level, goal, question, rating, found no "question"']);
    expect(parse(`${HEAD}2026-q1,mentee,starter,recruiting,useful,4\n2026-q1,"mentee,starter,recruiting,useful,4\n`).messages).toEqual([expect.stringMatching(/^content\/feedback\/2026-q1\.csv\n  line 3, \(file\): expected valid CSV, found a syntax error: /)]);
    expect(parse('').messages).toEqual(['content/feedback/2026-q1.csv\n  line 1, (file): expected a first line with the columns period,role,level,goal,question,rating, found an empty file']);
    expect(parse(HEAD).messages).toEqual(['content/feedback/2026-q1.csv\n  line 2, (file): expected at least one answer below the first line, found none']);
  });
});

describe('questions.yaml', () => {
  it('reads the questions, who is asked (default both roles) and whether the figures are invented', () => {
    const { data, problems } = parseQuestionsYaml('sample: true\nquestions:\n  - id: useful\n    label: { de: N, en: U }\n    text: { de: Hilft es?, en: Helps? }\n', 'q.yaml');
    expect(problems).toEqual([]);
    expect(data).toEqual({ sample: true, questions: [{ id: 'useful', label: { de: 'N', en: 'U' }, text: { de: 'Hilft es?', en: 'Helps?' }, asked: ['mentee', 'mentor'] }] });
  });

  it('refuses unknown fields and names line and column of every bad field', () => {
    const text = [
      'questions:',
      '  - id: useful',
      '    label: { de: N, en: U }',
      '    text: { de: Hilft es? }',
      '    comment: frei',
      '  - id: Useful',
      '    label: { de: N, en: U }',
      '    text: { de: A, en: B }',
      '    asked: [boss]',
      'extra: 1',
    ].join('\n');
    expect(formatted(parseQuestionsYaml(text, 'q.yaml').problems)).toEqual([
      'q.yaml\n  line 4, questions[0].text.en (column 11): expected an English question text, found nothing (the field is required)',
      'q.yaml\n  line 5, questions[0] (column 5): expected only the fields id, label, text, asked, found "comment"',
      'q.yaml\n  line 6, questions[1].id (column 9): expected lowercase letters, digits and hyphens, such as "voice-messages", found "Useful"',
      'q.yaml\n  line 9, questions[1].asked[0] (column 13): expected one of mentee, mentor, found "boss"',
      'q.yaml\n  line 10, (file) (column 1): expected only the fields sample, questions, found "extra"',
    ]);
  });

  it('refuses a question id used twice', () => {
    const q = '  - id: useful\n    label: { de: N, en: U }\n    text: { de: A, en: B }\n';
    expect(formatted(parseQuestionsYaml(`questions:\n${q}${q}`, 'q.yaml').problems)).toEqual(['q.yaml\n  line 5, questions[1].id (column 9): expected each question id once, found "useful" again']);
  });
});

describe('the feedback folder', () => {
  const folder = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'feedback-'));
    mkdirSync(path.join(root, 'content/feedback'), { recursive: true });
    writeFileSync(path.join(root, 'content/goals.yaml'), '- id: recruiting\n  label: { de: R, en: R }\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content/feedback', name), text);
    return loadFeedback({ rootDir: root, contentDir: 'content' });
  };
  const questionsYaml = 'questions:\n  - id: useful\n    label: { de: N, en: U }\n    text: { de: A, en: B }\n';

  it('is optional: no folder, no survey, no problem', () => {
    expect(loadFeedback({ rootDir: tmpdir(), contentDir: 'no-such-content' })).toEqual({ questions: [], periods: [], sample: false, problems: [] });
  });

  it('loads every period file against the questions and goals next to it', () => {
    const result = folder({ 'questions.yaml': questionsYaml, '2026-q2.csv': `${HEAD}2026-q2,mentee,pro,recruiting,useful,5\n` });
    expect(result.problems).toEqual([]);
    expect(result.periods).toEqual([{ period: '2026-q2', file: 'content/feedback/2026-q2.csv', rows: [{ period: '2026-q2', role: 'mentee', level: 'pro', goal: 'recruiting', question: 'useful', rating: 5 }] }]);
  });

  it('refuses files that are not named after a quarter, and answers without questions', () => {
    expect(formatted(folder({ 'questions.yaml': questionsYaml, 'umfrage-export.xlsx': '' }).problems)).toEqual([
      'content/feedback/umfrage-export.xlsx\n  (file): expected only questions.yaml and files named after a quarter such as 2026-q1.csv in this folder, found "umfrage-export.xlsx"',
    ]);
    expect(formatted(folder({ '2026-q1.csv': `${HEAD}2026-q1,mentee,pro,recruiting,useful,5\n` }).problems)).toEqual([
      'content/feedback/questions.yaml\n  (file): expected this file with the survey questions next to the answers, found nothing',
    ]);
  });
});
