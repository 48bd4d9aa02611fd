/**
 * German compounds for the search index. Pagefind matches word prefixes only, so a
 * query for "Schutz" would never reach "Datenschutz". At build time we split the
 * compounds of German pages against the library's own vocabulary and index the parts
 * with the page (invisible to readers), so the later part of a compound finds it.
 *
 * The splitter is conservative, because a wrong part makes unrelated pages match:
 * - the head is a word the library itself uses, four letters or more, and not a
 *   particle ("nach", "unter": "Nachricht" and "Unternehmen" stay whole);
 * - the tail has four letters or more, is not a suffix ("-lich", "-heit", "-innen"),
 *   and is known: a word of the library, a compound that splits again, or a part that
 *   ends at least two different words of the library ("Schutz" in "Datenschutz"
 *   and "Selbstschutz", though "Schutz" never stands alone);
 * - a linking -s-, -n-, -en-, -es- or -e- is dropped where that leaves a known tail.
 */

/** Shortest head and tail a split may produce. */
export const MIN_PART = 4;
/** A tail the library never uses alone needs this many letters (and two different heads). */
const MIN_UNSEEN_TAIL = 5;

/**
 * Words that begin many German words without being the head of a compound:
 * prepositions, adverbs, verb particles and pronouns.
 */
export const PARTICLE_HEADS: ReadonlySet<string> = new Set([
  'nach', 'unter', 'über', 'hinter', 'wieder', 'wider', 'gegen', 'durch', 'zwischen', 'voll', 'ober', 'fort',
  'weiter', 'zusammen', 'zurück', 'vorbei', 'voraus', 'heraus', 'herein', 'hinaus', 'hinein', 'herum',
  'entgegen', 'gegenüber', 'nieder', 'miss', 'außer', 'inner', 'oben', 'unten', 'hier', 'dort', 'dahin',
  'daher', 'dabei', 'dafür', 'damit', 'danach', 'darum', 'sich', 'sein', 'eine', 'einer', 'eines', 'einen',
  'eins', 'dies', 'diese', 'mehr', 'ohne', 'also', 'auch', 'sehr', 'noch', 'schon', 'dann', 'wenn', 'weil',
]);

/** Linking elements (Fugenelemente) that may sit between head and tail. */
const LINKS = ['s', 'n', 'en', 'es', 'e'] as const;

/** Head endings after which German links with -s- ("Arbeitszeit", "Meinungsbild"). */
const S_LINK_ENDINGS = ['ung', 'heit', 'keit', 'schaft', 'tät', 'ion', 'ling', 'tum', 'arbeit', 'nis'];

/** Tails that are derivational or inflectional endings, not words: "freund|lich", "kund|innen". */
const SUFFIX_TAIL =
  /^(?:innen|lich(?:e[nrs]?)?|heit(?:en)?|keit(?:en)?|schaft(?:en)?|ungen|t?ier(?:e|en|t|te|ten)?|ation(?:en|al)?|isier\p{L}*|isch\p{L}*|ig(?:e[nrs]?)?|chen|lein|bar(?:e[nrs]?|keit)?|sam(?:e[nrs]?|keit)?|haft(?:e[nrs]?|igkeit)?|los(?:e[nrs]?)?|nisse?n?|tums?|linge?n?|ende[nrs]?|ness|ings?)$/u;

/** The lowercase words a text is made of (letters only), e.g. for building a vocabulary. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Every word of four letters or more that occurs in the given texts. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of words(text)) if (word.length >= MIN_PART) vocabulary.add(word);
  return vocabulary;
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

/** A splitter bound to one library's vocabulary; results are cached per word. */
export function createSplitter(vocabulary: ReadonlySet<string>, particles: ReadonlySet<string> = PARTICLE_HEADS): Splitter {
  const cache = new Map<string, string[]>();

  /** The dictionary word a head stands for: itself, or with the final -e German drops ("sprach-" → "sprache"). */
  const headWord = (head: string): string | undefined => {
    if (head.length < MIN_PART || particles.has(head)) return undefined;
    if (vocabulary.has(head)) return head;
    if (vocabulary.has(`${head}e`) && !particles.has(`${head}e`)) return `${head}e`;
    return undefined;
  };
  const linksWithS = (head: string) => S_LINK_ENDINGS.some((ending) => head.endsWith(ending));

  /** Tails that follow a dictionary head somewhere in the library, with the words they end. */
  const seenAfter = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    for (let end = MIN_PART; end <= word.length - MIN_UNSEEN_TAIL; end++) {
      const head = word.slice(0, end);
      const dictionaryHead = headWord(head);
      if (!dictionaryHead) continue;
      const rest = word.slice(end);
      const tail = rest.startsWith('s') && linksWithS(head) ? rest.slice(1) : rest;
      if (tail.length < MIN_UNSEEN_TAIL) continue;
      seenAfter.set(tail, (seenAfter.get(tail) ?? new Set()).add(word));
    }
  }

  const usable = (tail: string) => tail.length >= MIN_PART && !SUFFIX_TAIL.test(tail);
  const known = (tail: string) => usable(tail) && (vocabulary.has(tail) || split(tail).length > 0);
  const evidenced = (tail: string) => usable(tail) && tail.length >= MIN_UNSEEN_TAIL && (seenAfter.get(tail)?.size ?? 0) >= 2;

  /** The tail after a head, dropping a linking element where that leaves a known tail. */
  const tailAfter = (word: string, head: string): string | undefined => {
    const rest = word.slice(head.length);
    const linked = LINKS.filter((link) => rest.startsWith(link)).map((link) => rest.slice(link.length));
    const knownTail = [rest, ...linked].find(known);
    if (knownTail) return knownTail;
    const likely = rest.startsWith('s') && linksWithS(head) ? rest.slice(1) : rest;
    return evidenced(likely) ? likely : undefined;
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
      const dictionaryHead = headWord(head);
      if (!dictionaryHead) continue;
      const tail = tailAfter(lower, head);
      if (!tail) continue;
      parts = [...new Set([dictionaryHead, ...split(dictionaryHead), tail, ...split(tail)])];
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
