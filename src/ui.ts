/**
 * What every page and component needs from the configuration, bound once:
 * the translator for the site's locale, base-aware URLs and date formatting.
 */
import { siteConfig } from '../site.config.ts';
import { useTranslations, type UIKey } from './i18n/index.ts';
import { formatDate } from './lib/i18n.ts';
import { routes, withBase } from './lib/url.ts';

export const locale = siteConfig.locale;
export const t = useTranslations(locale);
export type { UIKey };

/** A site-internal URL with the base path, e.g. `url(routes.entry('tiktok'))`. */
export const url = (route: string) => withBase(siteConfig.base, route);
export { routes };

export const fmtDate = (date: Date, style: 'long' | 'short' = 'long') => formatDate(date, t('date.format'), style);

/** Labels of taxonomy items in the UI language. */
export const label = (item: { data: { label: { de: string; en: string } } }) => item.data.label[locale];
