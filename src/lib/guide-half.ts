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

const EDITOR_OPEN = '<!-- editor -->';
const EDITOR_CLOSE = '<!-- /editor -->';

/**
 * The guide without what only holds when the site has the browser editor at `/admin/`
 * (off unless configured, see `siteConfig.editor`): each part between `<!-- editor -->`
 * and `<!-- /editor -->`, a whole section or a few words inside a sentence.
 */
export function withoutEditorParts(html: string): string {
  const opens = html.split(EDITOR_OPEN).length - 1;
  const closes = html.split(EDITOR_CLOSE).length - 1;
  const pairs = [...html.matchAll(/<!-- editor -->[\s\S]*?<!-- \/editor -->/g)];
  if (opens !== closes || pairs.length !== opens || pairs.some((p) => p[0].slice(EDITOR_OPEN.length).includes(EDITOR_OPEN))) {
    throw new Error(`CONTRIBUTING.md: expected each "${EDITOR_OPEN}" closed by a "${EDITOR_CLOSE}" before the next one, found ${opens} and ${closes}`);
  }
  return html.replace(/<!-- editor -->[\s\S]*?<!-- \/editor -->\s*/g, '');
}
