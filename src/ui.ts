/**
 * What every page and component needs in its UI language: the translator, URLs with
 * the base path and the language's prefix, date formatting. The language is a
 * parameter of each page (its URL), never a global: a component calls
 * `ui(Astro)` and gets the tools of the page it renders in.
 */
import { siteConfig } from '../site.config.ts';
import { useTranslations, type UIKey } from './i18n/index.ts';
import type { Locale } from './i18n/types.ts';
import { formatDate } from './lib/i18n.ts';
import { localePrefix, localeOfParams } from './lib/locales.ts';
import { routes, withBase } from './lib/url.ts';

export type { UIKey, Locale };
export { routes };

/** The UI languages of this build, the root one first. */
export const locales = siteConfig.locales;

/** The language a text is written in: its `lang`, else the root UI's (the default of the `lang` field). */
export const langOf = (lang: Locale | undefined): Locale => lang ?? siteConfig.locale;

/** A file that is the same in every UI (the search bundle, the favicon), with the base path. */
export const asset = (file: string) => withBase(siteConfig.base, file);

function tools(locale: Locale) {
  const t = useTranslations(locale);
  const prefix = localePrefix(locale, siteConfig.locales);
  /** A page of this UI with the base path, e.g. `url(routes.entry('tiktok'))`. */
  const url = (route: string) => withBase(siteConfig.base, `${prefix}${route.replace(/^\/+/, '')}`);
  return {
    locale,
    t,
    url,
    routes,
    asset,
    /** Whether this UI's pages go into the search index: the root UI's only, so each text is indexed once (src/integrations/pagefind.ts). */
    indexed: locale === siteConfig.locales[0],
    /** The base path plus this UI's prefix (`/kb/` or `/kb/en/`). */
    home: url(''),
    fmtDate: (date: Date, style: 'long' | 'short' = 'long') => formatDate(date, t('date.format'), style),
    /** Labels of taxonomy items in the UI language. */
    label: (item: { data: { label: { de: string; en: string } } }) => item.data.label[locale],
  };
}

export type UI = ReturnType<typeof tools>;

const bound = new Map<Locale, UI>();

/** The tools of one UI language, made once per language. */
export function uiFor(locale: Locale): UI {
  let found = bound.get(locale);
  if (!found) bound.set(locale, (found = tools(locale)));
  return found;
}

/**
 * The tools of the page being rendered: its language is the `locale` route parameter
 * (`src/pages/[...locale]/`), absent for the root language; a page outside that
 * folder (the 404 page) is in the root language.
 */
export function ui(astro: { params: Record<string, string | undefined> }): UI {
  return uiFor(localeOfParams(astro.params, siteConfig.locales));
}

/** `getStaticPaths` of a page that exists once per UI language. */
export function localePaths() {
  return siteConfig.locales.map((locale) => ({ params: { locale: localePrefix(locale, siteConfig.locales).replace(/\/$/, '') || undefined } }));
}

/** `getStaticPaths` of a dynamic page: each of its paths once per UI language. */
export function withLocales<P extends { params: Record<string, string>; props?: Record<string, unknown> }>(paths: readonly P[]) {
  return localePaths().flatMap((l) => paths.map((p) => ({ ...p, params: { ...p.params, ...l.params } })));
}
