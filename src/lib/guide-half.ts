/**
 * CONTRIBUTING.md holds the mentors' guide twice, German then English, each half
 * between the markers `<!-- guide:de -->` … `<!-- /guide:de -->` and
 * `<!-- guide:en -->` … `<!-- /guide:en -->` (HTML comments: invisible on GitHub,
 * kept in the rendered HTML). `/contribute/` shows only the half in the site's
 * language: this takes it out of the rendered guide and lifts its headings so the
 * half's top level is `h2`, under the page's own `h1`.
 */
export type GuideLocale = 'de' | 'en';

export function guideHalf(html: string, locale: GuideLocale): string {
  const open = `<!-- guide:${locale} -->`;
  const close = `<!-- /guide:${locale} -->`;
  const start = html.indexOf(open);
  const end = html.indexOf(close);
  if (start < 0 || end < start || html.indexOf(open, start + 1) >= 0) {
    throw new Error(`CONTRIBUTING.md: expected one "${open}" … "${close}" pair around the ${locale === 'de' ? 'German' : 'English'} half of the guide`);
  }
  const half = html.slice(start + open.length, end);
  const levels = [...half.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  const lift = levels.length ? Math.min(...levels) - 2 : 0;
  if (lift <= 0) return half.trim();
  return half.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_all, slash: string, level: string) => `<${slash}h${Number(level) - lift}`).trim();
}
