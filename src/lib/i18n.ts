import type { Message } from '../i18n/types.ts';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so it is noticed. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the plural form by `params.count` (German and English share the one/other rule). */
export function pick(message: Message, params: Params = {}): string {
  if (typeof message === 'string') return message;
  return Number(params.count) === 1 ? message.one : message.other;
}

/** A message with its plural form picked and its placeholders filled, from the same params. */
export function formatMessage(message: Message, params: Params = {}): string {
  return interpolate(pick(message, params), params);
}

export function createTranslator<K extends string>(dict: Record<K, Message>) {
  return (key: K, params?: Params): string => formatMessage(dict[key], params);
}

/** A calendar day formatted for the UI language, in UTC so the day never shifts. */
export function formatDate(date: Date, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' }),
  }).format(date);
}
