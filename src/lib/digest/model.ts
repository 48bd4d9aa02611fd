/**
 * The one data model of a digest. The email HTML, the plain text, the Markdown and
 * the web page all render this model; none is converted from another.
 */
import type { Kind, Lang, Level, Ring } from '../../schemas/entry.ts';
import type { Locale } from '../../i18n/types.ts';
import { dictionaries, type UIKey } from '../../i18n/index.ts';
import { createTranslator, formatDate } from '../i18n.ts';
import { netMove } from '../ring-history.ts';
import { absoluteUrl, routes } from '../url.ts';
import { addDays } from '../dates.ts';
import { inPeriod, periodLabel } from './period.ts';
import { KIND_ORDER, type DigestEntry } from './select.ts';

/** The record as `content/digests/<number>.md` keeps it; `intro` is the Markdown body. */
export type DigestRecordInput = {
  number: number;
  title: string;
  from: Date;
  to: Date;
  published: Date;
  entries: readonly string[];
  featured: readonly string[];
  intro: string;
};

export type SiteInfo = { site: string; base: string; locale: Locale; title: string };

export type DigestItem = {
  slug: string;
  title: string;
  summary: string;
  kind: Kind;
  level: Level;
  ring: Ring;
  /** Set when the entry's language differs from the digest's. */
  lang?: Lang;
  mentors: string[];
  status: 'new' | 'updated';
  url: string;
};

export type DigestMoveItem = { slug: string; title: string; url: string; from: Ring; to: Ring; date: Date; lang?: Lang };

export type DigestModel = {
  locale: Locale;
  program: string;
  number: number;
  title: string;
  from: Date;
  to: Date;
  published: Date;
  /** The period in words: months where it covers whole months ("September–Oktober 2026"). */
  period: string;
  /** The period as days ("1. September – 31. Oktober 2026"). */
  days: string;
  preheader: string;
  /** The editor's words, Markdown. */
  intro: string;
  featured: DigestItem[];
  sections: { kind: Kind; items: DigestItem[] }[];
  moves: DigestMoveItem[];
  links: { web: string; archive: string; contribute: string; home: string };
};

export type DigestInput = {
  record: DigestRecordInput;
  /** Every published entry: the record's slugs are looked up here, and moves are found among them. */
  entries: readonly DigestEntry[];
  mentorNames: ReadonlyMap<string, string>;
  /** `to` of the digest before this one; moves are counted after it. */
  previousTo?: Date;
  site: SiteInfo;
};

export type Translate = (key: UIKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return createTranslator<UIKey>(dictionaries[locale]);
}

/** Dates in the digest's language, e.g. `31. Oktober 2026`. */
function dateText(date: Date, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return formatDate(date, translator(locale)('date.format'), style);
}

/** The default title, e.g. `Trend Library Digest #2 – September–Oktober 2026`. */
export function defaultTitle(program: string, number: number, from: Date, to: Date, locale: Locale): string {
  const t = translator(locale);
  return t('digest.title', { program, number, period: periodLabel({ from, to }, t('date.format')) });
}

/** The default intro when the editor gives none. */
export function defaultIntro(from: Date, to: Date, locale: Locale): string {
  return translator(locale)('digest.intro.default', { from: dateText(from, locale), to: dateText(to, locale) });
}

const PREHEADER_MAX = 110;

/** The line inbox lists show after the subject: how many entries, and the first titles that fit. */
function preheader(t: Translate, items: readonly DigestItem[]): string {
  const titles: string[] = [];
  for (const item of items) {
    const next = t('digest.preheader', { count: items.length, titles: [...titles, item.title].join(', ') });
    if (titles.length > 0 && next.length > PREHEADER_MAX) break;
    titles.push(item.title);
  }
  const more = titles.length < items.length ? ' …' : '';
  return t('digest.preheader', { count: items.length, titles: titles.join(', ') + more });
}

export function buildDigest({ record, entries, mentorNames, previousTo, site }: DigestInput): DigestModel {
  const t = translator(site.locale);
  const link = (route: string) => absoluteUrl(site.site, site.base, route);
  const bySlug = new Map(entries.map((e) => [e.id, e]));
  const period = { from: record.from, to: record.to };
  const item = (e: DigestEntry): DigestItem => ({
    slug: e.id,
    title: e.data.title,
    summary: e.data.summary,
    kind: e.data.kind,
    level: e.data.level,
    ring: e.data.ring,
    ...(e.data.lang && e.data.lang !== site.locale ? { lang: e.data.lang } : {}),
    mentors: e.data.mentors.map((id) => mentorNames.get(id) ?? id),
    status: inPeriod(e.data.published, period) ? 'new' : 'updated',
    url: link(routes.entry(e.id)),
  });
  // A record may name an entry that became a draft or was removed since; it is skipped.
  const shown = record.entries.map((s) => bySlug.get(s)).filter((e): e is DigestEntry => e !== undefined);
  const items = shown.map(item);
  const featured = items.filter((i) => record.featured.includes(i.slug));
  const rest = items.filter((i) => !record.featured.includes(i.slug));
  const since = previousTo ?? addDays(record.from, -1);
  const moves = entries
    .filter((e) => !e.data.draft)
    .flatMap((e) => {
      const move = netMove(e.data, since, record.to);
      return move ? [{ slug: e.id, title: e.data.title, url: link(routes.entry(e.id)), from: move.from, to: move.to, date: move.date, ...(e.data.lang && e.data.lang !== site.locale ? { lang: e.data.lang } : {}) }] : [];
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, 'de'));

  return {
    locale: site.locale,
    program: site.title,
    number: record.number,
    title: record.title,
    from: record.from,
    to: record.to,
    published: record.published,
    period: periodLabel(period, t('date.format')),
    days: periodLabel(period, t('date.format'), 'days'),
    preheader: preheader(t, [...featured, ...rest]),
    intro: record.intro.trim(),
    featured,
    sections: KIND_ORDER.map((kind) => ({ kind, items: rest.filter((i) => i.kind === kind) })).filter((s) => s.items.length > 0),
    moves,
    links: { web: link(routes.digest(record.number)), archive: link(routes.digests()), contribute: link(routes.contribute()), home: link(routes.home()) },
  };
}

/** Every entry of the model once, featured first: the order of the record. */
export function allItems(model: DigestModel): DigestItem[] {
  return [...model.featured, ...model.sections.flatMap((s) => s.items)];
}
