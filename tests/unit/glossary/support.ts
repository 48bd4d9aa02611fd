/** Entry bodies as the site's MDX pipeline sees them after remark: hast with MDX components passed through. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGlossary } from '../../../src/lib/glossary/source.ts';

export function hastOf(mdx: string): Root {
  const mdast = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  return toHast(mdast, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as Root;
}

/** HTML of a tree; MDX components print as <Name>…</Name> so tests can see into them. */
export function html(tree: Root): string {
  const swap = (node: { type: string; name?: string | null; tagName?: string; properties?: object; children?: unknown[] }) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') Object.assign(node, { type: 'element', tagName: node.name ?? 'fragment', properties: {} });
    (node.children as (typeof node)[] | undefined)?.forEach(swap);
  };
  const copy = structuredClone(tree);
  swap(copy as never);
  return toHtml(copy);
}

/** The project's real glossary, parsed by the real schema. */
export function realGlossary() {
  const file = path.resolve(import.meta.dirname, '../../../content/glossary.yaml');
  const { terms, problems } = parseGlossary(readFileSync(file, 'utf8'), 'content/glossary.yaml');
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return terms;
}
