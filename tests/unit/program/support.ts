/** The program fixture library, read by the real content reader and feedback loader. */
import path from 'node:path';
import { loadLibrary } from '../../../scripts/lib/load-library.ts';
import { loadFeedback } from '../../../src/lib/feedback/load.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURE = 'tests/fixtures/program/library';
export const TODAY = parseIsoDay('2026-12-01')!;
export const day = (s: string) => parseIsoDay(s)!;

export function fixtureLibrary() {
  const { library, problems } = loadLibrary(FIXTURE, TODAY, ROOT);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture library has problems: ${JSON.stringify(errors, null, 2)}`);
  const feedback = loadFeedback({ rootDir: ROOT, contentDir: FIXTURE });
  if (feedback.problems.length) throw new Error(`fixture feedback has problems: ${JSON.stringify(feedback.problems, null, 2)}`);
  return { library, feedback };
}
