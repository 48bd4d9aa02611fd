/**
 * `npm run report` — the figures of /program/ as Markdown (for HR and the staff
 * magazine) and CSV (for a spreadsheet), for a day range. Same content and flags,
 * same bytes. Exit codes: 0 written, 1 the content has errors, 2 the command was
 * called wrongly; on any error nothing is written.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadLibrary } from './lib/load-library.ts';
import { msg } from '../src/i18n/messages.ts';
import { EXIT, UsageError, configFrom, parseFlags, runWhenMain, usageMessage, type Io, useMessageLanguage } from './lib/cli.ts';
import { WriteError, writeAll } from './lib/write-all.ts';
import { formatProblems } from '../src/schemas/problems.ts';
import { loadFeedback } from '../src/lib/feedback/load.ts';
import { parseIsoDay, startOfDay, toIsoDay } from '../src/lib/dates.ts';
import { programModel } from '../src/lib/program/model.ts';
import { programInput } from '../src/lib/program/input.ts';
import { reportCsv, reportMarkdown } from '../src/lib/program/report.ts';
import { useTranslations } from '../src/i18n/index.ts';

/** The command's help, in the site's language. */
export const help = (): string => msg('help.report');

const options = {
  from: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const FILES = ['program-report.md', 'program-report.csv'] as const;

function dayFlag(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDay(value.trim());
  if (!day) throw new UsageError(msg('cli.date', { name, found: value }));
  return day;
}

export async function main(argv: string[], io: Io): Promise<number> {
  useMessageLanguage(io.env);
  const today = startOfDay(io.now);
  let flags;
  let config;
  try {
    const { values } = parseFlags(argv, options, 'report');
    if (values.help) {
      io.stdout.write(help());
      return EXIT.ok;
    }
    config = configFrom(io.env);
    const from = dayFlag('from', values.from);
    const to = dayFlag('to', values.to) ?? today;
    if (to > today) throw new UsageError(msg('report.toAfterToday', { today: toIsoDay(today), found: toIsoDay(to) }));
    if (from && from > to) throw new UsageError(msg('report.fromAfterTo', { to: toIsoDay(to), found: toIsoDay(from) }));
    if (values.out !== undefined && values.out.trim() === '') throw new UsageError(msg('report.outEmpty'));
    const out = path.resolve(io.cwd, values.out ?? 'report-out');
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(msg('report.outFile', { file: path.relative(io.cwd, out) || out }));
    const locale = values.locale === undefined ? config.locale : config.locales.find((l) => l === values.locale!.trim());
    if (!locale) throw new UsageError(msg('cli.locale', { locales: config.locales.join(', '), found: values.locale ?? '' }));
    flags = { from, to, out, locale };
  } catch (error) {
    io.stderr.write(`report: ${usageMessage(error)}\n`);
    return EXIT.usage;
  }

  // Validated the way the build and `npm run check` validate: any error, no report.
  const { library, problems } = loadLibrary(config.contentDir, flags.to, io.cwd);
  const feedback = loadFeedback({ rootDir: io.cwd, contentDir: config.contentDir });
  const errors = [...problems, ...feedback.problems].filter((p) => p.severity === 'error');
  if (errors.length) {
    io.stderr.write(`report: ${msg('report.contentErrors', { count: errors.length })}\n\n${formatProblems(errors)}\n`);
    return EXIT.content;
  }

  const { locale } = flags;
  const t = useTranslations(locale);
  const model = programModel(programInput(library, feedback, { to: flags.to, from: flags.from, locale }));
  const ctx = { model, t, locale, title: config.title, goals: new Map(library.goals.map((g) => [g.id, g.data.label[locale]])) };
  const shown = path.relative(io.cwd, flags.out) || '.';
  try {
    writeAll([
      { file: path.join(shown, FILES[0]), data: reportMarkdown(ctx) },
      { file: path.join(shown, FILES[1]), data: reportCsv(ctx) },
    ], io.cwd);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr.write(`report: --out: ${msg('report.notWritten', { reason: error.message })}\n`);
    return EXIT.usage;
  }
  io.stdout.write(`${msg('report.written', { from: model.from ? toIsoDay(model.from) : toIsoDay(flags.to), to: toIsoDay(flags.to), files: FILES.map((f) => path.join(shown, f)).join(', ') })}\n`);
  return EXIT.ok;
}

runWhenMain(import.meta, main);
