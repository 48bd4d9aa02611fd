/**
 * Finds glossary terms in running text. Whole words only; the longest spelling wins
 * where several start at the same place ("no cap" before "cap").
 *
 * Case: a spelling written in lower case matches in any case (`cringe` finds
 * "Cringe"); a spelling that starts with a capital needs that capital in the text too
 * (`Story` finds "Story" but not "tell a story", `Für dich` not "für dich drei Fragen"),
 * the rest of it in any case. So the glossary decides: write a spelling in lower case
 * to match everywhere.
 *
 * A space or hyphen inside a spelling matches either: `Photo Dump` finds "Photo-Dump".
 */

export type TermSpellings = { id: string; term: string; aka: readonly string[] };
export type TermMatch = { start: number; end: number; termId: string; text: string };

export type GlossaryMatcher = {
  /** The regular expression over all spellings; `null` when the glossary is empty. */
  pattern: RegExp | null;
  /** Lower-cased spelling to the term it belongs to (the first term listing it). */
  owner: ReadonlyMap<string, string>;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const SEPARATORS = /[\s\u00a0\u2011-]+/g;

/** The form spellings are compared in: lower case, one space between parts. */
export const normalise = (s: string) => s.trim().toLowerCase().replace(SEPARATORS, ' ');

/** A spelling's text as a pattern in which a space or hyphen matches either. */
const loose = (s: string) => s.split(SEPARATORS).map(escape).join('[\\s\\u00a0\\u2011-]');

/** One spelling as a pattern: a leading capital stays fixed, everything else ignores case. */
function spellingPattern(spelling: string): string {
  const [first = ''] = spelling;
  if (isUpper(first)) return `${escape(first)}(?i:${loose(spelling.slice(first.length))})`;
  return `(?i:${loose(spelling)})`;
}

// Letters, digits and the underscore make a word; anything else (spaces, hyphens, punctuation) ends it.
const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}_])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}_])';

export function compileMatcher(terms: readonly TermSpellings[]): GlossaryMatcher {
  const owner = new Map<string, string>();
  for (const t of terms) {
    for (const s of [t.term, ...t.aka]) {
      const key = normalise(s);
      if (key && !owner.has(key)) owner.set(key, t.id);
    }
  }
  const spellings = terms
    .flatMap((t) => [t.term, ...t.aka].map((s) => s.trim()))
    .filter((s, i, all) => s && all.indexOf(s) === i)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = spellings.length > 0 ? new RegExp(`${BEFORE}(?:${spellings.map(spellingPattern).join('|')})${AFTER}`, 'gu') : null;
  return { pattern, owner };
}

/**
 * The first occurrence in `text` of every term not in `done`, left to right, without
 * overlaps. The caller adds the returned ids to `done` for the next piece of text.
 */
export function firstOccurrences(matcher: GlossaryMatcher, text: string, done: ReadonlySet<string>): TermMatch[] {
  if (!matcher.pattern) return [];
  const found: TermMatch[] = [];
  const seen = new Set(done);
  for (const m of text.matchAll(matcher.pattern)) {
    const termId = matcher.owner.get(normalise(m[0]));
    if (!termId || seen.has(termId)) continue;
    seen.add(termId);
    found.push({ start: m.index, end: m.index + m[0].length, termId, text: m[0] });
  }
  return found;
}

/** Ids of the terms whose spellings occur anywhere in `text`, in order of first appearance. */
export function presentTerms(matcher: GlossaryMatcher, text: string): string[] {
  if (!matcher.pattern) return [];
  const ids = new Set<string>();
  for (const m of text.matchAll(matcher.pattern)) {
    const id = matcher.owner.get(normalise(m[0]));
    if (id) ids.add(id);
  }
  return [...ids];
}
