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
import { siteCsp } from './src/lib/csp.ts';
import { codeHighlighter } from './src/lib/code-classes.ts';
import { setMessageLocale } from './src/i18n/messages.ts';
import webServerFiles from './src/integrations/server-files.ts';

// Content errors (the content check, the body rules in the Markdown pipeline) speak the site's language.
setMessageLocale(siteConfig.locale);

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side; each keeps its own cache.
  ...(siteConfig.cacheDir ? { cacheDir: siteConfig.cacheDir } : {}),
  markdown: {
    // Astro 7's native processor (Sätteri), with our plugins working on its hast tree:
    // syntax highlighting (where Astro would put its own), the body rules
    // (src/lib/body-rules.ts), so nothing else sees a body that breaks them, then glossary
    // markup and base-path links. Astro adds image handling and heading ids after these.
    // Code blocks are highlighted by Shiki as before, but coloured by classes instead of
    // inline styles, which the Content-Security-Policy refuses (src/lib/code-classes.ts).
    // The plugin is added here rather than by Astro, whose own would warn about those styles.
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        await codeHighlighter(),
        satteriBodyRules({ cwd: process.cwd(), contentDir: siteConfig.contentDir }),
        satteriGlossary(glossaryOptions()),
        satteriBaseLinks({ base: siteConfig.base }),
      ],
    }),
  },
  // The search index and the web-server files (IIS web.config, Apache .htaccess) are written into the build's output folder after every build.
  // The content check runs first: a build of content that `npm run check` refuses stops before anything is written.
  integrations: [contentCheck({ contentDir: siteConfig.contentDir, site: siteConfig.site }), mdx(), searchIndex({ language: siteConfig.locale }), editor(), webServerFiles({ base: siteConfig.base, prefixes: siteConfig.locales.slice(1) })],
  // Every page carries a Content-Security-Policy (src/lib/csp.ts, docs/security.md): Astro
  // writes it as a <meta> tag with the hashes of the scripts and styles it emits.
  // Nothing is inlined: every script and stylesheet is a file of the site's own origin, so
  // the policy holds without hashes and the same HTTP header fits every build.
  security: { csp: siteCsp() },
  build: { inlineStylesheets: 'never' },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
