/**
 * The program figures in words, for the page and the report alike: thin spots of the
 * coverage ("Kundenkommunikation: noch nichts für Profis"), periods, months, means and
 * shares in the UI language.
 */
import type { UIKey } from '../../i18n/index.ts';
import type { Params } from '../i18n.ts';
import type { Gap } from './coverage.ts';
import type { Group } from '../feedback/suppress.ts';
import { PERIOD_PATTERN } from '../../schemas/feedback.ts';

export type Translate = (key: UIKey, params?: Params) => string;

/** One goal's thin spots as a phrase: "noch nichts für Profis; nur ein Eintrag für Einsteiger:innen". */
export function gapPhrase(gap: Gap, t: Translate): string {
  const n = gap.count === 0 ? 0 : 1;
  if (gap.level) return t(`program.gap.level.${n}`, { level: t(`program.level.for.${gap.level}`) });
  return t(`program.gap.kind.${n}`, { kind: t(`program.kinds.${gap.kind!}`), kindOne: t(`program.kind.${gap.kind!}`) });
}

/** Thin spots per goal, in goal order: `[goal, ['noch nichts für Profis', …]]`. */
export function gapsByGoal(gaps: readonly Gap[], t: Translate): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const g of gaps) out.set(g.goal, [...(out.get(g.goal) ?? []), gapPhrase(g, t)]);
  return [...out];
}

/** A survey group by name, on the page and in the report: a goal, „Mentees, Profi“, „Mentor:innen“ or „Alle“. */
export function groupLabel(key: Group['key'], t: Translate, goals: ReadonlyMap<string, string>): string {
  const { role, level, goal } = key;
  if (goal) return goals.get(goal) ?? goal;
  if (role && level) return t(role === 'mentee' ? 'program.feedback.menteesAt' : 'program.feedback.mentorsAt', { level: t(`level.${level as 'pro'}`) });
  if (role) return t(`program.feedback.role.${role as 'mentee'}`);
  return t('program.feedback.all');
}

export function periodLabel(period: string, t: Translate, style: 'long' | 'short' = 'long'): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  return t(style === 'long' ? 'program.period' : 'program.period.short', { year: match[1]!, quarter: match[2]! });
}

export function numbers(locale: string) {
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: 'numeric' });
  const monthShort = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'narrow' });
  return {
    mean: (x: number) => one.format(x),
    percent: (x: number) => pct.format(x),
    /** `2026-03` → "März 2026" (short month). */
    month: (m: string) => month.format(new Date(`${m}-01T00:00:00Z`)),
    /** `2026-03` → "M", for crowded chart axes. */
    monthLetter: (m: string) => monthShort.format(new Date(`${m}-01T00:00:00Z`)),
  };
}
