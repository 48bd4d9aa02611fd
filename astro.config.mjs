// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [
    mdx({
      // Body rules (DESIGN.md §4) and glossary markup run on every entry at build time.
      remarkPlugins: [],
      rehypePlugins: [],
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
