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
import editor from './src/integrations/editor/index.ts';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(siteConfig.cacheDir ? { cacheDir: siteConfig.cacheDir } : {}),
  markdown: {
    // Astro 7's native processor (Sätteri), with our three plugins working on its hast
    // tree: the body rules (src/lib/body-rules.ts) first, so nothing else sees a body that
    // breaks them, then glossary markup and base-path links. Astro adds its own plugins
    // around these: syntax highlighting before, image handling and heading ids after.
    processor: satteri({
      hastPlugins: [
        satteriBodyRules({ cwd: process.cwd(), contentDir: siteConfig.contentDir }),
        satteriGlossary(glossaryOptions()),
        satteriBaseLinks({ base: siteConfig.base }),
      ],
    }),
  },
  // The search index is written into the build's output folder after every build.
  // The content check runs first: a build of content that `npm run check` refuses stops before anything is written.
  integrations: [contentCheck({ contentDir: siteConfig.contentDir, site: siteConfig.site }), mdx(), searchIndex({ language: siteConfig.locale }), editor()],
  vite: { plugins: [tailwindcss()] },
});
