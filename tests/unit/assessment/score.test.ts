import { describe, expect, it } from 'vitest';
import { MAX_SCORE, QUESTIONS, questionNumber, recommend, score } from '../../../src/lib/assessment/questions.ts';
import { pathSchema } from '../../../src/schemas/path.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

/** Answers that give every question the same points (0–3), or `total` points spread from the first question on. */
const all = (points: number) => Object.fromEntries(QUESTIONS.map((q) => [q.id, `a${points}`]));
function worth(total: number) {
  let left = total;
  return Object.fromEntries(QUESTIONS.map((q) => { const p = Math.min(3, left); left -= p; return [q.id, `a${p}`]; }));
}

const path = (id: string, level: string, entries: string[]) => ({ id, data: pathSchema.parse({ title: `Pfad ${id}`, description: 'Für alle.', level, entries }) });
const paths = [
  path('erste-schritte', 'starter', ['sprachnachrichten', 'whatsapp-kanaele', 'instagram-stories', 'das-online-selbst']),
  path('mitreden', 'explorer', ['tiktok', 'memes-als-sprache']),
];

describe('the self-assessment', () => {
  it('asks six to eight questions, each with four answers worth 0 to 3 points', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(6);
    expect(QUESTIONS.length).toBeLessThanOrEqual(8);
    expect(MAX_SCORE).toBe(QUESTIONS.length * 3);
  });

  it('has every question and answer text in German and English', () => {
    const keys = QUESTIONS.flatMap((q) => [`assessment.q.${q.id}`, ...q.answers.map((a) => `assessment.q.${q.id}.${a}`)]);
    for (const locale of ['de', 'en'] as const) expect(keys.filter((k) => !(k in dictionaries[locale]))).toEqual([]);
  });

  it.each([
    [0, 'starter'], [9, 'starter'], [10, 'explorer'], [17, 'explorer'], [18, 'pro'], [24, 'pro'],
  ] as const)('recommends %i of 24 points as %s', (total, level) => {
    expect(score(worth(total))).toEqual({ complete: true, score: total, level });
  });

  it('scores the same points the same, wherever they were given', () => {
    expect(score(all(2))).toEqual({ complete: true, score: 16, level: 'explorer' });
  });

  it('names the unanswered questions in order instead of guessing', () => {
    const { messenger, ai, ...partial } = all(3);
    expect(score(partial)).toEqual({ complete: false, missing: ['messenger', 'ai'] });
    expect(score({ ...all(3), voice: 'a7' })).toEqual({ complete: false, missing: ['voice'] });
  });

  it('numbers the questions from 1, as the page shows them', () => {
    // Written out: the order the page shows, not QUESTIONS read back through the function that indexes it.
    const shown = ['messenger', 'voice', 'video', 'photos', 'profile', 'community', 'ai', 'slang'] as const;
    expect(shown.map((id) => questionNumber(id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(QUESTIONS).toHaveLength(shown.length);
  });

  it('recommends the path of the level and its first three entries', () => {
    expect(recommend('starter', paths)).toEqual({ path: paths[0], first: ['sprachnachrichten', 'whatsapp-kanaele', 'instagram-stories'] });
    expect(recommend('explorer', paths)?.first).toEqual(['tiktok', 'memes-als-sprache']);
  });

  it('falls back to the nearest easier path, then the nearest harder one, when a level has none', () => {
    expect(recommend('pro', paths)?.path.id).toBe('mitreden');
    expect(recommend('starter', [paths[1]!])?.path.id).toBe('mitreden');
    expect(recommend('starter', [])).toBeUndefined();
  });
});
