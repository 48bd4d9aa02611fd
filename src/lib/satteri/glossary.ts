/**
 * Explains glossary terms inside entry bodies, as a Sätteri hast plugin on the tree
 * the site renders: the first occurrence of each term in running text becomes a
 * popover button with its meaning (src/lib/glossary/markup.ts). Terms inside links,
 * headings, code and other explanations stay as they are. (Search learns the terms'
 * other spellings from the glossary itself: src/lib/search/search-extras.ts.)
 * Registered under `hastPlugins` in astro.config.mjs, after syntax highlighting (code
 * is `<pre>` by then) and before Astro's heading ids.
 */
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import type { ElementContent } from 'hast';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { compileMatcher, presentTerms, type GlossaryMatcher } from '../glossary/match.ts';
import { SKIPPED_TAGS, splitAtMatches } from '../glossary/mark.ts';
import { termMarkup, type GlossaryMarkupOptions } from '../glossary/markup.ts';

export type GlossaryPluginOptions = GlossaryMarkupOptions & {
  /** The glossary, read fresh whenever it may have changed (the binding caches it). */
  terms: () => readonly GlossaryTerm[];
  /** Meaning in this language: `de` or `en`. */
  locale: 'de' | 'en';
};

type Node = Parameters<HastVisitorContext['parent']>[0];

/** True when a node sits inside a link, heading, code or anything else where terms stay unmarked. */
function insideSkipped(node: Node, ctx: HastVisitorContext): boolean {
  for (let at = ctx.parent(node); at && at.type !== 'root'; at = ctx.parent(at as Node)) {
    const name = at.type === 'element' ? at.tagName : 'name' in at && typeof at.name === 'string' ? at.name.toLowerCase() : undefined;
    if (name && SKIPPED_TAGS.has(name)) return true;
  }
  return false;
}

export function satteriGlossary(options: GlossaryPluginOptions): HastPluginEntry {
  let compiled: { terms: readonly GlossaryTerm[]; matcher: GlossaryMatcher; byId: Map<string, GlossaryTerm> } | undefined;
  // A factory: each document gets its own record of the terms marked so far, or no plugin at all.
  return (document): HastPluginDefinition | null => {
    const terms = options.terms();
    if (compiled?.terms !== terms) compiled = { terms, matcher: compileMatcher(terms), byId: new Map(terms.map((t) => [t.id, t])) };
    const { byId } = compiled;
    // One pass over the source finds the terms that can occur at all; most bodies hold a few or none, so the
    // text visitor (a call from Sätteri into JavaScript per text node) runs only where a term may be marked,
    // with a matcher for just those terms.
    const present = presentTerms(compiled.matcher, document.source).map((id) => byId.get(id)!);
    const matcher = compileMatcher(present);
    if (!matcher.pattern) return null;
    // Without the global flag, so a test keeps no position between calls.
    const quick = new RegExp(matcher.pattern.source, 'u');
    const marked = new Set<string>();
    const render = (termId: string, text: string): ElementContent => {
      const t = byId.get(termId)!;
      return termMarkup({ id: t.id, term: t.term, meaning: t.meaning[options.locale] }, text, options);
    };
    return {
      name: 'trend-library:glossary',
      text(node, ctx) {
        if (!quick.test(node.value) || insideSkipped(node, ctx)) return;
        const parts = splitAtMatches(node.value, matcher, marked, render);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
