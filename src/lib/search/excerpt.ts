/**
 * Excerpts for pages found through a compound part. Pagefind marks only words that
 * begin with a query term, so a page found for "Schutz" through "Datenschutz" would
 * show its first sentence with nothing marked. This picks the text around the first
 * word that contains a query term instead, and marks that word.
 */

import { escapeHtml } from '../escape-html.ts';

/** The words of a query worth looking for inside other words (four letters or more). */
export function innerTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
}

/**
 * An entity-encoded excerpt of `length` words around the first word of `content` that
 * contains one of `terms`, with such words in `<mark>`; `undefined` when none does.
 */
export function excerptAround(content: string, terms: readonly string[], length = 30): string | undefined {
  if (terms.length === 0) return undefined;
  const words = content.split(/\s+/).filter(Boolean);
  const hit = (word: string) => {
    const lower = word.toLowerCase();
    return terms.some((term) => lower.includes(term));
  };
  const first = words.findIndex(hit);
  if (first < 0) return undefined;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  return words
    .slice(start, start + length)
    .map((word) => (hit(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/** Pagefind's excerpt, or one around a compound when Pagefind's marks nothing. */
export function bestExcerpt(doc: { excerpt: string; content: string }, query: string, length = 30): string {
  if (doc.excerpt.includes('<mark>')) return doc.excerpt;
  return excerptAround(doc.content, innerTerms(query), length) ?? doc.excerpt;
}
