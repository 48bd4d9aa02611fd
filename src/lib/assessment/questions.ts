/**
 * "Where do I start?": a short self-assessment of one's own digital habits. Each
 * question has four answers worth 0–3 points; the texts live in the UI dictionary
 * under `assessment.q.<id>` and `assessment.q.<id>.<answer>`. Runs in the browser
 * too, so this module imports nothing but the level order.
 */
import { LEVELS, type Level } from '../levels.ts';

export const QUESTIONS = [
  { id: 'messenger', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'voice', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'video', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'photos', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'profile', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'community', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'ai', answers: ['a0', 'a1', 'a2', 'a3'] },
  { id: 'slang', answers: ['a0', 'a1', 'a2', 'a3'] },
] as const;

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export type AnswerId = (typeof QUESTIONS)[number]['answers'][number];

/** Points of an answer: its position, a0 = 0 (never) … a3 = 3 (as a matter of course). */
export const points = (answer: AnswerId): number => Number(answer.slice(1));

export const MAX_SCORE = QUESTIONS.length * 3;

/** A question's number as the page shows it, counted from 1. */
export const questionNumber = (id: QuestionId): number => QUESTIONS.findIndex((q) => q.id === id) + 1;

/**
 * Share of the maximum from which a level is recommended. Below 40 % the basics come
 * first (starter); from 75 % on someone already lives in these apps (pro).
 */
const THRESHOLDS: readonly [Level, number][] = [['pro', 0.75], ['explorer', 0.4], ['starter', 0]];

export type Scored =
  | { complete: true; score: number; level: Level }
  | { complete: false; missing: QuestionId[] };

/** Scores a full set of answers; lists the unanswered questions, in order, otherwise. */
export function score(answers: Partial<Record<string, string>>): Scored {
  const missing = QUESTIONS.filter((q) => !(q.answers as readonly string[]).includes(answers[q.id] ?? '')).map((q) => q.id);
  if (missing.length > 0) return { complete: false, missing };
  const total = QUESTIONS.reduce((sum, q) => sum + points(answers[q.id] as AnswerId), 0);
  const level = THRESHOLDS.find(([, share]) => total >= share * MAX_SCORE)![0];
  return { complete: true, score: total, level };
}

export type PathLike = { id: string; data: { level: Level; entries: readonly string[] } };

/**
 * The learning path for a level and its first three entries. Where the library has
 * no path of that level, the nearest easier one (then the nearest harder one) stands in.
 */
export function recommend<P extends PathLike>(level: Level, paths: readonly P[]): { path: P; first: string[] } | undefined {
  const i = LEVELS.indexOf(level);
  const preference = [...LEVELS.slice(0, i + 1).reverse(), ...LEVELS.slice(i + 1)];
  for (const l of preference) {
    const path = paths.find((p) => p.data.level === l && p.data.entries.length > 0);
    if (path) return { path, first: path.data.entries.slice(0, 3) };
  }
  return undefined;
}
