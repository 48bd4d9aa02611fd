/**
 * Field builders shared by every schema. Each one carries its own message in the
 * form "expected …, found …" so that Astro's build output, `npm run check` and the
 * digest command all say the same thing about the same mistake. The words come from
 * the message dictionary (src/i18n/strings/messages.ts) when the error is reported,
 * so they are in the language the command or the build chose.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest.ts';
import { parseIsoDay, toIsoDay } from '../lib/dates.ts';
import { classifyUrl } from '../lib/safe-url.ts';
import { msg, type MessageKey } from '../i18n/messages.ts';

/** How a found value reads in a message: strings quoted, dates as days, missing as "nothing". */
export function show(value: unknown): string {
  if (value === undefined) return msg('found.nothing');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? msg('found.invalidDate') : toIsoDay(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return msg('found.list', { count: value.length });
  if (value === null) return msg('found.empty');
  if (typeof value === 'object') return msg('found.object');
  return String(value);
}

export function expected(what: string, input: unknown, hint = ''): string {
  return `${msg('problem.expected', { what, found: show(input) })}${hint}`;
}

/** Same wording when the found part is already a description, e.g. "2 characters". */
export function expectedCount(what: string, found: string): string {
  return msg('problem.expected', { what, found });
}

const size = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file-name id: lowercase a–z, 0–9 and single hyphens. */
export const slug = () =>
  z.string({ error: (iss) => expected(msg('what.id'), iss.input) }).regex(SLUG_PATTERN, {
    error: (iss) => expected(msg('what.idPattern'), iss.input),
  });

/** One of a fixed set of words, with a suggestion for near misses. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => expected(msg('what.oneOf', { values: values.join(', ') }), iss.input, didYouMean(iss.input, values)),
  });

/**
 * A calendar day. YAML loaders differ: some give a Date, some the text `2026-03-14`.
 * Both are accepted; anything else is rejected with the expected format.
 */
export const day = () =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (parseIsoDay(value) ?? value) : value),
    z.date({ error: (iss) => expected(msg('what.day'), iss.input) }),
  );

export const text = (min: number, max: number) =>
  z
    .string({ error: (iss) => expected(msg('what.text', { min, max }), iss.input) })
    .trim()
    .min(min, { error: (iss) => expectedCount(msg('what.atLeastChars', { min }), msg('found.characters', { count: size(iss.input) })) })
    .max(max, { error: (iss) => expectedCount(msg('what.atMostChars', { max }), msg('found.characters', { count: size(iss.input) })) });

/** Required text; `what` names it in messages, e.g. `name.linkTitle` ("a link title"). */
export const required = (what: MessageKey) =>
  z.string({ error: (iss) => expected(msg(what), iss.input) }).trim().min(1, { error: () => expectedCount(msg(what), msg('found.emptyText')) });

/**
 * A file stored next to the content file (`./cover.jpg`): never an address on another
 * server, which the page would load when it opens, nor any other scheme.
 */
export const localFile = (what: MessageKey) =>
  z.string({ error: (iss) => expected(msg('what.localFile', { what: msg(what) }), iss.input) }).refine(
    (value) => {
      const verdict = classifyUrl(value);
      return verdict.ok && verdict.kind === 'relative' && !verdict.url.startsWith('#') && !verdict.url.startsWith('?');
    },
    { error: (iss) => expected(msg('what.localFileStrict', { what: msg(what) }), iss.input) },
  );

export const httpUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: (iss) => expected(msg('what.httpUrl'), iss.input),
  });

/** A list with a readable message for the wrong type. */
export const list = <T extends z.ZodType>(item: T, what: MessageKey) =>
  z.array(item, { error: (iss) => expected(msg('what.list', { what: msg(what) }), iss.input) });

/** "expected <what>, found an empty list", for a list's `.min(1)`. */
export const notEmpty = (what: MessageKey) => () => expectedCount(msg(what), msg('found.emptyList'));

/** `{ de, en }` text used by tags, goals and the glossary. */
export const bilingual = (what: MessageKey) => {
  const text = (which: 'what.german' | 'what.english') =>
    z.string({ error: (iss) => expected(msg(which, { what: msg(what) }), iss.input) }).trim().min(1, { error: () => expectedCount(msg(which, { what: msg(what) }), msg('found.emptyText')) });
  return z.strictObject(
    { de: text('what.german'), en: text('what.english') },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys' ? unknownFieldsMessage(iss.keys, ['de', 'en']) : expected(msg('what.bilingual', { what: msg(what) }), iss.input),
    },
  );
};

/** The message for fields a schema does not know: all of them, the known ones, and the closest match. */
export function unknownFieldsMessage(found: readonly string[], known: readonly string[]): string {
  const list = found.map((k) => JSON.stringify(k)).join(', ');
  return `${msg('problem.expected', { what: msg('problem.unknownFields', { known: known.join(', ') }), found: list })}${found.length === 1 ? didYouMean(found[0]!, known) : ''}`;
}

/**
 * A group of fields that refuses any field it does not name: a misspelt optional
 * field (`drafts: true`) would otherwise be dropped silently and change what is published.
 */
export const fields = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? unknownFieldsMessage(iss.keys, Object.keys(shape)) : undefined),
  });
