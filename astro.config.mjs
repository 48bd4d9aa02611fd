// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './site.config.ts';
import { satteriBaseLinks } from './src/lib/satteri/base-links.ts';
import { satteriBodyRules } from './src/lib/satteri/body-rules.ts';
import { satteriGlossary } from './src/lib/satteri/glossary.ts';
import { glossaryOptions } from './src/integrations/glossary.ts';
import searchIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // Astro 7's native processor (Sätteri) with our plugins as Sätteri plugins: the unified
    // processor (`@astrojs/markdown-remark`) ran the same logic but dominated MDX bundling.
    // Every entry gets the body rules (DESIGN.md §4), glossary markup and base-path links.
    // Astro adds its own plugins around these: image collection after the mdast ones;
    // syntax highlighting before and heading ids/images after the hast ones.
    processor: satteri({
      mdastPlugins: [satteriBodyRules({ cwd: process.cwd() })],
      hastPlugins: [satteriGlossary(glossaryOptions()), satteriBaseLinks({ base: siteConfig.base })],
    }),
  },
  // The search index is written into the build's output folder after every build.
  integrations: [mdx(), searchIndex({ language: siteConfig.locale })],
  vite: { plugins: [tailwindcss()] },
});
