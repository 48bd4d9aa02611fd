/**
 * The stylesheet that filters the library index without JavaScript (see
 * `src/lib/filter-css.ts`). It is a file of its own, not an inline `<style>`, so the
 * site's Content-Security-Policy needs no hash for it (docs/security.md). One file for
 * every UI language: it holds facet values, no words.
 */
import { library } from '../../content.ts';
import { facetOptions } from '../../components/facet-options.ts';
import { filterCss } from '../../lib/filter-css.ts';
import { locales, uiFor } from '../../ui.ts';

export async function GET() {
  const facets = facetOptions(uiFor(locales[0]!), await library());
  const css = filterCss(new Map(facets.map((f) => [f.facet, f.options.map((o) => o.value)])));
  return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
