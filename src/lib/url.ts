/** Joins the site's base path (`/` or `/kb/`) and a route (`entries/tiktok/`) without doubled slashes. */
export function withBase(base: string, route: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${route.replace(/^\/+/, '')}`;
}

/** An absolute URL for feeds and newsletters: origin + base + route. */
export function absoluteUrl(site: string, base: string, route: string): string {
  return `${site.replace(/\/+$/, '')}${withBase(base, route)}`;
}

/** Route of every page type, in one place so links and pages agree. */
export const routes = {
  home: () => '',
  entries: () => 'entries/',
  /** The library's filter index (`src/lib/library-index.ts`), read by the library page's script. */
  libraryIndex: () => 'entries/index.json',
  entry: (slug: string) => `entries/${slug}/`,
  kind: (kind: 'app' | 'trend' | 'value') => ({ app: 'apps/', trend: 'trends/', value: 'values/' })[kind],
  tags: () => 'tags/',
  tag: (id: string) => `tags/${id}/`,
  goals: () => 'goals/',
  goal: (id: string) => `goals/${id}/`,
  mentors: () => 'mentors/',
  mentor: (id: string) => `mentors/${id}/`,
  paths: () => 'paths/',
  path: (id: string) => `paths/${id}/`,
  glossary: () => 'glossary/',
  search: () => 'search/',
  radar: () => 'radar/',
  /** One cell of the radar (a sector × a ring): all its entries, paged. */
  radarCell: (kind: 'app' | 'trend' | 'value', ring: 'everyday' | 'rising' | 'niche' | 'fading') => `radar/${kind}/${ring}/`,
  /** The radar's filter index (`src/lib/radar/cells.ts`), read by the radar's filters. */
  radarIndex: () => 'radar/index.json',
  digests: () => 'digests/',
  digest: (n: number) => `digests/${n}/`,
  contribute: () => 'contribute/',
  program: () => 'program/',
  rss: () => 'rss.xml',
};
