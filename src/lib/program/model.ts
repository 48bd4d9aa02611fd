/**
 * Everything `/program/` and `npm run report` show, computed once from the content and
 * a day range. The page and the report render this one model, so they never disagree.
 */
import type { FeedbackData } from '../feedback/load.ts';
import { feedbackDomain, feedbackResults, periodsWithin, type QuestionResult } from '../feedback/results.ts';
import { contributionsByMonth, firstPublication, type MonthCount } from './contributions.ts';
import { coverage, type Coverage } from './coverage.ts';
import { freshnessByKind, type KindFreshness } from './freshness.ts';
import { mentorActivity, type MentorActivity, type MentorProfile } from './mentors.ts';
import { reach, type Reach, type ReachInput } from './reach.ts';
import type { ProgramEntry } from './types.ts';

export type ProgramInput = {
  entries: readonly ProgramEntry[];
  mentors: readonly MentorProfile[];
  goalIds: readonly string[];
  paths: ReachInput['paths'];
  glossaryTerms: number;
  digests: ReachInput['digests'];
  feedback: FeedbackData;
  /** The last day counted ("today" on the page, --to in the report). */
  to: Date;
  /** The first day for contributions and feedback; default the first publication. */
  from?: Date;
  locale?: string;
};

export type ProgramModel = {
  from?: Date;
  to: Date;
  coverage: Coverage;
  contributions: MonthCount[];
  mentors: MentorActivity[];
  freshness: KindFreshness[];
  reach: Reach;
  feedback: QuestionResult[];
  /** The feedback figures are invented sample data. */
  sample: boolean;
};

export function programModel(input: ProgramInput): ProgramModel {
  // Entries published after the last day did not exist then.
  const entries = input.entries.filter((e) => e.published <= input.to);
  const from = input.from ?? firstPublication(entries);
  const contributions = contributionsByMonth(entries, input.to, from);
  const periods = periodsWithin(input.feedback.periods, from ?? input.to, input.to);
  return {
    from,
    to: input.to,
    coverage: coverage(entries, input.goalIds),
    contributions,
    mentors: mentorActivity(entries, input.mentors, input.to, input.locale),
    freshness: freshnessByKind(entries, input.to),
    reach: reach({ paths: input.paths, glossaryTerms: input.glossaryTerms, digests: input.digests, today: input.to }),
    feedback: feedbackResults({ ...input.feedback, periods }, feedbackDomain(input.goalIds)),
    sample: input.feedback.sample,
  };
}
