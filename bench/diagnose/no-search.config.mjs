// @ts-check
// Diagnosis only: the site's config without the search-index integration (no Pagefind step).
import config from '../../astro.config.mjs';

export default { ...config, integrations: (config.integrations ?? []).filter((i) => !(i && typeof i === 'object' && 'name' in i && i.name === 'search-index')) };
