/**
 * The feedback as the page and the report show it: per question, per period, the
 * groups of the published views with small groups suppressed. Periods are never summed
 * into a larger total: any choice of periods (the report's --from/--to) shows exactly
 * the per-period figures the page shows, so no two publications can be subtracted.
 */
import type { Question } from '../../schemas/feedback.ts';
import { ROLES } from '../../schemas/feedback.ts';
import { LEVELS } from '../../schemas/entry.ts';
import { addDays, parseIsoDay } from '../dates.ts';
import { PERIOD_PATTERN } from '../../schemas/feedback.ts';
import type { FeedbackData, FeedbackPeriod } from './load.ts';
import { MIN_GROUP, suppress, type Domain, type Group, type View } from './suppress.ts';

/**
 * What the page and the report publish: all answers, by role, by goal, and each role by
 * level. Not all levels together: mentors answer for their mentee's level, and level
 * totals beside mentees by level would give away the (few) mentors at each level.
 */
export const PUBLISHED_VIEWS: readonly View[] = [[], ['role'], ['goal'], ['role', 'level']];

export type PeriodResult = { period: string; groups: Group[] };
export type QuestionResult = { question: Question; periods: PeriodResult[] };

export function feedbackDomain(goalIds: readonly string[]): Domain {
  return { role: ROLES, level: LEVELS, goal: goalIds };
}

/** First and last day of a period such as `2026-q3` (1 July – 30 September 2026). */
export function periodRange(period: string): { from: Date; to: Date } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  const [year, quarter] = [Number(match[1]), Number(match[2])];
  const from = parseIsoDay(`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`)!;
  const next = quarter === 4 ? parseIsoDay(`${year + 1}-01-01`)! : parseIsoDay(`${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`)!;
  return { from, to: addDays(next, -1) };
}

/** Periods that overlap the days from–to (both inclusive), oldest first. */
export function periodsWithin(periods: readonly FeedbackPeriod[], from: Date, to: Date): FeedbackPeriod[] {
  return periods
    .filter((p) => {
      const r = periodRange(p.period);
      return r.to >= from && r.from <= to;
    })
    .sort((a, b) => a.period.localeCompare(b.period));
}

export function feedbackResults(data: FeedbackData, domain: Domain, views: readonly View[] = PUBLISHED_VIEWS, threshold = MIN_GROUP): QuestionResult[] {
  const periods = [...data.periods].sort((a, b) => a.period.localeCompare(b.period));
  return data.questions.map((question) => ({
    question,
    periods: periods.map((p) => ({
      period: p.period,
      groups: suppress(
        p.rows.filter((r) => r.question === question.id),
        // A question asked of mentees only has no mentor groups to show.
        { ...domain, role: domain.role.filter((r) => question.asked.includes(r as (typeof ROLES)[number])) },
        views,
        threshold,
      ),
    })),
  }));
}

/** The group of a view with the given key, e.g. `groupOf(groups, ['role'], { role: 'mentee' })`. */
export function groupOf(groups: readonly Group[], view: View, key: Group['key'] = {}): Group | undefined {
  return groups.find((g) => g.view.length === view.length && view.every((d) => g.key[d] === key[d]));
}

export type ResultRow = { view: View; key: Group['key']; cells: Group[] };

/**
 * One question's figures as rows (groups) × columns (periods), in reading order: all
 * answers, each role, each role by level, each goal.
 */
export function resultRows(result: QuestionResult): ResultRow[] {
  const order: View[] = [[], ['role'], ['role', 'level'], ['goal']];
  const first = result.periods[0]?.groups ?? [];
  const rank = (v: View) => order.findIndex((o) => o.length === v.length && o.every((d) => v.includes(d)));
  return first
    .filter((g) => rank(g.view) >= 0)
    .sort((a, b) => rank(a.view) - rank(b.view))
    .map((g) => ({ view: g.view, key: g.key, cells: result.periods.map((p) => groupOf(p.groups, g.view, g.key)!) }));
}
