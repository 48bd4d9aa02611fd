/**
 * The program model as Markdown (for HR and the staff magazine) and as CSV (one figure
 * per line, for a spreadsheet). Pure: same model, same bytes. Hidden survey groups are
 * written as "suppressed", never with their count.
 */
import { stringify } from 'csv-stringify/sync';
import { KINDS, LEVELS } from '../../schemas/entry.ts';
import { escapeMarkdown } from '../escape-markdown.ts';
import { toIsoDay } from '../dates.ts';
import { formatDate } from '../i18n.ts';
import { MIN_GROUP, figures, type Group } from '../feedback/suppress.ts';
import { resultRows } from '../feedback/results.ts';
import { QUIET_AFTER_DAYS } from './mentors.ts';
import { THIN_BELOW } from './coverage.ts';
import { total } from './contributions.ts';
import { gapsByGoal, groupLabel, numbers, periodLabel, type Translate } from './words.ts';
import type { ProgramModel } from './model.ts';

export type ReportContext = {
  model: ProgramModel;
  t: Translate;
  locale: 'de' | 'en';
  /** The site's name, e.g. "Trend Library". */
  title: string;
  /** Goal labels in the report's language, by id. */
  goals: ReadonlyMap<string, string>;
};

const cell = (text: string | number) => escapeMarkdown(String(text)).replace(/\n/g, ' ');
const table = (head: (string | number)[], rows: (string | number)[][], right = new Set<number>()) => [
  `| ${head.map(cell).join(' | ')} |`,
  `| ${head.map((_, i) => (right.has(i) ? '---:' : '---')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
].join('\n');
const numeric = (from: number, to: number) => new Set(Array.from({ length: to - from }, (_, i) => from + i));

export function reportMarkdown(ctx: ReportContext): string {
  const { model, t, locale } = ctx;
  const fmt = numbers(locale);
  const day = (d: Date) => formatDate(d, t('date.format'), 'long');
  const out: string[] = [];
  const h2 = (key: Parameters<Translate>[0]) => out.push('', `## ${t(key)}`, '');

  out.push(`# ${cell(t('program.report.title', { title: ctx.title }))}`, '');
  out.push(t('program.report.range', { from: model.from ? day(model.from) : day(model.to), to: day(model.to) }));

  h2('program.coverage');
  out.push(t('program.coverage.intro', { min: THIN_BELOW }), '');
  const gaps = gapsByGoal(model.coverage.gaps, t);
  out.push(`**${t('program.coverage.gaps')}**`, '');
  out.push(gaps.length ? gaps.map(([goal, phrases]) => `- **${cell(ctx.goals.get(goal) ?? goal)}:** ${cell(phrases.join('; '))}`).join('\n') : t('program.coverage.none', { min: THIN_BELOW }), '');
  const goalIds = [...model.coverage.byGoal.keys()];
  out.push(table(
    [t('program.coverage.goal'), ...LEVELS.flatMap((l) => KINDS.map((k) => `${t(`level.${l}`)}: ${t(`kind.${k}.plural`)}`)), t('program.coverage.total')],
    goalIds.map((g) => [ctx.goals.get(g) ?? g, ...LEVELS.flatMap((l) => KINDS.map((k) => model.coverage.cells.find((c) => c.goal === g && c.kind === k && c.level === l)!.count)), model.coverage.byGoal.get(g)!]),
    numeric(1, 11),
  ));

  h2('program.contributions');
  out.push(t('program.contributions.intro'), '');
  out.push(table(
    [t('program.contributions.month'), ...KINDS.map((k) => `${t('program.contributions.published')}: ${t(`kind.${k}.plural`)}`), ...KINDS.map((k) => `${t('program.contributions.updated')}: ${t(`kind.${k}.plural`)}`)],
    model.contributions.map((m) => [fmt.month(m.month), ...KINDS.map((k) => m.published[k]), ...KINDS.map((k) => m.updated[k])]),
    numeric(1, 7),
  ));

  h2('program.mentors');
  out.push(t('program.mentors.intro'), '');
  out.push(table(
    [t('program.mentors.name'), t('program.mentors.status'), t('program.mentors.entries'), t('program.mentors.last')],
    model.mentors.map((m) => [
      m.name,
      `${t(`program.mentors.${m.status}`)}${m.quiet ? ` (${t('program.mentors.quiet', { days: QUIET_AFTER_DAYS })})` : ''}`,
      m.entries,
      m.lastContribution ? day(m.lastContribution) : t('program.mentors.never'),
    ]),
    new Set([2]),
  ));

  h2('program.freshness');
  out.push(t('program.freshness.intro'), '');
  out.push(table(
    [t('program.freshness.kind'), t('program.freshness.total'), t('program.freshness.overdue'), t('program.freshness.share')],
    model.freshness.map((f) => [t(`kind.${f.kind}.plural`), f.total, f.overdue, fmt.percent(f.share)]),
    numeric(1, 4),
  ));

  h2('program.reach');
  out.push(t('program.reach.intro'), '');
  const { reach } = model;
  out.push(`- ${t('program.reach.glossary', { count: reach.glossaryTerms })}`);
  out.push(`- ${t('program.reach.digests', { count: reach.digests.sent })}${reach.digests.last ? ` (${t('program.reach.lastDigest', { number: reach.digests.last.number, date: day(reach.digests.last.published) })})` : ''}`);
  out.push(`- ${t('program.reach.digestEntries', { count: reach.digests.entries })}`, '');
  out.push(table([t('program.reach.level'), t('program.reach.paths'), t('program.reach.steps')], reach.paths.map((p) => [t(`level.${p.level}`), p.paths, p.steps]), numeric(1, 3)));

  h2('program.feedback');
  if (model.sample) out.push(`> ${t('program.feedback.sample')}`, '');
  const periods = model.feedback[0]?.periods ?? [];
  if (periods.length === 0) out.push(t('program.feedback.none'));
  else {
    out.push(t('program.feedback.intro'), '', t('program.feedback.privacy', { min: MIN_GROUP }));
    for (const result of model.feedback) {
      const q = result.question;
      out.push('', `### ${cell(q.label[locale])}`, '');
      out.push(`„${cell(q.text[locale])}“ · ${t('program.feedback.asked', { roles: q.asked.map((r) => t(`program.feedback.role.${r}`)).join(', ') })}`, '');
      out.push(`${t('program.feedback.legend')}`, '');
      const shown = (g: Group) => {
        const f = figures(g);
        return f ? `${fmt.mean(f.mean)} (${t('program.feedback.detail', { count: f.count, share: fmt.percent(f.favourableShare) })})` : t('program.feedback.tooFew');
      };
      out.push(table([t('program.feedback.group'), ...result.periods.map((p) => periodLabel(p.period, t, 'short'))], resultRows(result).map((row) => [groupLabel(row.key, t, ctx.goals), ...row.cells.map(shown)])));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Text a spreadsheet would read as a formula (a cell starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return: labels and names come from content files) gets a leading
 * apostrophe, so it is shown as text and never run. Numbers stay numbers.
 */
export function inertCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** One figure per line: section, subject, its label, group, period, measure, value. */
export function reportCsv(ctx: ReportContext): string {
  const { model, t, locale } = ctx;
  const lines: (string | number)[][] = [['section', 'subject', 'label', 'group', 'period', 'measure', 'value']];
  const add = (...row: (string | number)[]) => lines.push(row);
  const two = (x: number) => x.toFixed(2);

  for (const c of model.coverage.cells) add('coverage', c.goal, ctx.goals.get(c.goal) ?? c.goal, `kind=${c.kind};level=${c.level}`, '', 'entries', c.count);
  for (const g of model.coverage.gaps) add('coverage', g.goal, ctx.goals.get(g.goal) ?? g.goal, g.level ? `level=${g.level}` : `kind=${g.kind}`, '', 'thin', g.count);
  for (const m of model.contributions) {
    for (const k of KINDS) add('contributions', m.month, m.month, `kind=${k}`, '', 'published', m.published[k]);
    for (const k of KINDS) add('contributions', m.month, m.month, `kind=${k}`, '', 'updated', m.updated[k]);
    add('contributions', m.month, m.month, '', '', 'published_total', total(m.published));
  }
  for (const m of model.mentors) {
    add('mentors', m.id, m.name, '', '', 'status', m.status);
    add('mentors', m.id, m.name, '', '', 'entries', m.entries);
    add('mentors', m.id, m.name, '', '', 'last_contribution', m.lastContribution ? toIsoDay(m.lastContribution) : '');
    add('mentors', m.id, m.name, '', '', 'quiet', String(m.quiet));
  }
  for (const f of model.freshness) {
    add('freshness', f.kind, t(`kind.${f.kind}.plural`), '', '', 'entries', f.total);
    add('freshness', f.kind, t(`kind.${f.kind}.plural`), '', '', 'overdue', f.overdue);
    add('freshness', f.kind, t(`kind.${f.kind}.plural`), '', '', 'overdue_share', two(f.share));
  }
  for (const p of model.reach.paths) {
    add('reach', 'paths', t(`level.${p.level}`), `level=${p.level}`, '', 'paths', p.paths);
    add('reach', 'paths', t(`level.${p.level}`), `level=${p.level}`, '', 'steps', p.steps);
  }
  add('reach', 'glossary', t('nav.glossary'), '', '', 'terms', model.reach.glossaryTerms);
  add('reach', 'digests', t('nav.digests'), '', '', 'sent', model.reach.digests.sent);
  add('reach', 'digests', t('nav.digests'), '', '', 'entries', model.reach.digests.entries);
  for (const result of model.feedback) {
    const q = result.question;
    for (const row of resultRows(result)) {
      const group = Object.entries(row.key).map(([k, v]) => `${k}=${v}`).join(';') || 'all';
      row.cells.forEach((g, i) => {
        const period = result.periods[i]!.period;
        const f = figures(g);
        if (!f) return add('feedback', q.id, q.label[locale], group, period, 'suppressed', `fewer than ${MIN_GROUP} answers or needed to protect one`);
        add('feedback', q.id, q.label[locale], group, period, 'answers', f.count);
        add('feedback', q.id, q.label[locale], group, period, 'mean', two(f.mean));
        add('feedback', q.id, q.label[locale], group, period, 'favourable_share', two(f.favourableShare));
      });
    }
  }
  if (model.sample) add('feedback', '', '', '', '', 'sample_data', 'true');
  // csv-stringify quotes a field with a comma, quote or line break in it (RFC 4180), lines end in `\n`.
  return stringify(lines.map((l) => l.map(inertCell)), { record_delimiter: 'unix' });
}
