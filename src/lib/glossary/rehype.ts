/**
 * The rehype plugin that explains glossary terms inside entry bodies: the first
 * occurrence of each term gets its meaning as a popover, and the body ends with the
 * hidden list of synonyms search indexes. Terms come from a loader so the binding
 * decides where they are read from.
 */
import type { Root } from 'hast';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { compileMatcher, type GlossaryMatcher } from './match.ts';
import { markGlossaryTerms } from './mark.ts';
import { synonymsMarkup, termMarkup, type GlossaryMarkupOptions } from './markup.ts';

export type RehypeGlossaryOptions = GlossaryMarkupOptions & {
  /** The glossary, read fresh whenever it may have changed (the binding caches it). */
  terms: () => readonly GlossaryTerm[];
  /** Meaning in this language: `de` or `en`. */
  locale: 'de' | 'en';
};

/** `content/entries/tiktok.mdx` → `tiktok`. */
const slugOf = (path: string | undefined) => path?.replace(/\\/g, '/').match(/\/entries\/([^/]+)\.mdx?$/)?.[1];

export function rehypeGlossary(options: RehypeGlossaryOptions) {
  let compiled: { terms: readonly GlossaryTerm[]; matcher: GlossaryMatcher } | undefined;
  return (tree: Root, file: { path?: string }) => {
    const terms = options.terms();
    if (compiled?.terms !== terms) compiled = { terms, matcher: compileMatcher(terms) };
    const byId = new Map(terms.map((t) => [t.id, t]));
    const found = markGlossaryTerms(tree, compiled.matcher, (m) => {
      const t = byId.get(m.termId)!;
      return termMarkup({ id: t.id, term: t.term, meaning: t.meaning[options.locale] }, m.text, options);
    });
    // Terms the glossary itself files under this entry count as used too.
    const slug = slugOf(file.path);
    const listed = slug ? terms.filter((t) => t.entries.includes(slug)).map((t) => t.id) : [];
    const ids = [...new Set([...found, ...listed])];
    const synonyms = synonymsMarkup(ids.map((id) => byId.get(id)!));
    if (synonyms) tree.children.push(synonyms);
  };
}
