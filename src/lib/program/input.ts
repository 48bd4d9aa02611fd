/**
 * The program model's input from a loaded library: published entries only (no drafts),
 * mentors, goals, paths, glossary and digests. The page (collections) and the report
 * (the content reader) hand in the same shapes, `{ id, data }`.
 */
import type { Entry } from '../../schemas/entry.ts';
import type { Mentor } from '../../schemas/mentor.ts';
import type { LearningPath } from '../../schemas/path.ts';
import type { DigestRecord } from '../../schemas/digest.ts';
import type { FeedbackData } from '../feedback/load.ts';
import type { ProgramInput } from './model.ts';
import { toProgramEntry } from './types.ts';

type Item<T> = { id: string; data: T };
export type LibraryLike = {
  entries: readonly Item<Entry>[];
  mentors: readonly Item<Mentor>[];
  goals: readonly Item<{ label: { de: string; en: string } }>[];
  paths: readonly Item<LearningPath>[];
  glossary: readonly unknown[];
  digests: readonly Item<DigestRecord>[];
};

export function programInput(lib: LibraryLike, feedback: FeedbackData, range: { to: Date; from?: Date; locale?: 'de' | 'en' }): ProgramInput {
  const locale = range.locale ?? 'de';
  const published = new Set(lib.entries.filter((e) => !e.data.draft).map((e) => e.id));
  return {
    entries: lib.entries.filter((e) => published.has(e.id)).map((e) => toProgramEntry(e.id, e.data)),
    mentors: lib.mentors.map((m) => ({ id: m.id, name: m.data.name, active: m.data.active, since: m.data.since })),
    // Goals in alphabetical order of their label: the same order on the page and in the report.
    goalIds: [...lib.goals].sort((a, b) => a.data.label[locale].localeCompare(b.data.label[locale], locale)).map((g) => g.id),
    // A path lists only published entries, as on the site.
    paths: lib.paths.map((p) => ({ level: p.data.level, entries: p.data.entries.filter((s) => published.has(s)) })),
    glossaryTerms: lib.glossary.length,
    digests: lib.digests.map((d) => d.data),
    feedback,
    ...range,
  };
}
