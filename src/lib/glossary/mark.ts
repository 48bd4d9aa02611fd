/**
 * Marks the first occurrence of each glossary term in an entry body (a hast tree),
 * leaving links, headings, code and existing abbreviations or definitions alone.
 * The markup itself comes from `render`, so this walk stays free of presentation.
 */
import type { ElementContent, Root, RootContent, Text } from 'hast';
import { firstOccurrences, type GlossaryMatcher, type TermMatch } from './match.ts';

/** Where a term is never marked: inside links, headings, code, and what already explains a word. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'abbr', 'dfn',
  'button', 'script', 'style', 'svg', 'math', 'textarea', 'select', 'option', 'template', 'title',
]);

type AnyNode = Root | RootContent;
type MdxJsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; children: RootContent[] };

function childrenToVisit(node: AnyNode): RootContent[] | undefined {
  if (node.type === 'root') return node.children;
  if (node.type === 'element') return SKIPPED_TAGS.has(node.tagName) ? undefined : (node.children as RootContent[]);
  // MDX components (TryIt, Callout, Quote) hold running text too.
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as unknown as MdxJsx;
    return jsx.name && SKIPPED_TAGS.has(jsx.name.toLowerCase()) ? undefined : jsx.children;
  }
  return undefined;
}

/** Text split around the matches, each match replaced by what `render` makes of it. */
function split(text: Text, matches: readonly TermMatch[], render: (m: TermMatch) => ElementContent): RootContent[] {
  const out: RootContent[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ type: 'text', value: text.value.slice(at, m.start) });
    out.push(render(m) as RootContent);
    at = m.end;
  }
  if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
  return out;
}

/**
 * Walks the tree in document order and marks each term once. Mutates `tree`, as rehype
 * plugins do, and returns the ids of the terms it marked, in order of appearance.
 */
export function markGlossaryTerms(tree: Root, matcher: GlossaryMatcher, render: (m: TermMatch) => ElementContent): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (node: AnyNode) => {
    const children = childrenToVisit(node);
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== 'text') { visit(child); continue; }
      const matches = firstOccurrences(matcher, child.value, done);
      if (matches.length === 0) continue;
      for (const m of matches) { done.add(m.termId); order.push(m.termId); }
      const parts = split(child, matches, render);
      children.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  };
  visit(tree);
  return order;
}
