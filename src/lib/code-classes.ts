/**
 * Code blocks without `style` attributes. Shiki (Astro's syntax highlighter) colours
 * tokens with inline styles, which the site's Content-Security-Policy refuses
 * (`style-src` without `'unsafe-inline'`; hashes do not cover attributes). With the
 * `css-variables` theme every colour is one of a few named variables
 * (`var(--astro-code-token-keyword)` …); this transformer turns each into a class
 * (`code-token-keyword`) that `src/styles/global.css` colours, and drops the layout
 * declarations the stylesheet sets for every block (background, `overflow-x`).
 * Any other declaration is dropped too: no `style` attribute reaches a page.
 */
import type { Element, Root, RootContent } from 'hast';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';

/** The declarations the stylesheet covers for every block; they need no class. */
const COVERED = new Set(['background-color:var(--astro-code-background)', 'overflow-x:auto']);

/** Style declarations of single tokens, and the class that replaces each. */
const CLASSES: Record<string, string> = {
  'user-select:none': 'code-no-select',
  'font-style:italic': 'code-italic',
  'font-weight:bold': 'code-bold',
  'text-decoration:underline': 'code-underline',
};

/** The classes that replace one `style` attribute's declarations. */
export function classesForStyle(style: string): string[] {
  const classes: string[] = [];
  for (const raw of style.split(';')) {
    const declaration = raw.replace(/\s+/g, '').toLowerCase();
    if (!declaration || COVERED.has(declaration)) continue;
    const colour = /^color:var\(--astro-code-([a-z-]+)\)$/.exec(declaration);
    if (colour) classes.push(`code-${colour[1]}`);
    else if (CLASSES[declaration]) classes.push(CLASSES[declaration]);
  }
  return classes;
}

function visit(node: Root | RootContent) {
  if (node.type === 'element') moveStyle(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

function moveStyle(element: Element) {
  const style = element.properties.style;
  if (style === undefined || style === null) return;
  delete element.properties.style;
  const added = classesForStyle(String(style));
  if (!added.length) return;
  const current = element.properties.className ?? element.properties.class;
  const existing = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/).filter(Boolean) : [];
  delete element.properties.class;
  element.properties.className = [...new Set([...existing, ...added])];
}

/** The Shiki transformer (`markdown.shikiConfig.transformers`); runs after Astro's own. */
export function codeClasses() {
  return {
    name: 'trend-library:code-classes',
    // Shiki stops tokenizing a line after 500 ms by default and leaves the rest of it as one
    // token, so on a busy machine the same code block came out highlighted differently
    // (found by tests/e2e/reproducible.test.ts). Without a time limit: same code, same bytes.
    preprocess(code: string, options: { tokenizeTimeLimit?: number }) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
    root(hast: Root) {
      visit(hast);
    },
  };
}

/** Astro's Shiki highlighting with the `css-variables` theme and the transformer above: code → hast `<pre>`. */
export async function codeHighlight() {
  const highlight = await satteriCreateHighlightFn('shiki', { theme: 'css-variables', transformers: [codeClasses()] });
  if (!highlight) throw new Error('Shiki highlighter could not be created');
  return highlight;
}

/**
 * The highlighting as a Sätteri hast plugin. astro.config.mjs registers it in place of
 * Astro's own (which would run with `markdown.syntaxHighlight` and warn about inline styles).
 */
export async function codeHighlighter() {
  return satteriHighlightPlugin(await codeHighlight(), undefined);
}
