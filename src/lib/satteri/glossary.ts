/**
 * The glossary markup (src/lib/glossary/rehype.ts) as a Sätteri hast plugin: the same
 * transform, run on a copy of the body and replayed as Sätteri edits (./replay.ts).
 * Registered under `hastPlugins` in astro.config.mjs; Astro runs it after syntax
 * highlighting (so code is already `<pre>`, which the glossary skips) and before its
 * own heading-id and image plugins.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import type { Root } from 'hast';
import { rehypeGlossary, type RehypeGlossaryOptions } from '../glossary/rehype.ts';
import { replayTransform, type TreeEditor, type TreeNode } from './replay.ts';

export function satteriGlossary(options: RehypeGlossaryOptions): HastPluginDefinition {
  const transform = rehypeGlossary(options);
  return {
    name: 'trend-library:glossary',
    before(root, ctx) {
      const file = { path: ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined };
      replayTransform(root as TreeNode, ctx as unknown as TreeEditor, (tree) => transform(tree as unknown as Root, file));
    },
  };
}
