/**
 * Marking the first occurrence of each glossary term in an entry body: which
 * elements keep their words unmarked, and how one text is split around the terms it
 * holds. The walk over the body is the Markdown pipeline's (src/lib/satteri/glossary.ts);
 * the markup comes from `render`, so this stays free of presentation.
 */
import type { ElementContent } from 'hast';
import { firstOccurrences, type GlossaryMatcher } from './match.ts';

/** Where a term is never marked: inside links, headings, code, and what already explains a word. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'abbr', 'dfn',
  'button', 'script', 'style', 'svg', 'math', 'textarea', 'select', 'option', 'template', 'title',
]);

/**
 * A text split around the first occurrences of the terms not yet in `marked`, each
 * replaced by what `render` makes of it; `undefined` when it holds none. Adds the
 * terms it marks to `marked`, in order of appearance.
 */
export function splitAtMatches(
  value: string,
  matcher: GlossaryMatcher,
  marked: Set<string>,
  render: (termId: string, text: string) => ElementContent,
): ElementContent[] | undefined {
  const matches = firstOccurrences(matcher, value, marked);
  if (matches.length === 0) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of matches) {
    marked.add(m.termId);
    if (m.start > at) out.push({ type: 'text', value: value.slice(at, m.start) });
    out.push(render(m.termId, m.text));
    at = m.end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}
