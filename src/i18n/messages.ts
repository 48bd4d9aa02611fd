/**
 * The messages people who write content read: `npm run check`, `new`, `stale`,
 * `digest`, `report` and the build's content errors. Their words are in
 * `strings/messages.ts` (German and English, typed like the UI dictionary).
 *
 * The language is chosen once per process, before any message is made: each
 * command sets it from the site's language (`SITE_LOCALE`, German by default;
 * see scripts/lib/cli.ts), the build from its configuration. Schema error
 * callbacks run at validation time, so a message is always in the chosen language.
 */
import messages from './strings/messages.ts';
import { formatMessage, type Params } from '../lib/i18n.ts';
import type { Locale } from './types.ts';

export type MessageKey = keyof (typeof messages)['de'];

let current: Locale = 'de';

export function setMessageLocale(locale: Locale): void {
  current = locale;
}

export function messageLocale(): Locale {
  return current;
}

/**
 * The language the settings ask for, read from the variables alone (so a bad setting is
 * reported in it too): the first of SITE_LOCALES, else SITE_LOCALE, else German. It is the
 * site's root UI language whenever the settings are valid.
 */
export function messageLocaleOf(env: Record<string, string | undefined>): Locale {
  return askedLocale(env) ?? 'de';
}

/** The language the variables name (the first of SITE_LOCALES, else SITE_LOCALE), if it is one of ours. */
export function askedLocale(env: Record<string, string | undefined>): Locale | undefined {
  const asked = env.SITE_LOCALES?.split(',')[0]?.trim() || env.SITE_LOCALE?.trim();
  return asked === 'de' || asked === 'en' ? asked : undefined;
}

/** A message in the chosen language, placeholders filled, plural picked by `count`. */
export function msg(key: MessageKey, params?: Params): string {
  return msgIn(current, key, params);
}

/** A message in the given language: for the settings, whose messages come before the language is chosen. */
export function msgIn(locale: Locale, key: MessageKey, params?: Params): string {
  return formatMessage(messages[locale][key], params);
}
