/** Small DOM helpers shared by the suggestions and the search page. */
import type { Message } from '../../i18n/types.ts';
import { interpolate, pick, type Params } from '../../lib/i18n.ts';

/** A message from a dictionary handed over by the server, filled in. */
export const say = (message: Message | undefined, params: Params = {}) => (message === undefined ? '' : interpolate(pick(message, params), params));

/** An element with classes and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The kind of a result: an entry's kind, or `mentor` / `path`. */
export const kindOf = (doc: { filters: Record<string, string[] | undefined> }) => doc.filters.kind?.[0] ?? '';

/** Badge colours per kind, matching the entry cards. */
export const KIND_TONE: Record<string, string> = {
  app: 'bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100',
  trend: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  value: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  mentor: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  path: 'bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
};
