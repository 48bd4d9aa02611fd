// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { remarkBodyRules } from './src/lib/remark-body-rules.ts';
import { glossaryPlugin } from './src/integrations/glossary.ts';
import searchIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark/rehype plugins; ours must run
    // on every entry: the body rules (DESIGN.md §4), glossary markup and base-path links.
    processor: unified({
      remarkPlugins: [remarkBodyRules],
      rehypePlugins: [glossaryPlugin(), [rehypeBaseLinks, { base: siteConfig.base }]],
    }),
  },
  // The search index is written into the build's output folder after every build.
  integrations: [mdx(), searchIndex({ language: siteConfig.locale })],
  vite: { plugins: [tailwindcss()] },
});
