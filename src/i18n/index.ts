/**
 * The typed UI dictionary. Each feature keeps its strings in `strings/<feature>.ts`
 * (German first, English typed against it); this module merges them. A key that
 * does not exist is a type error at the call site.
 */
import core from './strings/core.ts';
import digest from './strings/digest.ts';
import radar from './strings/radar.ts';
import glossary from './strings/glossary.ts';
import assessment from './strings/assessment.ts';
import search from './strings/search.ts';
import editor from './strings/editor.ts';
import program from './strings/program.ts';
import locales from './strings/locales.ts';
import { createTranslator } from '../lib/i18n.ts';
import type { Locale } from './types.ts';

const bundles = [core, digest, radar, glossary, assessment, search, program, editor, locales] as const;

// Every bundle's keys together: an intersection, because `keyof` of a union keeps only the shared keys.
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Dict = Intersect<(typeof bundles)[number]['de']>;
export type UIKey = keyof Dict;

const merged = (locale: Locale) => Object.assign({}, ...bundles.map((b) => b[locale])) as Record<UIKey, Dict[UIKey]>;

export const dictionaries = { de: merged('de'), en: merged('en') };

export function useTranslations(locale: Locale) {
  return createTranslator<UIKey>(dictionaries[locale]);
}

export type { Locale };
