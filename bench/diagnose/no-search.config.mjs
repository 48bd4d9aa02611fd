// @ts-check
// Diagnosis only — what building the search index costs. The site's config without the
// search-index integration (no Pagefind step; search does not work in that build).
//   npm run bench -- --entries 1000 --sites ours --config bench/diagnose/no-search.config.mjs
import config from '../../astro.config.mjs';

const isSearch = (/** @type {unknown} */ i) => typeof i === 'object' && i !== null && 'name' in i && i.name === 'search-index';
export default { ...config, integrations: (config.integrations ?? []).filter((i) => !isSearch(i)) };
