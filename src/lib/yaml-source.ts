/**
 * YAML text to validated data, with messages that name the file, the line and the
 * item. Pure (text in, data and problems out): the content checker and the build's
 * glossary plugin read their files and hand the text here.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { problemsFromZod, type Problem } from '../schemas/problems.ts';
import { expectedCount } from '../schemas/fields.ts';
import { msg } from '../i18n/messages.ts';

type Parsed = { doc: Document; lines: LineCounter };

/** yaml's own parser with its LineCounter, so every line number comes from where the parser found the node. */
function parseWithLines(text: string): Parsed {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { prettyErrors: false, lineCounter: lines }), lines };
}

/** YAML text to plain data, or a problem with the line of the syntax error. */
export function parseYaml(text: string, file: string, lineOffset: number): { data?: unknown; problem?: Problem } {
  const { data, problem } = toData(parseWithLines(text), file, lineOffset);
  return problem ? { problem } : { data };
}

function toData({ doc, lines }: Parsed, file: string, lineOffset: number): { data?: unknown; problem?: Problem } {
  const err = doc.errors[0];
  if (err) {
    return { problem: { file, field: '', line: lines.linePos(err.pos[0]).line + lineOffset, severity: 'error', message: expectedCount(msg('what.yaml'), msg('found.syntaxError', { detail: err.message.split('\n')[0]! })) } };
  }
  try {
    return { data: doc.toJS() };
  } catch (cause) {
    // Parsed but not convertible: an alias (`*name`) without its anchor, or too many aliases.
    let offset: number | undefined;
    visit(doc, { Alias: (_key, node) => { if (offset === undefined && !node.resolve(doc)) offset = node.range?.[0]; } });
    const line = (offset === undefined ? 1 : lines.linePos(offset).line) + lineOffset;
    return { problem: { file, field: '', line, severity: 'error', message: expectedCount(msg('what.yaml'), msg('found.syntaxError', { detail: (cause as Error).message.split('\n')[0]! })) } };
  }
}

/** The line of a top-level key of a YAML mapping (plus `lineOffset`), or undefined when it has none. */
export function keyLine(text: string, key: string, lineOffset = 0): number | undefined {
  const { doc, lines } = parseWithLines(text);
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  return offset === undefined ? undefined : lines.linePos(offset).line + lineOffset;
}

/**
 * A YAML list whose items each have an `id` (tags, goals, glossary): the items that
 * pass `schema`, and one problem per issue with the item's index, id and line.
 */
export function parseYamlList<S extends z.ZodType>(text: string, file: string, schema: S): { items: { id: string; data: z.output<S> }[]; problems: Problem[] } {
  const yaml = parseWithLines(text);
  const { data, problem } = toData(yaml, file, 0);
  if (problem) return { items: [], problems: [problem] };
  if (!Array.isArray(data)) {
    return { items: [], problems: [{ file, field: '', line: 1, severity: 'error', message: expectedCount(msg('what.yamlList'), msg('found.somethingElse')) }] };
  }
  const seq = yaml.doc.contents;
  const itemLines = isSeq(seq) ? seq.items.map((item) => (isNode(item) && item.range ? yaml.lines.linePos(item.range[0]).line : undefined)) : [];
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
