/**
 * Root-relative links in entry bodies get the base path (src/lib/rehype-base-links.ts)
 * in the Sätteri pipeline: a hast plugin that sets the prefixed `href`/`src` through
 * Sätteri's context, since its trees are read-only views. Registered under
 * `hastPlugins` in astro.config.mjs.
 */
import type { HastPluginDefinition } from 'satteri';
import { prefixBase } from '../rehype-base-links.ts';

type HastNode = { type: string; properties?: Record<string, unknown>; children?: readonly HastNode[] };

export function satteriBaseLinks(options: { base: string }): HastPluginDefinition {
  return {
    name: 'trend-library:base-links',
    before(root, ctx) {
      const visit = (node: HastNode) => {
        if (node.type === 'element') {
          for (const attr of ['href', 'src'] as const) {
            const value = node.properties?.[attr];
            if (typeof value !== 'string') continue;
            const prefixed = prefixBase(value, options.base);
            if (prefixed !== value) ctx.setProperty(node as never, attr, prefixed);
          }
        }
        node.children?.forEach(visit);
      };
      visit(root as HastNode);
    },
  };
}
