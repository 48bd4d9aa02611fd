/**
 * Anonymised survey results: `content/feedback/<period>.csv` (one row per answer) and
 * `content/feedback/questions.yaml` (the questions in both languages). Both are strict:
 * a column or field this schema does not know is refused, so a name or a free-text
 * comment can never slip into the site by an extra column.
 */
import { z } from 'astro/zod';
import { bilingual, expected, expectedCount, list, notEmpty, oneOf, slug } from './fields.ts';
import { msg } from '../i18n/messages.ts';
import { LEVELS } from './entry.ts';

export const ROLES = ['mentee', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

/** The columns of a feedback file, in this order, as its first line. */
export const FEEDBACK_COLUMNS = ['period', 'role', 'level', 'goal', 'question', 'rating'] as const;
export type FeedbackColumn = (typeof FEEDBACK_COLUMNS)[number];

/** A survey period is a quarter: `2026-q1` … `2026-q4`; it is also the file's name. */
export const PERIOD_PATTERN = /^(\d{4})-q([1-4])$/;

const unknownKeys = (what: 'name.columns' | 'name.fields', known: readonly string[]) => (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' ? expectedCount(msg('what.onlyThe', { what: msg(what), known: known.join(', ') }), iss.keys!.map((k) => `"${k}"`).join(', ')) : undefined;

/** One answer: a row of a feedback file, cells as text, as the CSV reader gives them. */
export const feedbackRowSchema = z.strictObject(
  {
    /** The survey period, e.g. `2026-q1`; the same as the file's name. */
    period: z.string().regex(PERIOD_PATTERN, { error: (iss) => expected(msg('what.quarter'), iss.input) }),
    /** Who answered: `mentee` (an executive) or `mentor` (a young colleague). */
    role: oneOf(ROLES),
    /** The executive's digital experience level in the mentoring pair: `starter`, `explorer` or `pro`. */
    level: oneOf(LEVELS),
    /** The company goal the pair worked on, an id from `content/goals.yaml`. */
    goal: slug(),
    /** The question answered, an id from `content/feedback/questions.yaml`. */
    question: slug(),
    /** The answer on a scale from 1 (not at all) to 5 (fully). */
    rating: z
      .string({ error: (iss) => expected(msg('what.rating'), iss.input) })
      .regex(/^[1-5]$/, { error: (iss) => expected(msg('what.rating'), iss.input) })
      .transform(Number),
  },
  { error: unknownKeys('name.columns', FEEDBACK_COLUMNS) },
);

export type FeedbackRow = z.output<typeof feedbackRowSchema>;

const QUESTION_FIELDS = ['id', 'label', 'text', 'asked'] as const;

/** One item of `content/feedback/questions.yaml`. */
export const questionSchema = z.strictObject(
  {
    /** File-name style id used in the feedback files, e.g. `useful`. */
    id: slug(),
    /** A short name for tables and charts, e.g. `{ de: "Nutzen im Alltag", en: "Useful at work" }`. */
    label: bilingual('bi.shortLabel'),
    /** The full wording as the survey asked it, in both languages. */
    text: bilingual('bi.questionText'),
    /** Who is asked this question. Default: mentees and mentors. */
    asked: list(oneOf(ROLES), 'name.roles')
      .min(1, { error: notEmpty('what.oneRole') })
      .default([...ROLES]),
  },
  { error: unknownKeys('name.fields', QUESTION_FIELDS) },
);

export type Question = z.output<typeof questionSchema>;

/** `content/feedback/questions.yaml`: the questions, and whether the figures are invented. */
export const questionsFileSchema = z.strictObject(
  {
    /** `true` for invented sample figures: the page and the report then say so. Default `false`. */
    sample: z.boolean({ error: (iss) => expected(msg('what.trueFalse'), iss.input) }).default(false),
    /** The survey's questions, in the order the page shows them. */
    questions: list(questionSchema, 'name.questions').min(1, { error: notEmpty('what.oneQuestion') }),
  },
  { error: unknownKeys('name.fields', ['sample', 'questions']) },
);

export type QuestionsFile = z.output<typeof questionsFileSchema>;
