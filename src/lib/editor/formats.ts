/**
 * How the editor reads and writes content files, in the library's own style, so
 * that what the editor saves passes `npm run check` and a changed field is the
 * only line that changes:
 *
 * - keys in schema order; empty values, empty lists and `false` where the schema's
 *   default is `false` are left out (they mean the same as no key);
 * - free text in double quotes on one line (never wrapped), ids, fixed values and
 *   days (`2026-03-14`) bare;
 * - lists of ids or values in brackets (`[messenger, privacy]`), lists of objects one
 *   `- { key: value, … }` per line;
 * - the glossary as a list of blocks with a blank line between terms.
 *
 * Decap's own front-matter writer would reformat every file it touches (block
 * lists, folded long strings), which is why the editor registers these as custom
 * formats. Pure: text in, data out, and back.
 */
import { parse } from 'yaml';
import type { Shape } from '../schema-shape.ts';
import { SLUG_KEY } from './slug.ts';

/** The format names the configuration refers to. */
export const FORMATS = {
  entries: 'trend-library-entry',
  mentors: 'trend-library-mentor',
  paths: 'trend-library-path',
  glossary: 'trend-library-glossary',
} as const;

export type Data = Record<string, unknown>;

export type FormatSpec = {
  fields: Record<string, Shape>;
  /** Front matter plus a body (`blank`: an empty line after `---`, as entries have); `none`: a YAML file. */
  body: 'blank' | 'direct' | 'none';
  /** Fields whose words are written bare when YAML allows it (glossary terms and spellings). */
  plainWhenSafe?: ReadonlySet<string>;
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads a content file into the data the form edits; the body is under `body`. */
export function readFile(text: string, spec: FormatSpec): Data {
  if (spec.body === 'none') return (parse(text) as Data | null) ?? {};
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const data = (parse(match[1]!) as Data | null) ?? {};
  let body = text.slice(match[0].length);
  if (spec.body === 'blank') body = body.replace(/^\r?\n/, '');
  return { ...data, body };
}

/** Writes the form's data as a content file in the library's style. */
export function writeFile(data: Data, spec: FormatSpec): string {
  const yaml = frontMatter(data, spec);
  if (spec.body === 'none') return yaml;
  const body = typeof data.body === 'string' ? data.body.replace(/\r\n/g, '\n').replace(/\s+$/, '') : '';
  return `---\n${yaml}---\n${spec.body === 'blank' ? '\n' : ''}${body ? `${body}\n` : ''}`;
}

function frontMatter(data: Data, spec: FormatSpec): string {
  const known = Object.keys(spec.fields);
  // Unknown keys are kept (at the end) so that `npm run check` can name them; the new file's name is not data.
  const keys = [...known, ...Object.keys(data).filter((k) => k !== 'body' && k !== SLUG_KEY && !known.includes(k))];
  return keys.flatMap((key) => line(key, data[key], spec.fields[key], spec, '')).join('');
}

function isEmpty(value: unknown, shape: Shape | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (value === false) return shape?.kind === 'boolean' && shape.default === false;
  if (typeof value === 'object') return Object.entries(value).every(([k, v]) => isEmpty(v, shape?.kind === 'object' ? shape.fields[k] : undefined));
  return false;
}

function line(key: string, value: unknown, shape: Shape | undefined, spec: FormatSpec, indent: string): string[] {
  if (isEmpty(value, shape)) return [];
  if (shape?.kind === 'list' && shape.item.kind === 'object' && Array.isArray(value)) {
    const items = value.filter((v) => !isEmpty(v, shape.item)).map((v) => `${indent}  - ${flowMap(v as Data, shape.item, key, spec)}\n`);
    return items.length ? [`${indent}${key}:\n`, ...items] : [];
  }
  return [`${indent}${key}: ${scalarOrFlow(value, shape, key, spec)}\n`];
}

function flowMap(data: Data, shape: Shape, key: string, spec: FormatSpec): string {
  const fields = shape.kind === 'object' ? shape.fields : {};
  const keys = [...Object.keys(fields), ...Object.keys(data).filter((k) => !(k in fields))];
  const parts = keys.filter((k) => !isEmpty(data[k], fields[k])).map((k) => `${k}: ${scalarOrFlow(data[k], fields[k], `${key}.${k}`, spec)}`);
  return `{ ${parts.join(', ')} }`;
}

function scalarOrFlow(value: unknown, shape: Shape | undefined, key: string, spec: FormatSpec): string {
  if (Array.isArray(value)) {
    const item = shape?.kind === 'list' ? shape.item : undefined;
    return `[${value.filter((v) => !isEmpty(v, item)).map((v) => scalarOrFlow(v, item, key, spec)).join(', ')}]`;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return flowMap(value as Data, shape ?? { kind: 'object', fields: {}, required: false }, key, spec);
  const text = String(value);
  if (shape && isBare(shape, text)) return text;
  if (spec.plainWhenSafe?.has(key) && plainSafe(text)) return text;
  return JSON.stringify(text);
}

/** Ids, fixed values and days are written bare; free text is quoted. */
function isBare(shape: Shape, text: string): boolean {
  if (shape.kind === 'enum' || shape.kind === 'day') return /^[\w-]+$/.test(text);
  return shape.kind === 'text' && !!shape.pattern && /^[a-z0-9-]+$/.test(text);
}

/** Words YAML reads back as the same text inside brackets: letters, digits, spaces, hyphens. */
function plainSafe(text: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} .'’\-–]*$/u.test(text) || /\s$/.test(text)) return false;
  try {
    return parse(`[${text}]`)?.[0] === text;
  } catch {
    return false;
  }
}

/** The glossary file is one YAML list; the form edits it as `{ terms: [...] }`. */
export function readGlossary(text: string): Data {
  return { terms: (parse(text) as unknown[] | null) ?? [] };
}

export function writeGlossary(data: Data, fields: Record<string, Shape>, header = ''): string {
  const spec: FormatSpec = { fields, body: 'none', plainWhenSafe: new Set(['term', 'aka']) };
  const terms = Array.isArray(data.terms) ? (data.terms as Data[]) : [];
  const blocks = terms.map((term) => {
    const keys = [...Object.keys(fields), ...Object.keys(term).filter((k) => !(k in fields))];
    const lines = keys.flatMap((key) => {
      const shape = fields[key];
      const value = term[key];
      if (isEmpty(value, shape)) return [];
      if (shape?.kind === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const sub = Object.entries(shape.fields)
          .filter(([k, s]) => !isEmpty((value as Data)[k], s))
          .map(([k, s]) => `    ${k}: ${scalarOrFlow((value as Data)[k], s, `${key}.${k}`, spec)}\n`);
        return [`  ${key}:\n`, ...sub];
      }
      return [`  ${key}: ${scalarOrFlow(value, shape, key, spec)}\n`];
    });
    return lines.join('').replace(/^ {2}/, '- ');
  });
  return `${header}${blocks.join('\n')}`;
}

/** The comment lines at the top of the glossary, kept when the editor rewrites it. */
export function glossaryHeader(text: string): string {
  const match = /^(?:#[^\n]*\n|\s*\n)*/.exec(text);
  return match ? match[0] : '';
}
