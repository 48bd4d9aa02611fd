/**
 * Mentors link to other entries as `/entries/<slug>/`. On an intranet served from
 * a sub-folder those links need the base path; this rehype plugin adds it to
 * every root-relative `href` and `src` in entry bodies.
 */
type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

export function prefixBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const head = base.endsWith('/') ? base : `${base}/`;
  if (head === '/' || url.startsWith(head)) return url;
  return `${head}${url.slice(1)}`;
}

export function rehypeBaseLinks(options: { base: string }) {
  const visit = (node: HastNode) => {
    for (const attr of ['href', 'src'] as const) {
      const value = node.properties?.[attr];
      if (typeof value === 'string') node.properties![attr] = prefixBase(value, options.base);
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
