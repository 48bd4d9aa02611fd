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

/** A message in the chosen language, placeholders filled, plural picked by `count`. */
export function msg(key: MessageKey, params?: Params): string {
  return formatMessage(messages[current][key], params);
}
