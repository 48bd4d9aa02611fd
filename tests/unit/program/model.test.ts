/** The program figures over a small fixture library whose gaps and counts are known by construction. */
import { describe, expect, it } from 'vitest';
import { programModel } from '../../../src/lib/program/model.ts';
import { programInput } from '../../../src/lib/program/input.ts';
import { gapsByGoal } from '../../../src/lib/program/words.ts';
import { contributionsByMonth, monthsBetween } from '../../../src/lib/program/contributions.ts';
import { mentorActivity } from '../../../src/lib/program/mentors.ts';
import { niceMax } from '../../../src/lib/program/chart.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { fixtureLibrary, TODAY, day } from './support.ts';

const { library, feedback } = fixtureLibrary();
const model = programModel(programInput(library, feedback, { to: TODAY }));
const de = useTranslations('de');
const en = useTranslations('en');

describe('goal coverage over the fixture library', () => {
  it('counts published entries per goal, kind and level, leaving the draft out', () => {
    const count = (goal: string, kind: string, level: string) => model.coverage.cells.find((c) => c.goal === goal && c.kind === kind && c.level === level)!.count;
    expect(count('customer-communication', 'app', 'starter')).toBe(1);
    expect(count('customer-communication', 'app', 'pro')).toBe(0); // only the draft
    expect(count('customer-communication', 'app', 'explorer')).toBe(1);
    expect(count('recruiting', 'trend', 'pro')).toBe(1);
    expect(model.coverage.byGoal.get('customer-communication')).toBe(4);
    expect(model.coverage.cells).toHaveLength(3 * 3 * 3);
  });

  it('names the thin spots in words, per goal (alphabetical), levels before kinds and nothing before only one', () => {
    expect(gapsByGoal(model.coverage.gaps, de)).toEqual([
      ['innovation', ['noch nichts für Einsteiger:innen', 'noch nichts für Profis', 'nur ein Eintrag für Entdecker:innen', 'noch keine Trends', 'noch keine Werte', 'nur ein Eintrag der Art App']],
      ['customer-communication', ['noch nichts für Profis', 'nur ein Eintrag der Art Trend', 'nur ein Eintrag der Art Wert']],
      ['recruiting', ['noch nichts für Entdecker:innen', 'nur ein Eintrag für Einsteiger:innen', 'nur ein Eintrag für Profis', 'noch keine Werte', 'nur ein Eintrag der Art App', 'nur ein Eintrag der Art Trend']],
    ]);
    expect(gapsByGoal(model.coverage.gaps, en)[1]).toEqual(['customer-communication', ['nothing yet for pros', 'only one trend', 'only one value']]);
  });
});

describe('contributions over time', () => {
  it('counts publications and updates per month by kind, with empty months included', () => {
    // From the first publication (2025-11-11) to today (2026-12-01), every month once.
    expect(model.contributions.map((m) => m.month)).toEqual([
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]);
    const month = (m: string) => model.contributions.find((c) => c.month === m)!;
    expect(month('2025-11').published).toEqual({ app: 0, trend: 1, value: 0 });
    expect(month('2026-03').published).toEqual({ app: 1, trend: 0, value: 1 });
    expect(month('2026-07').updated).toEqual({ app: 0, trend: 1, value: 0 });
    expect(month('2025-12').published).toEqual({ app: 0, trend: 0, value: 0 });
  });

  it('keeps to the given range and counts nothing after the last day', () => {
    const entries = programInput(library, feedback, { to: TODAY }).entries;
    const months = contributionsByMonth(entries, day('2026-02-28'), day('2026-01-01'));
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(months.reduce((n, m) => n + m.published.app + m.published.trend + m.published.value, 0)).toBe(2);
    expect(monthsBetween(day('2025-11-30'), day('2026-02-01'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('mentors', () => {
  it('lists mentors alphabetically with status, entries and last contribution — no ranking', () => {
    expect(model.mentors.map((m) => [m.name, m.status, m.entries, m.lastContribution?.toISOString().slice(0, 10), m.quiet])).toEqual([
      ['Ada Berg', 'active', 3, '2026-07-01', false],
      ['Ben Kurz', 'active', 2, '2026-03-20', true],
      ['Cem Alt', 'alumni', 1, '2025-11-11', false],
    ]);
  });

  it('marks an active mentor without any entry as quiet', () => {
    expect(mentorActivity([], [{ id: 'x', name: 'X', active: true }], TODAY)).toEqual([{ id: 'x', name: 'X', status: 'active', entries: 0, lastContribution: undefined, quiet: true }]);
  });
});

describe('freshness and reach', () => {
  it('gives the share of entries past their review date by kind', () => {
    expect(model.freshness).toEqual([
      { kind: 'app', total: 2, overdue: 1, share: 0.5 },
      { kind: 'trend', total: 2, overdue: 1, share: 0.5 },
      { kind: 'value', total: 1, overdue: 0, share: 0 },
    ]);
  });

  it('counts learning paths per level, glossary terms and digests sent', () => {
    expect(model.reach).toEqual({
      paths: [{ level: 'starter', paths: 1, steps: 2 }, { level: 'explorer', paths: 0, steps: 0 }, { level: 'pro', paths: 0, steps: 0 }],
      glossaryTerms: 2,
      digests: { sent: 1, entries: 1, last: { number: 1, published: day('2026-02-01') } },
    });
  });

  it('rounds chart axes up to a readable maximum', () => {
    expect([0, 1, 3, 5, 7, 9, 11, 45].map(niceMax)).toEqual([1, 1, 4, 5, 8, 10, 20, 50]);
  });
});

describe('the model as of an earlier day', () => {
  it('leaves out entries published later and feedback periods after the range', () => {
    const earlier = programModel(programInput(library, feedback, { to: day('2026-03-31'), from: day('2026-01-01') }));
    expect(earlier.coverage.byGoal.get('customer-communication')).toBe(4);
    expect(earlier.feedback[0]!.periods.map((p) => p.period)).toEqual(['2026-q1']);
    expect(model.feedback[0]!.periods.map((p) => p.period)).toEqual(['2026-q1', '2026-q2']);
  });
});
