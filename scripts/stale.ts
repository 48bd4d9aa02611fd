/**
 * `npm run stale` — the freshness report: entries past their `review` date,
 * grouped by mentor, as Markdown ready to post to the mentors. `--within 30`
 * adds the entries due in the next 30 days.
 */
import { startOfDay, toIsoDay } from '../src/lib/dates.ts';
import { absoluteUrl, routes } from '../src/lib/url.ts';
import { editUrl, type Repo } from '../src/lib/repo.ts';
import { escapeMarkdown } from '../src/lib/escape-markdown.ts';
import { loadLibrary } from './lib/load-library.ts';
import { dueByMentor, type DueEntry, type MentorDue } from '../src/lib/due-entries.ts';
import { msg } from '../src/i18n/messages.ts';
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io, configFrom, useMessageLanguage } from './lib/cli.ts';

/** The command's help, in the site's language. */
export const help = (): string => msg('help.stale');

const options = {
  within: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Lang = 'de' | 'en';

const text = {
  de: {
    title: (day: string) => `# Einträge zur Überprüfung – Stand ${day}`,
    none: (within: number) => (within ? `Kein Eintrag ist über seinem Review-Datum oder wird in den nächsten ${within} Tagen fällig.` : 'Kein Eintrag ist über seinem Review-Datum.'),
    intro: (overdue: number, soon: number, within: number) =>
      `${overdue === 1 ? '1 Eintrag ist' : `${overdue} Einträge sind`} über dem Review-Datum${within ? `, ${soon === 1 ? '1 weiterer wird' : `${soon} weitere werden`} in den nächsten ${within} Tagen fällig` : ''}. ` +
      'Bitte schaut euch eure Einträge an: Stimmt noch alles, auch der Ring? Dann `updated` und `review` anpassen und einen Pull Request öffnen. ' +
      'Passt ein Eintrag nicht mehr, sagt dem Programmteam Bescheid.',
    inactive: ' (nicht mehr aktiv – bitte neu zuordnen)',
    overdue: (d: string, days: number) => `seit ${days === 1 ? '1 Tag' : `${days} Tagen`} überfällig (Review-Datum ${d})`,
    soon: (d: string, days: number) => `fällig ${days === 0 ? 'heute' : days === 1 ? 'morgen' : `in ${days} Tagen`} (am ${d})`,
    edit: 'bearbeiten',
    day: (d: Date) => toIsoDay(d).split('-').reverse().join('.'),
  },
  en: {
    title: (day: string) => `# Entries to review – as of ${day}`,
    none: (within: number) => (within ? `No entry is past its review date or due in the next ${within} days.` : 'No entry is past its review date.'),
    intro: (overdue: number, soon: number, within: number) =>
      `${overdue === 1 ? '1 entry is' : `${overdue} entries are`} past the review date${within ? `, ${soon === 1 ? '1 more is' : `${soon} more are`} due in the next ${within} days` : ''}. ` +
      'Please have a look at your entries: is everything still right, the ring too? Then update `updated` and `review` and open a pull request. ' +
      'If an entry no longer fits, let the program team know.',
    inactive: ' (no longer active – please reassign)',
    overdue: (d: string, days: number) => `overdue by ${days === 1 ? '1 day' : `${days} days`} (review date ${d})`,
    soon: (d: string, days: number) => `due ${days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`} (on ${d})`,
    edit: 'edit',
    day: (d: Date) => toIsoDay(d),
  },
} as const;

type ReportOptions = { today: Date; within: number; lang: Lang; site: string; base: string; repo: Repo };

/** The report as Markdown: one section per mentor, most overdue first. */
function staleMarkdown(groups: readonly MentorDue[], o: ReportOptions): string {
  const t = text[o.lang];
  const lines = [t.title(t.day(o.today)), ''];
  const unique = new Map<string, DueEntry>();
  for (const g of groups) for (const e of g.entries) unique.set(e.file, e);
  if (unique.size === 0) return `${[...lines, t.none(o.within)].join('\n')}\n`;
  const overdue = [...unique.values()].filter((e) => e.state === 'overdue').length;
  lines.push(t.intro(overdue, unique.size - overdue, o.within), '');
  for (const g of groups) {
    lines.push(`## ${g.name}${g.contact ? ` (${g.contact})` : ''}${g.active ? '' : t.inactive}`, '');
    for (const e of g.entries) {
      const when = e.state === 'overdue' ? t.overdue(t.day(e.review), e.days) : t.soon(t.day(e.review), e.days);
      const link = absoluteUrl(o.site, o.base, routes.entry(e.id));
      lines.push(`- **[${escapeMarkdown(e.title)}](${link})** – ${when} · [${t.edit}](${editUrl(o.repo, e.file)})`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  useMessageLanguage(io.env);
  let within = 0;
  let lang: Lang;
  let config;
  try {
    const { values } = parseFlags(argv, options, 'stale');
    if (values.help) {
      io.stdout.write(help());
      return EXIT.ok;
    }
    config = configFrom(io.env);
    if (values.within !== undefined) {
      if (!/^\d+$/.test(values.within) || Number(values.within) > 3650) throw new UsageError(msg('stale.within', { found: values.within }));
      within = Number(values.within);
    }
    const wanted = values.lang ?? config.locale;
    if (wanted !== 'de' && wanted !== 'en') throw new UsageError(msg('stale.lang', { found: wanted }));
    lang = wanted;
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }

  const today = startOfDay(io.now);
  const { library, problems } = loadLibrary(config.contentDir, today, io.cwd);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors) io.stderr.write(`${msg('stale.note', { count: errors })}\n`);
  io.stdout.write(staleMarkdown(dueByMentor(library, today, within), { today, within, lang, site: config.site, base: config.base, repo: { url: config.repoUrl, branch: config.repoBranch, host: config.repoHost } }));
  return EXIT.ok;
}

runWhenMain(import.meta, main);
