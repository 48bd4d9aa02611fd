// @ts-check
// Diagnosis only — what our three Markdown plugins (body rules, glossary, base links) cost
// in the bundling phase. The site's config with Astro's Sätteri processor and none of them.
//   npm run bench -- --entries 1000 --sites ours --config bench/diagnose/no-markdown-plugins.config.mjs
import { satteri } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: satteri({}) } };
