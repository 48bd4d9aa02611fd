/**
 * Marks the query terms on a page opened from a search result (the link carries
 * them as `?highlight=`), with Pagefind's highlighter, loaded only then.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/params.ts';

type HighlightConstructor = new (options: object) => unknown;

export async function highlightTerms(base: string): Promise<void> {
  await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`);
  const PagefindHighlight = (window as unknown as { PagefindHighlight?: HighlightConstructor }).PagefindHighlight;
  if (!PagefindHighlight) return;
  // `<mark>` is styled by the site; Pagefind's own yellow would ignore the dark scheme.
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
}
