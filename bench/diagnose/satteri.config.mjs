// @ts-check
// Diagnosis only — what the unified Markdown pipeline costs. The site's config with Astro's
// default processor (Sätteri, native) instead of unified, so without our remark/rehype plugins
// (body rules, glossary, base-path links): pages build, but bodies lack those.
//   npm run bench -- --entries 1000 --sites ours --config bench/diagnose/satteri.config.mjs
import { satteri } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: satteri() } };
