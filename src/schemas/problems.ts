/**
 * The one friendly-error formatter. Collections, `npm run check` and
 * `npm run digest` all report through it: file, field, what was found, what is expected.
 */
import type { z } from 'astro/zod';
import { msg, type MessageKey } from '../i18n/messages.ts';

export type Problem = {
  /** Path relative to the project, e.g. `content/entries/tiktok.mdx`. */
  file: string;
  /** Dotted field path, e.g. `tags[2]`; empty for the file as a whole. */
  field: string;
  /** "expected …, found …" plus an optional suggestion. */
  message: string;
  /** 1-based line in the file, where known. */
  line?: number;
  severity: 'error' | 'warning';
};

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const TYPE_KEYS = Object.fromEntries(['string', 'number', 'boolean', 'object', 'array', 'date', 'null'].map((t) => [`found.type.${t}`, true]));

/** Zod's own wording ("Invalid input: expected string, received undefined") in ours. */
function reword(message: string): string {
  const match = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!match) return message;
  const [, want, got] = match;
  const typeName = (type: string) => {
    const key = `found.type.${type}`;
    return key in TYPE_KEYS ? msg(key as MessageKey) : msg('found.type.other', { type });
  };
  return msg('problem.expected', { what: typeName(want!), found: got === 'undefined' ? msg('found.nothing') : typeName(got!) });
}

/** One problem per field: a wrong type makes further checks on the same field noise. */
export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    // Unknown fields are reported at the first of them, so the message points at its line.
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0]! : undefined;
    const field = fieldPath(unknown === undefined ? issue.path : [...issue.path, unknown === '' ? '""' : unknown]);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ file, field, message: reword(issue.message), severity: 'error' });
  }
  return problems;
}

/** All problems grouped by file, each file once, in the order files were first reported. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile]
    .map(([file, list]) => [file, ...list.map((p) => `  ${p.line ? msg('problem.line', { line: p.line }) : ''}${p.field || msg('problem.file')}: ${p.message}`)].join('\n'))
    .join('\n\n');
}

/** Thrown when content breaks the rules; its message is the formatted list. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${msg('problem.contentHas', { count: problems.length })}\n\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
