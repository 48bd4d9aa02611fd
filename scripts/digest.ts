/**
 * `npm run digest` — the newsletter digest for internal comms, written up in docs/newsletter.md.
 *
 * Selects the published entries whose `published` or `updated` day falls in a
 * period, writes the record `content/digests/<number>.md` and exports
 * newsletter.html, .txt, .md and .eml into the out folder. Everything is built
 * from one data model (src/lib/digest/); this file only reads flags and files,
 * checks them, and writes the results all at once or not at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SiteConfig } from '../site.config.ts';
import { loadLibrary } from './lib/load-library.ts';
import { digestSchema } from '../src/schemas/digest.ts';
import { formatProblems } from '../src/schemas/problems.ts';
import { parseIsoDay, startOfDay, toIsoDay } from '../src/lib/dates.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { defaultPeriod, periodKey } from '../src/lib/digest/period.ts';
import { defaultFeatured, digestOrder, nextNumber, previousRecord, selectEntries } from '../src/lib/digest/select.ts';
import { leftOut } from '../src/lib/digest/left-out.ts';
import { allItems, buildDigest, defaultIntro, defaultTitle, type DigestModel, type DigestRecordInput } from '../src/lib/digest/model.ts';
import { introProblems, parseIntro } from '../src/lib/digest/intro.ts';
import { GMAIL_CLIP_BYTES, renderHtml } from '../src/lib/digest/mjml.ts';
import { renderText } from '../src/lib/digest/text.ts';
import { renderMarkdown } from '../src/lib/digest/markdown.ts';
import { composeEml } from '../src/lib/digest/eml.ts';
import { serializeRecord } from '../src/lib/digest/record.ts';
import { siteInLocale } from '../src/lib/locales.ts';

export { EXIT, type Io, type Output } from './lib/cli.ts';
import { EXIT, configFrom, parseFlags, runWhenMain, usageMessage, type Io, useMessageLanguage } from './lib/cli.ts';
import { messageLocale, msg } from '../src/i18n/messages.ts';
import { WriteError, writeAll } from './lib/write-all.ts';
import { productionEnv } from './lib/production.ts';
import { PRODUCTION_FILE } from '../src/lib/production-config.ts';

class DigestError extends Error {
  readonly code: number;
  constructor(message: string, code: number) {
    super(message);
    this.name = 'DigestError';
    this.code = code;
  }
}
const usage = (message: string) => new DigestError(message, EXIT.usage);
const content = (message: string) => new DigestError(message, EXIT.content);

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  number: { type: 'string' },
  title: { type: 'string' },
  intro: { type: 'string' },
  featured: { type: 'string', multiple: true },
  out: { type: 'string' },
  locale: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command's help, in the site's language. */
export const help = (): string => msg('help.digest');

function flags(argv: readonly string[]) {
  try {
    return parseFlags(argv, OPTIONS, 'digest').values;
  } catch (error) {
    throw usage(usageMessage(error));
  }
}

function dayFlag(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDay(value.trim());
  if (!day) throw usage(msg('cli.date', { name, found: value }));
  return day;
}

function localeFlag(value: string | undefined, config: SiteConfig): SiteConfig['locale'] {
  if (value === undefined) return config.locale;
  const found = config.locales.find((l) => l === value.trim());
  if (!found) throw usage(msg('cli.locale', { locales: config.locales.join(', '), found: value }));
  return found;
}

function numberFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw usage(msg('digest.number', { found: value }));
  return Number(value);
}

function readIntro(file: string | undefined, cwd: string): string | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (cause) {
    throw usage(msg('digest.introUnreadable', { file, code: (cause as NodeJS.ErrnoException).code ?? msg('digest.unreadable') }));
  }
  const problems = introProblems(parseIntro(text));
  if (problems.length > 0) throw content(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
  if (text.trim() === '') throw usage(msg('digest.introEmpty', { file }));
  return text;
}

type Planned = { file: string; data: string | Buffer };

/** A size in the messages' language: 113,1 KB in German, 113.1 KB in English. */
const kb = (bytes: number) => `${new Intl.NumberFormat(messageLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(bytes / 1024)} KB`;

function summary(model: DigestModel, previous: number | undefined, record: DigestRecordInput): string {
  const items = allItems(model);
  const lines = [
    msg('digest.summary.title', { number: model.number, title: model.title }),
    msg('digest.summary.period', { period: periodKey(model), after: previous ? msg('digest.summary.after', { number: previous }) : msg('digest.summary.first') }),
    msg('digest.summary.counts', { entries: msg('check.count.entries', { count: items.length }), featured: model.featured.length, moves: msg('digest.count.moves', { count: model.moves.length }) }),
    ...items.map((i) => `  ${record.featured.includes(i.slug) ? '★' : '·'} ${i.slug} — ${i.title} (${i.kind}, ${i.status})`),
    ...model.moves.map((m) => `  ↕ ${m.slug}: ${m.from} → ${m.to} (${toIsoDay(m.date)})`),
  ];
  return `${lines.join('\n')}\n`;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const f = flags(argv);
  if (f.help) {
    io.stdout.write(help());
    return EXIT.ok;
  }
  let config: SiteConfig;
  // The production address comes from site.production.json when the project has one (no one types it).
  let production: ReturnType<typeof productionEnv>;
  try {
    production = productionEnv(io.cwd, io.env);
    config = configFrom(production?.env ?? io.env);
    // Stored production values may name the site's language: the messages follow it from here on.
    if (production) useMessageLanguage(production.env);
  } catch (e) {
    throw usage((e as Error).message);
  }
  const locale = localeFlag(f.locale, config);
  const fromFlag = dayFlag('from', f.from);
  const toFlag = dayFlag('to', f.to);
  const numberValue = numberFlag(f.number);
  if (f.title !== undefined && f.title.trim() === '') throw usage(msg('digest.titleEmpty'));
  const intro = readIntro(f.intro, io.cwd);

  const today = startOfDay(io.now);
  const { library, problems } = loadLibrary(config.contentDir, today, io.cwd);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw content(`${msg('digest.contentErrors', { count: errors.length })}\n\n${formatProblems(errors)}`);

  const records = library.digests.map((d) => ({ ...d.data, file: d.file }));
  const number = numberValue ?? nextNumber(records);
  const existing = records.find((r) => r.number === number);
  if (existing && !f.force) {
    throw usage(msg('digest.exists', { number, file: existing.file, next: nextNumber(records) }));
  }
  const previous = previousRecord(records, number);
  const fallback = defaultPeriod(previous, today);
  const period = { from: fromFlag ?? fallback.from, to: toFlag ?? fallback.to };
  if (period.from > period.to) {
    const to = toFlag ? `--to ${toIsoDay(period.to)}` : msg('digest.today', { day: toIsoDay(period.to) });
    throw usage(fromFlag
      ? msg('digest.fromAfterTo', { from: toIsoDay(period.from), to })
      : msg('digest.periodAfterTo', { from: toIsoDay(period.from), to, why: previous ? msg('digest.afterDigest', { number: previous.number }) : msg('digest.firstDefault') }));
  }

  const selected = selectEntries(library.entries, period);
  if (selected.length === 0) {
    throw content(msg('digest.noEntries', { from: toIsoDay(period.from), to: toIsoDay(period.to) }));
  }

  const featured = f.featured ? [...new Set(f.featured.map((s) => s.trim()))] : defaultFeatured(selected);
  const selectedIds = selected.map((e) => e.id);
  for (const slug of featured) {
    if (selectedIds.includes(slug)) continue;
    const known = library.entries.find((e) => e.id === slug);
    const found = !known ? `${msg('digest.featured.unknown')}${didYouMean(slug, selectedIds)}`
      : known.data.draft ? msg('digest.featured.draft')
      : msg('digest.featured.outside', { from: toIsoDay(period.from), to: toIsoDay(period.to) });
    throw usage(msg('digest.featured', { slug, found, ids: selectedIds.join(', ') }));
  }

  const record: DigestRecordInput = {
    number,
    title: f.title?.trim() ?? defaultTitle(config.title, number, period.from, period.to, locale),
    from: period.from,
    to: period.to,
    // The issue is dated by its last day, so no clock read decides what is written.
    published: period.to,
    entries: digestOrder(selected, featured),
    featured,
    intro: intro ?? defaultIntro(period.from, period.to, locale),
  };
  const recordText = serializeRecord(record);
  // The record must read back through the site's own schema, or the build would break later.
  const reread = digestSchema.safeParse(parseYaml(splitFrontMatter(recordText)?.yaml ?? ''));
  if (!reread.success) throw new Error(msg('digest.recordInvalid', { detail: reread.error.message }));

  const published = library.entries.filter((e) => !e.data.draft);
  const model = buildDigest({
    record,
    entries: published,
    mentorNames: new Map(library.mentors.map((m) => [m.id, m.data.name])),
    previousTo: previous?.to,
    site: siteInLocale(config, locale),
  });
  const text = renderText(model);
  const html = await renderHtml(model);
  const size = Buffer.byteLength(html);
  if (size > GMAIL_CLIP_BYTES) {
    throw content(msg('digest.gmail', { size: kb(size), limit: kb(GMAIL_CLIP_BYTES) }));
  }
  const eml = await composeEml(model, text, html);

  if (production) io.stderr.write(`digest: ${msg('digest.linksProduction', { url: `${config.site}${config.base}`, file: PRODUCTION_FILE })}\n`);
  else if (!io.env.SITE_URL) io.stderr.write(`digest: ${msg('digest.noSiteUrl', { site: config.site, file: PRODUCTION_FILE })}\n`);
  io.stdout.write(summary(model, previous?.number, record));
  if (f['dry-run']) {
    const missing = leftOut(library.entries, selected, period, records);
    if (missing.length > 0) {
      io.stdout.write(`${msg('digest.leftOut', { count: missing.length })}\n${missing.map((m) => `  – ${m.id} — ${m.text}`).join('\n')}\n`);
    }
    io.stdout.write(`${msg('digest.dryRun')}\n`);
    return EXIT.ok;
  }

  const out = f.out ?? path.join('digests-out', String(number));
  const files: Planned[] = [
    { file: path.join(config.contentDir, 'digests', `${number}.md`), data: recordText },
    { file: path.join(out, 'newsletter.html'), data: html },
    { file: path.join(out, 'newsletter.txt'), data: text },
    { file: path.join(out, 'newsletter.md'), data: renderMarkdown(model) },
    { file: path.join(out, 'newsletter.eml'), data: eml },
  ];
  try {
    writeAll(files, io.cwd);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw usage(msg('report.notWritten', { reason: error.message }));
  }
  io.stdout.write(`${msg('digest.wrote')}\n${files.map(({ file, data }) => `  ${file} (${kb(Buffer.byteLength(data))})`).join('\n')}\n`);
  io.stdout.write(`${msg('digest.next', { file: files[0]!.file, number })}\n`);
  return EXIT.ok;
}

/** Runs the command; returns the exit code. Messages go to `io.stderr`, nothing is written on an error. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  useMessageLanguage(io.env);
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof DigestError) {
      io.stderr.write(`digest: ${error.message}\n`);
      return error.code;
    }
    throw error;
  }
}

runWhenMain(import.meta, main);
