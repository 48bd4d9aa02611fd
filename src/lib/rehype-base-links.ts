/**
 * Mentors link to other entries as `/entries/<slug>/`. On an intranet served from
 * a sub-folder those links need the base path; the Markdown plugin in
 * src/lib/satteri/base-links.ts adds it to every root-relative `href` and `src`.
 */
export function prefixBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const head = base.endsWith('/') ? base : `${base}/`;
  if (head === '/' || url.startsWith(head)) return url;
  return `${head}${url.slice(1)}`;
}
