// @ts-check
// Diagnosis only (npm run bench -- --variant …): the site's config with Astro's default
// Markdown processor (Sätteri, native) instead of unified, i.e. without our remark/rehype plugins.
import { satteri } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: satteri() } };
