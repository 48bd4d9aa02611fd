// @ts-check
// Diagnosis only — what our remark/rehype plugins cost on top of unified itself. The site's
// config with the unified processor and no plugins.
//   npm run bench -- --entries 1000 --sites ours --config bench/diagnose/unified-plain.config.mjs
import { unified } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: unified({ remarkPlugins: [], rehypePlugins: [] }) } };
