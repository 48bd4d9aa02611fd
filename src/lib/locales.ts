/**
 * Where each UI language lives: the first configured language at the site's root,
 * every other one under `/<code>/` (`SITE_LOCALES`, see site.config.ts). Pure: the
 * pages, the switcher, the feeds and the commands compute URLs with these.
 */

/** The language's folder below the base path: `''` for the root language, else `en/`. */
export function localePrefix<L extends string>(locale: L, locales: readonly L[]): string {
  return locale === locales[0] ? '' : `${locale}/`;
}

/** The language of a page from its `locale` route parameter (absent: the root language). */
export function localeOfParams<L extends string>(params: Record<string, string | undefined>, locales: readonly L[]): L {
  const given = params.locale;
  const found = locales.find((l) => l === given);
  if (given !== undefined && !found) throw new Error(`Unknown UI language in the URL: ${JSON.stringify(given)}; configured: ${locales.join(', ')}`);
  return found ?? locales[0]!;
}

/**
 * A page's route without base path and language prefix, from its pathname:
 * `/kb/en/entries/x/` → `entries/x/`. Pathnames outside the base stay as they are.
 */
export function routeOfPath<L extends string>(pathname: string, base: string, locale: L, locales: readonly L[]): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const inBase = pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, '');
  const prefix = localePrefix(locale, locales);
  return prefix && inBase.startsWith(prefix) ? inBase.slice(prefix.length) : prefix && `${inBase}/` === prefix ? '' : inBase;
}

/** The same route in each language, with base path and prefix: the switcher's and `hreflang`'s targets. */
export function alternateUrls<L extends string>(route: string, base: string, locales: readonly L[]): Record<L, string> {
  const head = base.endsWith('/') ? base : `${base}/`;
  return Object.fromEntries(locales.map((l) => [l, `${head}${localePrefix(l, locales)}${route.replace(/^\/+/, '')}`])) as Record<L, string>;
}

/** The site as one UI language sees it: its base path includes the language's prefix (`/kb/en/`), so absolute links (digests, feeds, reports) stay in that UI. */
export function siteInLocale<L extends string, S extends { base: string; locales: readonly L[] }>(site: S, locale: NoInfer<L>): S & { locale: L } {
  const head = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return { ...site, locale, base: `${head}${localePrefix(locale, site.locales)}` };
}
