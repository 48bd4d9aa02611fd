/**
 * Field builders shared by every schema. Each one carries its own message in the
 * form "expected …, found …" so that Astro's build output, `npm run check` and the
 * digest command all say the same thing about the same mistake.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest.ts';
import { parseIsoDay, toIsoDay } from '../lib/dates.ts';
import { classifyUrl } from '../lib/safe-url.ts';

/** How a found value reads in a message: strings quoted, dates as days, missing as "nothing". */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing (the field is required)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : toIsoDay(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function expected(what: string, input: unknown, hint = ''): string {
  return `expected ${what}, found ${show(input)}${hint}`;
}

/** Same wording when the found part is already a description, e.g. "2 characters". */
export function expectedCount(what: string, found: string): string {
  return `expected ${what}, found ${found}`;
}

const size = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file-name id: lowercase a–z, 0–9 and single hyphens. */
export const slug = () =>
  z.string({ error: (iss) => expected('an id such as "voice-messages"', iss.input) }).regex(SLUG_PATTERN, {
    error: (iss) => expected('lowercase letters, digits and hyphens, such as "voice-messages"', iss.input),
  });

/** One of a fixed set of words, with a suggestion for near misses. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => expected(`one of ${values.join(', ')}`, iss.input, didYouMean(iss.input, values)),
  });

/**
 * A calendar day. YAML loaders differ: some give a Date, some the text `2026-03-14`.
 * Both are accepted; anything else is rejected with the expected format.
 */
export const day = () =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (parseIsoDay(value) ?? value) : value),
    z.date({ error: (iss) => expected('a date written as YYYY-MM-DD, such as 2026-03-14', iss.input) }),
  );

export const text = (min: number, max: number) =>
  z
    .string({ error: (iss) => expected(`text of ${min}–${max} characters`, iss.input) })
    .trim()
    .min(min, { error: (iss) => expectedCount(`at least ${min} characters`, `${size(iss.input)} characters`) })
    .max(max, { error: (iss) => expectedCount(`at most ${max} characters`, `${size(iss.input)} characters`) });

export const required = (what: string) =>
  z.string({ error: (iss) => expected(what, iss.input) }).trim().min(1, { error: () => expectedCount(what, 'an empty text') });

/**
 * A file stored next to the content file (`./cover.jpg`): never an address on another
 * server, which the page would load when it opens, nor any other scheme.
 */
export const localFile = (what: string) =>
  z.string({ error: (iss) => expected(`${what} stored next to the file, such as ./cover.jpg`, iss.input) }).refine(
    (value) => {
      const verdict = classifyUrl(value);
      return verdict.ok && verdict.kind === 'relative' && !verdict.url.startsWith('#') && !verdict.url.startsWith('?');
    },
    { error: (iss) => expected(`${what} stored next to the file, such as ./cover.jpg (the site loads nothing from other servers)`, iss.input) },
  );

export const httpUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: (iss) => expected('an absolute http(s) URL such as https://example.com/page', iss.input),
  });

/** A list with a readable message for the wrong type. */
export const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (iss) => expected(`a list of ${what}, such as [a, b]`, iss.input) });

/** `{ de, en }` text used by tags, goals and the glossary. */
export const bilingual = (what: string) =>
  z.strictObject(
    { de: required(`a German ${what}`), en: required(`an English ${what}`) },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys' ? unknownFieldsMessage(iss.keys, ['de', 'en']) : expected(`a German and an English ${what} as { de: …, en: … }`, iss.input),
    },
  );

/** The message for fields a schema does not know: all of them, the known ones, and the closest match. */
export function unknownFieldsMessage(found: readonly string[], known: readonly string[]): string {
  const list = found.map((k) => JSON.stringify(k)).join(', ');
  return `expected only the fields ${known.join(', ')}, found ${list}${found.length === 1 ? didYouMean(found[0]!, known) : ''}`;
}

/**
 * A group of fields that refuses any field it does not name: a misspelt optional
 * field (`drafts: true`) would otherwise be dropped silently and change what is published.
 */
export const fields = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? unknownFieldsMessage(iss.keys, Object.keys(shape)) : undefined),
  });
