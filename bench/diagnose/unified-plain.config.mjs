// @ts-check
// Diagnosis only: the site's config with the unified processor but none of our plugins.
import { unified } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: unified({ remarkPlugins: [], rehypePlugins: [] }) } };
