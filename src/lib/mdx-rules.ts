/**
 * The body rules of DESIGN.md §4. MDX is code: a pull request must not run code
 * at build time, load anything from another origin or bring its own components.
 * The rules read the MDX syntax tree (remark-parse + remark-mdx), never the raw
 * text, so a `<script>` inside a code block is text and a `{…}` that only holds a
 * comment is allowed. `npm run check` and the build (src/integrations/body-rules.ts)
 * both call this module, so they agree on every rule and every message.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { didYouMean } from './suggest.ts';

/** The site's components (src/components/mdx/), usable without an import. */
export const ALLOWED_COMPONENTS = ['TryIt', 'Callout', 'Quote', 'Video'] as const;

/**
 * Plain HTML elements a body may use. They only structure or mark up text: none
 * loads a resource, runs script, submits data or changes the page outside the
 * body. Left out on purpose: `script`, `iframe`, `object`, `embed` (code and
 * embeds), `img`, `picture`, `video`, `audio`, `source` (requests, often to other
 * origins — Markdown images and `<Video>` cover this), `style` and `link` (restyle
 * the whole page), `form`, `input`, `button` and friends (no forms), `svg` and
 * `math` (can carry script and links), `h1` (the entry title is the page's one
 * `h1`), `base` and `meta` (change the document).
 */
export const ALLOWED_HTML = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol',
  'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
] as const;

export type BodyRule =
  | 'mdx-syntax'
  | 'no-import-export'
  | 'no-expression'
  | 'no-script'
  | 'no-iframe'
  | 'no-event-handler'
  | 'no-javascript-url'
  | 'component-allowlist';

export type Violation = { rule: BodyRule; line: number; column: number; message: string };

/** What to use instead of an element that is not allowed; the most common mistakes first. */
const INSTEAD: Record<string, string> = {
  img: 'use a Markdown image ![alt text](./image.png) with a file next to the entry',
  video: 'use <Video url="…" title="…">, which asks the reader before loading',
  audio: 'link to the recording instead',
  style: 'the site’s styles apply to every entry',
  h1: 'the entry title is the page heading; start sections with ## in Markdown',
  button: 'the body has no forms or buttons',
  form: 'the body has no forms or buttons',
  input: 'the body has no forms or buttons',
};

const snippet = (text: string, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Browsers ignore case, ASCII whitespace and control characters around the scheme. */
const isJavaScriptUrl = (url: string) =>
  url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase().startsWith('javascript:');

type Positioned = { position?: { start: { line: number; column: number } } };
type EstreeData = { data?: { estree?: { body: readonly unknown[] } | null } };

/** An expression that holds only comments (`{/* … *\/}`) or nothing renders nothing and runs nothing. */
const isCommentOnly = (node: EstreeData) => {
  const program = node.data?.estree;
  // Without the parsed program (remark-mdx run without acorn) nothing can be proven harmless.
  return program ? program.body.length === 0 : false;
};

/** Checks a parsed MDX body. Lines are those of the parsed text. */
export function bodyViolations(tree: Root): Violation[] {
  const out: Violation[] = [];
  const add = (node: Positioned, rule: BodyRule, message: string) =>
    out.push({ rule, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const word = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        add(node, 'no-import-export', `expected no ${word} (the components ${ALLOWED_COMPONENTS.join(', ')} need no import), found "${snippet(node.value)}"`);
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Cast: when Sätteri's types load first, its mdast augmentation types `data` without `estree`.
        if (!isCommentOnly(node as EstreeData)) add(node, 'no-expression', `expected no JavaScript expression (only comments like {/* … */}), found {${snippet(node.value)}}`);
        return;
      case 'link':
      case 'definition':
      case 'image':
        if (isJavaScriptUrl(node.url)) add(node, 'no-javascript-url', `expected a web, mailto or site link, found a javascript: URL "${snippet(node.url)}"`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        // A fragment (<>…</>) renders its children and nothing else.
        if (name !== null) {
          if (name === 'script') add(node, 'no-script', 'expected no <script> element (an entry must not run code), found <script>');
          else if (name === 'iframe') add(node, 'no-iframe', 'expected no <iframe> element (use <Video url="…" title="…"> for videos), found <iframe>');
          else if (!(ALLOWED_COMPONENTS as readonly string[]).includes(name) && !(ALLOWED_HTML as readonly string[]).includes(name)) {
            const isHtml = /^[a-z][a-z0-9-]*$/.test(name);
            const hint = INSTEAD[name] ? ` — ${INSTEAD[name]}` : didYouMean(name, ALLOWED_COMPONENTS);
            add(node, 'component-allowlist', `expected one of the components ${ALLOWED_COMPONENTS.join(', ')} or a plain text element such as <strong>, found ${isHtml ? 'the HTML element' : 'the component'} <${name}>${hint}`);
          }
        }
        const element = name ?? 'fragment';
        for (const attribute of node.attributes) {
          const at = attribute.position ? attribute : node;
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(at, 'no-expression', `expected attributes written as name="text", found {${snippet(attribute.value)}} on <${element}>`);
            continue;
          }
          if (/^on/i.test(attribute.name)) add(at, 'no-event-handler', `expected no event handler attribute (on…), found ${attribute.name} on <${element}>`);
          const value = attribute.value;
          if (value && typeof value === 'object') {
            add(at, 'no-expression', `expected attribute values written as text in quotes, found ${attribute.name}={${snippet(value.value)}} on <${element}>`);
          } else if (typeof value === 'string' && isJavaScriptUrl(value)) {
            add(at, 'no-javascript-url', `expected a web, mailto or site link, found a javascript: URL in ${attribute.name} on <${element}>`);
          }
        }
        return;
      }
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Front matter replaced by empty lines, so the MDX parser sees only the body and
 * every line number still matches the file.
 */
export function blankFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

export type Parsed = { tree: Root; error?: undefined } | { tree?: undefined; error: Violation };

/** Parses MDX the way the site does; a syntax error becomes a violation with its line. */
export function parseMdx(text: string): Parsed {
  try {
    return { tree: unified().use(remarkParse).use(remarkMdx).parse(text) };
  } catch (cause) {
    type Point = { line?: number; column?: number };
    const e = cause as { reason?: string; message?: string; line?: number; column?: number; place?: Point & { start?: Point } };
    const first = (e.reason ?? e.message ?? String(cause)).split('\n')[0]!;
    // Unclosed elements are reported by mdast-util-mdx-jsx with the place only in the text: "… (14:1-14:21)".
    const inText = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(first);
    const at = e.place?.start ?? e.place ?? (inText ? { line: Number(inText[1]), column: Number(inText[2]) } : {});
    const reason = inText ? first.slice(0, inText.index) : first;
    return { error: { rule: 'mdx-syntax', line: e.line ?? at.line ?? 1, column: e.column ?? at.column ?? 1, message: `expected valid MDX, found a syntax error: ${reason}` } };
  }
}

/** All body violations of an `.mdx` file (front matter included in the text, lines as in the file). */
export function checkMdxFile(text: string): Violation[] {
  const parsed = parseMdx(blankFrontMatter(text));
  return parsed.error ? [parsed.error] : bodyViolations(parsed.tree);
}
