// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';

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
      remarkPlugins: [],
      rehypePlugins: [[rehypeBaseLinks, { base: siteConfig.base }]],
    }),
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
