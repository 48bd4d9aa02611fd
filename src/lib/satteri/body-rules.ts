/**
 * The MDX body rules (DESIGN.md §4, src/lib/mdx-rules.ts) as a Sätteri mdast plugin,
 * so `astro build` and `astro dev` stop on an unsafe body exactly as with the unified
 * remark plugin (src/lib/remark-body-rules.ts): same rules, same `BodyRuleError`,
 * same `file:line:column [rule] message` lines.
 *
 * Sätteri's mdast has the shapes of remark-mdx (mdxjsEsm, mdxJsx*Element,
 * mdx*Expression) but no parsed `data.estree` on expressions, which the rules use to
 * let comment-only expressions through. The copy checked here gets the equivalent:
 * an empty program for an expression that holds only comments and whitespace, a
 * non-empty one for anything else. Attributes get their positions from the source,
 * so messages point where `npm run check` points.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import type { Root } from 'mdast';
import { remarkBodyRules } from '../remark-body-rules.ts';

/**
 * Only whitespace, block comments and line comments: what JavaScript parses to an empty
 * program. A block comment cannot contain `*\/`, so no match can stretch one comment over
 * code up to a later comment's end.
 */
const COMMENTS_ONLY = /^(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n\r\u2028\u2029]*)*$/;

/** True when a `{…}` expression runs nothing. Anything that is not provably only comments counts as code. */
export function isCommentOnlyExpression(value: string): boolean {
  return COMMENTS_ONLY.test(value);
}

type Point = { line: number; column: number; offset?: number };
type MdastNode = {
  type: string;
  value?: unknown;
  data?: Record<string, unknown>;
  position?: { start: Point; end?: Point };
  attributes?: readonly { type: string; position?: unknown }[];
  children?: readonly MdastNode[];
};

/** Skips a `{…}` starting at `at` (strings inside may hold braces); returns the index after it, or -1. */
function skipBraces(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Where each attribute of the JSX opening tag at `at` starts, in source order. Sätteri
 * gives attributes no position; remark-mdx does, and the rules point at the attribute.
 * Returns undefined when the tag does not read as expected; the rules then point at the element.
 */
export function attributeOffsets(source: string, at: number): number[] | undefined {
  const tag = /^<\s*[^\s/>{]*/.exec(source.slice(at, at + 200));
  if (!tag) return undefined;
  const out: number[] = [];
  let i = at + tag[0].length;
  const skipSpace = () => { while (i < source.length && /\s/.test(source[i]!)) i++; };
  for (;;) {
    skipSpace();
    const c = source[i];
    if (c === undefined) return undefined;
    if (c === '/' || c === '>') return out;
    out.push(i);
    if (c === '{') {
      i = skipBraces(source, i);
      if (i < 0) return undefined;
      continue;
    }
    const name = /^[^\s=/>{]+/.exec(source.slice(i, i + 200));
    if (!name) return undefined;
    i += name[0].length;
    skipSpace();
    if (source[i] !== '=') continue;
    i++;
    skipSpace();
    const q = source[i];
    if (q === '"' || q === "'") {
      const end = source.indexOf(q, i + 1);
      if (end < 0) return undefined;
      i = end + 1;
    } else if (q === '{') {
      i = skipBraces(source, i);
      if (i < 0) return undefined;
    } else return undefined;
  }
}

/** Line and column (1-based) of each offset, as unist points. */
function lineIndex(source: string) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset: number): Point => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/**
 * A plain copy of Sätteri's mdast as remark-mdx would give it to the rules: `data.estree`
 * stand-ins on expressions and positions on JSX attributes (read from `source`).
 */
export function asRemarkMdx(root: MdastNode, source: string): MdastNode {
  let pointAt: ((offset: number) => Point) | undefined;
  const copy = (node: MdastNode): MdastNode => {
    const out: MdastNode = { ...node };
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      out.data = { ...node.data, estree: { body: isCommentOnlyExpression(node.value) ? [] : [node.value] } };
    }
    const start = node.position?.start.offset;
    if (node.attributes?.length && start !== undefined) {
      const offsets = attributeOffsets(source, start);
      if (offsets?.length === node.attributes.length) {
        pointAt ??= lineIndex(source);
        out.attributes = node.attributes.map((a, k) => ({ ...a, position: { start: pointAt!(offsets[k]!) } }));
      }
    }
    if (node.children) out.children = node.children.map(copy);
    return out;
  };
  return copy(root);
}

/** `cwd` makes file names project-relative, as `npm run check` prints them. */
export function satteriBodyRules(options: { cwd: string }): MdastPluginDefinition {
  const check = remarkBodyRules();
  return {
    name: 'trend-library:body-rules',
    // Line and column in the messages come from node positions, which Sätteri tracks only on request.
    options: { position: true },
    before(root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      check(asRemarkMdx(root as MdastNode, ctx.source) as Root, { path, cwd: options.cwd });
    },
  };
}
