/**
 * Mentors link to other entries as `/entries/<slug>/`. On an intranet served from a
 * sub-folder those links need the base path: this Sätteri hast plugin adds it to the
 * root-relative `href` of links and `src` of images in entry bodies, Markdown and JSX
 * alike. Registered under `hastPlugins` in astro.config.mjs.
 */
import type { HastPluginDefinition, MdxJsxAttributeUnion } from 'satteri';

/** `/entries/x/` → `/kb/entries/x/`; anything not root-relative, or already under the base, stays. */
export function prefixBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const head = base.endsWith('/') ? base : `${base}/`;
  if (head === '/' || url.startsWith(head)) return url;
  return `${head}${url.slice(1)}`;
}

export function satteriBaseLinks(options: { base: string }): HastPluginDefinition {
  const jsx = {
    filter: ['a'],
    visit(node: { attributes: readonly MdxJsxAttributeUnion[] }, ctx: { setProperty(node: never, key: string, value: unknown): void }) {
      let changed = false;
      const attributes = node.attributes.map((a) => {
        if (a.type !== 'mdxJsxAttribute' || a.name !== 'href' || typeof a.value !== 'string') return a;
        const value = prefixBase(a.value, options.base);
        changed ||= value !== a.value;
        return { ...a, value };
      });
      if (changed) ctx.setProperty(node as never, 'attributes', attributes);
    },
  };
  return {
    name: 'trend-library:base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attr = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[attr];
        if (typeof value !== 'string') return;
        const prefixed = prefixBase(value, options.base);
        if (prefixed !== value) ctx.setProperty(node, attr, prefixed);
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
