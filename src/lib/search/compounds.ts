/**
 * German compounds for the search index. Pagefind matches word prefixes only, so a
 * query for "Schutz" would never reach "Datenschutz". At build time we split the
 * compounds of German pages against a German lexicon (`lexicon.ts`, a Hunspell
 * dictionary) with the library's own nouns as a supplement, and index the parts with
 * the page (invisible to readers), so any part of a compound finds it.
 *
 * The splitter is conservative, because a wrong part makes unrelated pages match:
 * - a head is a form the dictionary lets begin a compound (`kunden-`, `arbeits-`) or a
 *   noun, four letters or more, and never a particle ("nach", "unter": "Nachricht"
 *   and "Unternehmen" stay whole). "Weiter-" and "zusammen-" are no particles here:
 *   "Weiterbildung" and "Zusammenarbeit" are found by "Bildung" and "Arbeit";
 * - a tail is a noun form of four letters or more, or a compound that splits again,
 *   after a linking element (-s-, -n-, -en-, -es-, -e-) where the head has none;
 * - a tail that is a derivational or inflectional ending ("-lich", "-schaft",
 *   "-innen") is no tail: "freund|lich", "Kund|innen" stay whole;
 * - the longest head wins, and the parts split again ("Feierabendbier": feier, abend,
 *   bier).
 */
import type { Lexicon } from './lexicon.ts';

/** Shortest head and tail a split may produce. */
const MIN_PART = 4;

/**
 * Words that begin many German words without being the head of a compound:
 * prepositions, adverbs, verb particles and pronouns.
 */
const PARTICLE_HEADS: ReadonlySet<string> = new Set([
  'nach', 'unter', 'über', 'hinter', 'wieder', 'wider', 'gegen', 'durch', 'zwischen', 'voll', 'ober', 'fort',
  'zurück', 'vorbei', 'voraus', 'heraus', 'herein', 'hinaus', 'hinein', 'herum',
  'entgegen', 'gegenüber', 'nieder', 'miss', 'außer', 'inner', 'oben', 'unten', 'hier', 'dort', 'dahin',
  'daher', 'dabei', 'dafür', 'damit', 'danach', 'darum', 'sich', 'sein', 'eine', 'einer', 'eines', 'einen',
  'eins', 'dies', 'diese', 'mehr', 'ohne', 'also', 'auch', 'sehr', 'noch', 'schon', 'dann', 'wenn', 'weil',
  'hoch', 'voran', 'empor', 'beiseite', 'bereit', 'irgend', 'allein', 'anders', 'vorder',
]);

/** Linking elements (Fugenelemente) that may sit between head and tail, longest first. */
const LINKS = ['es', 'en', 's', 'n', 'e'] as const;

/** Tails that are derivational or inflectional endings, not words: "freund|lich", "kund|innen". */
const SUFFIX_TAIL =
  /^(?:innen|lich(?:e[nrs]?)?|heit(?:en)?|keit(?:en)?|schaft(?:en)?|ungen|t?ier(?:e|en|t|te|ten)?|ation(?:en|al)?|isier\p{L}*|isch\p{L}*|ig(?:e[nrs]?)?|chen|lein|bar(?:e[nrs]?|keit)?|sam(?:e[nrs]?|keit)?|haft(?:e[nrs]?|igkeit)?|los(?:e[nrs]?)?|nisse?n?|tums?|linge?n?|ende[nrs]?|ness|ings?|ismus|isten?|erin(?:nen)?|erei(?:en)?)$/u;

/** The lowercase words a text is made of (letters only). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The library's own nouns the lexicon does not know ("TikTok", "Azubi", "Hype"): words
 * of four letters or more written with a capital in the middle of a sentence (after a
 * lowercase word or a comma), which in German makes them nouns or names, and that the
 * dictionary lists in no form. A capital at the start of a sentence says nothing.
 */
export function libraryNouns(texts: Iterable<string>, lexicon: Lexicon): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [, word] of text.matchAll(/(?<=[\p{Ll},;] )(\p{Lu}\p{L}{3,})/gu)) {
      const lower = word!.toLowerCase();
      if (!lexicon.nouns.has(lower) && !lexicon.heads.has(lower) && !lexicon.words.has(lower)) found.add(lower);
    }
  }
  return found;
}

export type Splitter = {
  /** The parts of one word (heads as dictionary words, every tail), or `[]` if it stays whole. */
  split(word: string): string[];
  /**
   * The parts of all compounds in a text that the text does not already contain as
   * words, sorted, each with how often compounds containing it occur.
   */
  partsOf(text: string): { part: string; count: number }[];
};

export type SplitterOptions = {
  /** Nouns of the library the lexicon lacks (see `libraryNouns`). */
  extraNouns?: ReadonlySet<string>;
  particles?: ReadonlySet<string>;
};

/** A splitter bound to a lexicon; results are cached per word. */
export function createSplitter(lexicon: Lexicon, options: SplitterOptions = {}): Splitter {
  const particles = options.particles ?? PARTICLE_HEADS;
  const extra = options.extraNouns ?? new Set<string>();
  const cache = new Map<string, string[]>();
  const isNoun = (word: string) => lexicon.nouns.has(word) || extra.has(word);

  /**
   * The word to index for a head, or undefined if it cannot begin a compound: a noun
   * as it stands ("daten", "team"), or a compound form without its linking element
   * ("arbeits" → "arbeit", "gruppen" → "gruppe"), or with the -e German drops ("sprach" → "sprache").
   */
  const headWord = (head: string): string | undefined => {
    if (head.length < MIN_PART || particles.has(head)) return undefined;
    if (isNoun(head)) return head;
    if (!lexicon.heads.has(head)) return undefined;
    for (const link of LINKS) {
      const base = head.slice(0, -link.length);
      if (head.endsWith(link) && base.length >= MIN_PART && isNoun(base)) return base;
    }
    return isNoun(`${head}e`) ? `${head}e` : head;
  };
  /** A head that already ends in its linking element takes no other. */
  const linked = (head: string) => lexicon.heads.has(head) && !isNoun(head);

  const usable = (tail: string) => tail.length >= MIN_PART && !SUFFIX_TAIL.test(tail);
  const known = (tail: string) => usable(tail) && (isNoun(tail) || split(tail).length > 0);

  /** The tail after a head, dropping a linking element where that leaves a known tail. */
  const tailAfter = (rest: string, head: string): string | undefined => {
    if (known(rest)) return rest;
    if (linked(head)) return undefined;
    for (const link of LINKS) if (rest.startsWith(link) && known(rest.slice(link.length))) return rest.slice(link.length);
    return undefined;
  };

  function split(word: string): string[] {
    const lower = word.toLowerCase();
    const cached = cache.get(lower);
    if (cached) return cached;
    cache.set(lower, []); // guards against cycles while this word is being split
    let parts: string[] = [];
    // Longest head first: "datenschutzregeln" is "datenschutz" + "regeln", then "daten" + "schutz".
    for (let end = lower.length - MIN_PART; end >= MIN_PART; end--) {
      const head = lower.slice(0, end);
      const word = headWord(head);
      if (!word) continue;
      const tail = tailAfter(lower.slice(end), head);
      if (!tail) continue;
      parts = [...new Set([word, ...split(word), tail, ...split(tail)])];
      break;
    }
    cache.set(lower, parts);
    return parts;
  }

  function partsOf(text: string): { part: string; count: number }[] {
    const all = words(text);
    const own = new Set(all);
    const counts = new Map<string, number>();
    for (const word of all) {
      if (word.length < 2 * MIN_PART) continue;
      for (const part of split(word)) if (!own.has(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([part, count]) => ({ part, count }));
  }

  return { split, partsOf };
}
