/**
 * YAML text to validated data, with messages that name the file, the line and the
 * item. Pure (text in, data and problems out): the content checker and the build's
 * glossary plugin read their files and hand the text here.
 */
import { parseDocument, visit } from 'yaml';
import type { z } from 'astro/zod';
import { problemsFromZod, type Problem } from '../schemas/problems.ts';

/** YAML text to plain data, or a problem with the line of the syntax error. */
export function parseYaml(text: string, file: string, lineOffset: number): { data?: unknown; problem?: Problem } {
  const doc = parseDocument(text, { prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    // With prettyErrors off, yaml gives no linePos; the offset where it noticed the error still points at a line.
    const line = (err.linePos?.[0]?.line ?? text.slice(0, err.pos[0]).split('\n').length) + lineOffset;
    return { problem: { file, field: '', line, severity: 'error', message: `expected valid YAML, found a syntax error: ${err.message.split('\n')[0]}` } };
  }
  try {
    return { data: doc.toJS() };
  } catch (cause) {
    // Parsed but not convertible: an alias (`*name`) without its anchor, or too many aliases.
    let offset: number | undefined;
    visit(doc, { Alias: (_key, node) => { if (offset === undefined && !node.resolve(doc)) offset = node.range?.[0]; } });
    const line = (offset === undefined ? 1 : text.slice(0, offset).split('\n').length) + lineOffset;
    return { problem: { file, field: '', line, severity: 'error', message: `expected valid YAML, found a syntax error: ${(cause as Error).message.split('\n')[0]}` } };
  }
}

/**
 * A YAML list whose items each have an `id` (tags, goals, glossary): the items that
 * pass `schema`, and one problem per issue with the item's index, id and line.
 */
export function parseYamlList<S extends z.ZodType>(text: string, file: string, schema: S): { items: { id: string; data: z.output<S> }[]; problems: Problem[] } {
  const { data, problem } = parseYaml(text, file, 0);
  if (problem) return { items: [], problems: [problem] };
  if (!Array.isArray(data)) {
    return { items: [], problems: [{ file, field: '', line: 1, severity: 'error', message: 'expected a list of items starting with "- id: …", found something else' }] };
  }
  const itemLines = text.split(/\r?\n/).map((l, i) => (l.startsWith('- ') ? i + 1 : 0)).filter(Boolean);
  const items: { id: string; data: z.output<S> }[] = [];
  const problems: Problem[] = [];
  data.forEach((item: unknown, i) => {
    const parsed = schema.safeParse(item);
    const id = (item as { id?: unknown } | null)?.id;
    if (parsed.success) items.push({ id: String(id), data: parsed.data });
    else for (const p of problemsFromZod(file, parsed.error)) {
      problems.push({ ...p, field: `[${i}]${typeof id === 'string' ? ` (${id})` : ''}.${p.field}`, line: itemLines[i] });
    }
  });
  return { items, problems };
}
