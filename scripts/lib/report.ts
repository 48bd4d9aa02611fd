/**
 * The check's result as people and machines read it: text for the terminal,
 * GitHub workflow commands for annotations on the pull request, JSON, a
 * Markdown summary for the pull-request comment, and GitLab's Code Quality report. Problems are worded once, by
 * src/schemas/problems.ts; this module only arranges them.
 */
import { createHash } from 'node:crypto';
import { formatProblems, type Problem } from '../../src/schemas/problems.ts';
import { toIsoDay } from '../../src/lib/dates.ts';
import { msg } from '../../src/i18n/messages.ts';
import type { CheckResult } from './check-content.ts';
import type { DueEntry, MentorDue } from '../../src/lib/due-entries.ts';

const count = (key: 'check.count.entries' | 'check.count.mentors' | 'check.count.errors' | 'check.count.files' | 'check.count.warnings' | 'check.count.days', n: number) => msg(key, { count: n });

/** Each stale entry counts once, however many mentors it has. */
const staleCount = (stale: readonly MentorDue[]) => new Set(stale.flatMap((m) => m.entries.map((e) => e.file))).size;

function warningCount(result: CheckResult): number {
  return result.warnings.length + staleCount(result.stale);
}

/** "✖ 3 errors in 2 files, 1 warning" or "✔ 33 entries, 7 mentors checked, no errors". */
function summaryLine(result: CheckResult): string {
  const warnings = warningCount(result);
  const tail = warnings ? `, ${count('check.count.warnings', warnings)}` : '';
  if (result.errors.length === 0) {
    return msg('check.summary.ok', { entries: count('check.count.entries', result.counts.entries), mentors: count('check.count.mentors', result.counts.mentors), tail });
  }
  const files = new Set(result.errors.map((p) => p.file)).size;
  return msg('check.summary.errors', { errors: count('check.count.errors', result.errors.length), files: count('check.count.files', files), tail });
}

const dueText = (e: DueEntry) =>
  e.state === 'overdue'
    ? msg('check.overdue', { day: toIsoDay(e.review), days: count('check.count.days', e.days) })
    : msg('check.due', { day: toIsoDay(e.review), days: count('check.count.days', e.days) });

function staleText(stale: readonly MentorDue[]): string {
  return stale
    .map((m) => [`  ${m.name} (${m.id})${m.active ? '' : msg('check.inactive')}`, ...m.entries.map((e) => `    ${e.file} ${msg('check.title', { title: e.title })}: ${dueText(e)}`)].join('\n'))
    .join('\n');
}

/** The terminal report: errors by file, warnings by file, reviews by mentor, one summary line. */
export function textReport(result: CheckResult): string {
  const parts: string[] = [];
  if (result.errors.length) parts.push(formatProblems(result.errors));
  if (result.warnings.length) parts.push(`${msg('check.warnings')}\n\n${formatProblems(result.warnings)}`);
  if (result.stale.length) parts.push(`${msg('check.stale')}\n${staleText(result.stale)}`);
  parts.push(summaryLine(result));
  return `${parts.join('\n\n')}\n`;
}

/** GitHub workflow commands escape data and properties differently. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(level: 'error' | 'warning', p: { file: string; line?: number; title: string; message: string }): string {
  const props = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(p.title)}`];
  return `::${level} ${props.join(',')}::${escapeData(p.message)}`;
}

/** One annotation per problem and per stale entry, shown on the pull request's files. */
export function githubAnnotations(result: CheckResult): string {
  const problem = (level: 'error' | 'warning') => (p: Problem) => annotation(level, { file: p.file, line: p.line, title: p.field || 'file', message: p.message });
  const seen = new Set<string>();
  const stale = result.stale.flatMap((m) =>
    m.entries.filter((e) => !seen.has(e.file) && seen.add(e.file)).map((e) => annotation('warning', { file: e.file, title: 'review', message: msg('check.staleAnnotation', { due: dueText(e) }) })),
  );
  return [...result.errors.map(problem('error')), ...result.warnings.map(problem('warning')), ...stale].map((l) => `${l}\n`).join('');
}

export function jsonReport(result: CheckResult): string {
  const ok = result.errors.length === 0;
  const data = {
    ok,
    summary: summaryLine(result),
    counts: { ...result.counts, errors: result.errors.length, warnings: warningCount(result) },
    errors: result.errors,
    warnings: result.warnings,
    stale: result.stale.map((m) => ({ ...m, entries: m.entries.map((e) => ({ ...e, review: toIsoDay(e.review) })) })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Marks the comment so the workflow updates it instead of adding a new one on every push. */
const COMMENT_MARKER = '<!-- trend-library-check -->';

const mdCode = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;

/** The pull-request comment: summary first, then what to fix, grouped by file. */
export function markdownReport(result: CheckResult): string {
  const lines = [COMMENT_MARKER, `### ${summaryLine(result)}`, ''];
  const byFile = (problems: readonly Problem[]) => {
    const files = [...new Set(problems.map((p) => p.file))];
    for (const file of files) {
      lines.push(`**${mdCode(file)}**`, '');
      for (const p of problems.filter((q) => q.file === file)) {
        lines.push(`- ${p.line ? msg('problem.line', { line: p.line }) : ''}${mdCode(p.field || msg('problem.file'))}: ${p.message.replace(/\n/g, ' ')}`);
      }
      lines.push('');
    }
  };
  if (result.errors.length) {
    lines.push(msg('check.md.fix'), '');
    byFile(result.errors);
  }
  if (result.warnings.length) {
    lines.push(`<details><summary>${msg('check.md.warnings')}</summary>`, '');
    byFile(result.warnings);
    lines.push('</details>', '');
  }
  if (result.stale.length) {
    lines.push(`<details><summary>${msg('check.md.stale')}</summary>`, '');
    for (const m of result.stale) {
      lines.push(`- **${m.name}**${m.active ? '' : msg('check.inactiveShort')}`);
      for (const e of m.entries) lines.push(`  - ${mdCode(e.file)} ${msg('check.title', { title: e.title })}: ${dueText(e)}`);
    }
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * GitLab's Code Quality report (a subset of the Code Climate format GitLab documents:
 * `description`, `check_name`, `fingerprint`, `severity`, `location.path`,
 * `location.lines.begin`), for `artifacts:reports:codequality`: GitLab shows each
 * problem in the merge request's widget and next to the changed line. Errors are
 * `major`, warnings and reviews `minor`. The fingerprint is stable across runs, so
 * GitLab can tell new problems from old ones.
 */
export function codeQualityReport(result: CheckResult): string {
  type Issue = { description: string; check_name: string; fingerprint: string; severity: 'major' | 'minor'; location: { path: string; lines: { begin: number } } };
  const fingerprint = (...parts: (string | number | undefined)[]) => createHash('md5').update(parts.join('\u0000')).digest('hex');
  const issue = (severity: Issue['severity']) => (p: Problem): Issue => ({
    description: `${p.field ? `${p.field}: ` : ''}${p.message}`,
    check_name: `trend-library/${p.field || 'file'}`,
    fingerprint: fingerprint(severity, p.file, p.field, p.message),
    severity,
    location: { path: p.file, lines: { begin: p.line ?? 1 } },
  });
  const seen = new Set<string>();
  const stale = result.stale.flatMap((m) =>
    m.entries.filter((e) => !seen.has(e.file) && seen.add(e.file)).map((e): Issue => ({
      description: `review: ${msg('check.staleAnnotation', { due: dueText(e) })}`,
      check_name: 'trend-library/review',
      fingerprint: fingerprint('review', e.file, toIsoDay(e.review)),
      severity: 'minor',
      location: { path: e.file, lines: { begin: 1 } },
    })),
  );
  return `${JSON.stringify([...result.errors.map(issue('major')), ...result.warnings.map(issue('minor')), ...stale], null, 2)}\n`;
}
