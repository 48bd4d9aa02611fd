/**
 * German compounds for the search index. Pagefind matches word prefixes only, so a
 * query for "Schutz" would never reach "Datenschutz". At build time we split the
 * compounds of German pages by the compound rules of the German Hunspell dictionary
 * (`lexicon.ts`), with the library's own nouns as a supplement, and index the parts
 * with the page (invisible to readers), so any part of a compound finds it.
 *
 * A word splits into a begin part, any middle parts and an end part, each at least
 * `COMPOUNDMIN` letters long (two in igerman98), where:
 * - the begin part is a form the dictionary marks `COMPOUNDBEGIN` (its linking element
 *   included: "arbeits", "kunden") or a noun as it stands ("team");
 * - a middle part is a `COMPOUNDMIDDLE` form or a noun;
 * - the end part is a noun form ("zeit", "zeiten"). igerman98's `COMPOUNDEND` forms
 *   would admit verb forms ("Maß|nahmen") and miss noun forms ("Team|leiterin"), so
 *   the gold standard does better with the nouns;
 * - a noun of the library the dictionary lacks may stand anywhere, also with a
 *   linking element after it, and a noun in -ung, -heit, -keit, -schaft, -ion, -tät
 *   may take the linking -s- these always take ("Verbesserungs|strategien").
 * A word the dictionary lists whole ("Verbrechen", "Meilenstein") is checked as a word
 * first, as Hunspell does: it splits only where its begin part is one of the
 * dictionary's begin forms that is a word of its own (not "para" in "Parameter") and
 * every cut is a syllable boundary (`syllables.ts`). A word the dictionary lists as no
 * noun ("Sinnlose", "Hochladen") stays whole. No cut falls inside a verb's nominalised
 * form or derivation the dictionary lets end a compound (`verbEnds`: "Wandlungen",
 * "Über|setzungen"), and a name (`loners`: "Torbjörn") is no part. A word the dictionary
 * cannot read at all ("Hostinglösung") splits where a part it knows meets an unknown
 * rest at a syllable boundary (not after the genitive of a short noun: "Translator").
 * A word English lists (`loan-words.ts`) is checked like a word the dictionary lists
 * ("Notion", "Collaboration" stay whole, "Kinder|garten" splits), and a feminine form in
 * -in, -innen is split as the noun it is made of ("Lehrerinnen" is no "Lehre|rinnen").
 * Of all the ways a word splits, the one with the fewest parts wins, then the one with
 * the longest end part ("benutzer|informationen", not "benutzerin|formationen"), then
 * the one whose shortest part is longest. Each part is split again, and the tails and
 * heads of two or more parts are indexed too ("Bildschirmzeit": bild, schirm, zeit,
 * schirmzeit, bildschirm).
 *
 * Two rules of our own remain, each because the gold standards
 * (`tests/fixtures/gold-de/`, `tests/fixtures/gold-de-software/`) show the dictionary
 * alone gets those words wrong:
 * - a particle (`PARTICLES`) is never a part of its own but joins the part after it:
 *   the dictionary lets "unter", "über", "vor" begin compounds, so "Unterdrückung",
 *   "Überzeugung", "Vorbereitung" would split, and "Bildunterschrift" would lose
 *   "unterschrift";
 * - "-schaft" is no end part (`SUFFIX_ENDS`): "Eigenschaften" is a derivation, though
 *   the dictionary knows "eigen-" as a begin form and "Schaft" as a noun.
 */
import type { Lexicon } from './lexicon.ts';
import type { Syllables } from './syllables.ts';

/**
 * Prepositions, adverbs and verb particles the dictionary lets begin a compound, that
 * in fact begin derivations of prefix verbs: "Unterdrückung", "Überzeugung",
 * "Vorbereitung", "Einstellung", "Mitglieder", "Rücksicht", "Feststellung",
 * "Zusammenfassung" (all in the gold standard).
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'da', 'dar', 'durch', 'ein', 'fest', 'fort', 'gegen', 'her', 'hin', 'hinter', 'miss', 'mit',
  'nach', 'ober', 'rück', 'über', 'um', 'unter', 'vor', 'weg', 'wider', 'wieder', 'zu', 'zurück', 'zusammen',
]);

/** End parts that are derivational suffixes, not nouns: "Eigen|schaften" (gold standard). */
const SUFFIX_ENDS: ReadonlySet<string> = new Set(['schaft', 'schaften']);

/** Linking elements (Fugenelemente) a noun of the library may take before the next part, longest first. */
const LINKS = ['es', 'en', 's', 'n', 'e'] as const;

/** Nouns with these endings always take a linking -s- in a compound ("Verbesserungsvorschlag", "Sicherheitslücke"). */
const S_LINKED = /(?:ung|heit|keit|schaft|ion|tät)$/u;

/**
 * The endings of nouns for people (agent nouns and their like) that German makes
 * feminine with -in, -innen: Lehrer, Autor, Ingenieur, Student, Praktikant,
 * Journalist, Psychologe (Psychologin), Kandidat, Bibliothekar, Funktionär.
 */
const PERSON_END = /(?:er|or|eur|ent|ant|ist|og|at|ar|är)$/u;

/** The most parts one word is split into in one step (each part may split again). */
const MAX_PARTS = 4;

/** The lowercase words a text is made of (letters only). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The library's own nouns the lexicon does not know ("TikTok", "Azubi", "Tab"): words
 * of three letters or more written with a capital in the middle of a sentence (after a
 * lowercase word or a comma), which in German makes them nouns or names, and that the
 * dictionary knows as no noun ("Inkognito", which it knows as an adverb only) and
 * no begin form ("Arbeits-"). A capital at the start of a sentence says nothing.
 */
export function libraryNouns(texts: Iterable<string>, lexicon: Pick<Lexicon, 'nouns' | 'begin'>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [, word] of text.matchAll(/(?<=[\p{Ll},;] )(\p{Lu}\p{L}{2,})/gu)) {
      const lower = word!.toLowerCase();
      if (!lexicon.nouns.has(lower) && !lexicon.begin.has(lower)) found.add(lower);
    }
  }
  return found;
}

export type Splitter = {
  /** The parts of one word as written (heads as dictionary words, every tail), or `[]` if it stays whole or is written lowercase. */
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
  /** Hyphenation points (see `syllables.ts`): a word the dictionary lists whole splits only at them. */
  syllables: Syllables;
  /** Words of the language German borrows from (English, see `loan-words.ts`): each splits only as a word the dictionary lists does. */
  loanWords: ReadonlySet<string>;
};

/** A splitter bound to a lexicon; results are cached per word. */
export function createSplitter(lexicon: Lexicon, options: SplitterOptions): Splitter {
  const extra = options.extraNouns ?? new Set<string>();
  const { syllables, loanWords } = options;
  const min = lexicon.minPart;
  const cache = new Map<string, string[]>();
  // A name of the dictionary ("Ben", "Björn") takes part in no compound: "Torbjörn" is no "Tor|björn".
  const isNoun = (part: string) => (lexicon.nouns.has(part) && !lexicon.loners.has(part)) || extra.has(part);
  /** A noun of the library with a linking element after it ("tiktoks"). */
  const linkedExtra = (part: string) => LINKS.some((l) => part.endsWith(l) && extra.has(part.slice(0, -l.length)));
  /** A noun ending in -ung, -heit, -keit, -schaft, -ion, -tät with the linking -s- these always take ("verbesserungs"). */
  const sLinked = (part: string) => part.endsWith('s') && S_LINKED.test(part.slice(0, -1)) && isNoun(part.slice(0, -1));

  // A noun the dictionary does not flag for compounds needs three letters to begin or sit in one ("Ch" does not).
  const noun3 = (part: string) => part.length >= 3 && isNoun(part);
  const canBegin = (part: string) => lexicon.begin.has(part) || noun3(part) || linkedExtra(part) || sLinked(part);
  const canMiddle = (part: string) => lexicon.middle.has(part) || noun3(part) || linkedExtra(part) || sLinked(part);
  // An end part of fewer than four letters must be one of the dictionary's end forms ("Schrift|art", "Dokument|typ"), not any short noun or name ("schrei|ben").
  const canEnd = (part: string) => !SUFFIX_ENDS.has(part) && isNoun(part) && (part.length >= 4 || lexicon.end.has(part) || extra.has(part));

  /**
   * The noun a feminine form is made of: "lehrerinnen" → "lehrer", "projektleiterin" →
   * "projektleiter", "kollegin" → "kolleg"; the base must end like a noun for people or
   * be a noun. Such a word is that noun, so it is split as the noun is, with its last
   * part made feminine too ("team|leiter|leiterin"): not "Lehre|rinnen", "Influence|rinnen",
   * "Schütze|rin". "Dachrinnen" has no such base ("dachr") and splits.
   */
  function feminineParts(word: string): string[] | undefined {
    for (const suffix of ['innen', 'in']) {
      const base = word.slice(0, -suffix.length);
      if (!word.endsWith(suffix) || base.length < 4 || !(PERSON_END.test(base) || isNoun(base))) continue;
      const parts = splitWord(base);
      const tail = parts.filter((part) => part !== base && base.endsWith(part)).sort((a, b) => b.length - a.length)[0];
      return tail ? [...parts, `${tail}${suffix}`] : parts;
    }
    return undefined;
  }

  /** Every way to split a word into a begin part, middle parts and an end part; particles still apart. */
  function splits(word: string): string[][] {
    const found: string[][] = [];
    const walk = (start: number, parts: string[]) => {
      for (let cut = start + min; cut <= word.length - min; cut++) {
        const part = word.slice(start, cut);
        if (!(start === 0 ? canBegin : canMiddle)(part) && !PARTICLES.has(part)) continue;
        const rest = word.slice(cut);
        if (canEnd(rest)) found.push([...parts, part, rest]);
        if (parts.length < MAX_PARTS - 2) walk(cut, [...parts, part]);
      }
    };
    walk(0, []);
    return found;
  }

  /** German writes nouns with a capital: only a word written with one is split ("Sichtbarkeit", not "sichtbar"). */
  const split = (word: string): string[] => (word[0] === word[0]?.toLowerCase() ? [] : splitWord(word.toLowerCase()));

  function splitWord(word: string): string[] {
    const lower = word;
    const cached = cache.get(lower);
    if (cached) return cached;
    cache.set(lower, []); // guards against cycles while this word is being split
    const feminine = feminineParts(lower);
    if (feminine) {
      cache.set(lower, feminine);
      return feminine;
    }
    // A word the dictionary lists as no noun is an adjective or a verb written with a capital
    // (at the start of a sentence, or nominalised): "Sinnlose", "Vielfaches", "Hochladen", "Ungültiger".
    if ((lexicon.words.has(lower) || lexicon.crossWords.has(lower)) && !lexicon.nouns.has(lower)) return [];
    // A word English lists is a word of its own, as one German lists is: it splits only as a
    // listed word does (below), so "Notion", "Collaboration", "Essential" stay whole (not
    // "Not|ion", "Collabo|ration", "Essen|tial"), and "Kinder|garten", which English borrowed, splits.
    const listed = lexicon.words.has(lower) || lexicon.nouns.has(lower) || loanWords.has(lower);
    const raw = splits(lower);
    // No cut falls inside a verb's nominalised form or derivation that ends the word ("wandlungen", "setzungen").
    const derivation = verbEnd(lower, raw);
    const outside = (parts: string[]) => cuts(parts).every((cut) => cut <= lower.length - derivation);
    let candidates = raw.map((parts) => joinParticles(parts, isNoun)).filter((parts) => parts.length > 1 && outside(parts));
    if (listed) {
      // A word the dictionary lists whole is a compound only where the begin part is one
      // of its begin forms or a noun of four letters or more as the dictionary lists it,
      // and every cut a syllable boundary ("Verbrechen", "Generation" stay whole;
      // "Teamleiterin", "Prozentsatz" split).
      const points = syllables(lower);
      const head = (part: string) => (lexicon.begin.has(part) && standalone(part)) || sLinked(part) || (part.length >= 4 && lexicon.nounEntries.has(part));
      candidates = candidates.filter((parts) => head(parts[0]!) && cuts(parts).every((c) => points.has(c)));
    }
    let best: string[] | undefined = candidates.sort(better)[0];
    // A word the dictionary cannot read in any way ("Hostinglösung") may still end or begin
    // with a part it knows; a noun of the library with an ending ("Messengern") is that noun.
    const inflected = LINKS.map((ending) => lower.slice(0, -ending.length)).find((base) => lower.length > base.length && extra.has(base));
    if (!best && !listed && raw.length === 0 && !inflected) best = unknownSplit(lower, syllables(lower));
    if (best && !outside(best)) best = undefined;
    const parts = best ? indexed(best) : !listed && raw.length === 0 && inflected ? splitWord(inflected) : [];
    cache.set(lower, parts);
    return parts;
  }

  /**
   * A begin form that is a word of its own, or one with a linking element or without its -e
   * ("arbeits", "sprach"); not a piece that exists only in compounds ("para", which made
   * "Para|meter").
   */
  function standalone(head: string): boolean {
    const { words } = lexicon;
    return words.has(head) || words.has(`${head}e`) || LINKS.some((link) => head.endsWith(link) && words.has(head.slice(0, -link.length)));
  }

  /**
   * The length of the longest form in `lexicon.verbEnds` the word ends with, where it is the
   * whole word or one of its splits cuts there ("klein|schreibung", not "kl|einschreibung"); 0 if none.
   */
  function verbEnd(word: string, raw: string[][]): number {
    for (let start = 0; start <= word.length - min; start++) {
      const tail = word.slice(start);
      // A derivation in -ung with the linking -s- it always takes counts too ("rückmeldungs" as a head).
      const derived = lexicon.verbEnds.has(tail) || (tail.endsWith('s') && S_LINKED.test(tail.slice(0, -1)) && lexicon.verbEnds.has(tail.slice(0, -1)));
      const head = word.slice(0, start);
      if (derived && (start === 0 || PARTICLES.has(head) || raw.some((parts) => cuts(parts).includes(start)))) return word.length - start;
    }
    return 0;
  }

  /**
   * The split of a word the dictionary cannot read: at a syllable boundary, a begin form
   * or a noun end part of five letters or more and an unknown rest of four or more
   * ("hosting|lösung", "haupt|thread", "zoom|funktion"; "Messenger" stays whole).
   */
  function unknownSplit(word: string, points: ReadonlySet<number>): string[] | undefined {
    let found: string[] | undefined;
    // A known end part is the longest one the word ends with: "dekonfiguration" ends with "konfiguration", so "ration" is none.
    let end = 1;
    while (end < word.length && !canEnd(word.slice(end))) end++;
    for (const cut of points) {
      const [head, tail] = [word.slice(0, cut), word.slice(cut)];
      if (head.length < 4 || tail.length < 4) continue;
      const known = (tail.length >= 5 && cut === end) || (head.length >= 5 && canBegin(head) && !PARTICLES.has(head) && !shortLinked(head));
      if (known && (!found || shortest(found) < Math.min(head.length, tail.length))) found = [head, tail];
    }
    return found;
  }

  /**
   * A begin form that is the genitive -s of a noun of four letters or fewer, and no noun the
   * dictionary lists on its own: "trans" (of "Tran"). Before an unknown rest it is more
   * likely a loan word's beginning ("Translator", "Transgender", "Transnistrien") than a
   * compound of the noun. Plurals are not meant: "Zahlen|gruppentrenner", "Listen|trenner".
   */
  function shortLinked(head: string): boolean {
    if (lexicon.nounEntries.has(head) || extra.has(head)) return false;
    const base = head.slice(0, -1);
    return head.endsWith('s') && base.length < 5 && isNoun(base);
  }

  /** The words to index for a split: each part (heads as the dictionary writes them), each tail and each head of two or more parts ("schirmzeit", "bildschirm"), and their parts. */
  function indexed(parts: string[]): string[] {
    const out: string[] = [];
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const word = last ? part : headWord(part);
      out.push(word, ...splitWord(word));
      if (i > 0 && !last) out.push(parts.slice(i).join(''), parts.slice(0, i + 1).join(''));
    });
    return [...new Set(out)];
  }

  /**
   * The word to index for a head: a head with the linking -s- of the genitive as the noun
   * the dictionary lists ("inhalts" → "inhalt", "namens" → "name", "hilfs" → "hilfe"); a
   * noun as it stands ("daten", "kunden", "team"); a linking form without its linking
   * element ("gruppen" → "gruppe" where only that is a noun), or with the -e German drops
   * ("sprach" → "sprache").
   */
  function headWord(head: string): string {
    if (head.endsWith('s') && !lexicon.nounEntries.has(head) && !extra.has(head)) {
      const bases = [head.slice(0, -1), head.slice(0, -2), `${head.slice(0, -1)}e`, `${head.slice(0, -2)}e`];
      const base = bases.find((b) => b.length >= min && (lexicon.nounEntries.has(b) || extra.has(b)));
      if (base) return base;
    }
    if (isNoun(head)) return head;
    for (const link of LINKS) {
      const base = head.slice(0, -link.length);
      if (head.endsWith(link) && base.length >= min && isNoun(base)) return base;
    }
    return isNoun(`${head}e`) ? `${head}e` : head;
  }

  function partsOf(text: string): { part: string; count: number }[] {
    const all = text.match(/\p{L}+/gu) ?? [];
    const own = new Set(all.map((word) => word.toLowerCase()));
    const counts = new Map<string, number>();
    for (const word of all) {
      if (word.length < 2 * min) continue;
      for (const part of split(word)) if (!own.has(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([part, count]) => ({ part, count }));
  }

  return { split, partsOf };
}

/** The offsets where a split cuts its word. */
function cuts(parts: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const part of parts.slice(0, -1)) out.push((at += part.length));
  return out;
}

/**
 * A particle joins the part after it: ["bild", "unter", "schrift"] → ["bild", "unterschrift"];
 * one that ends the word joins the part before it, unless it is a noun too ("weg", "fest").
 */
function joinParticles(parts: string[], isNoun: (part: string) => boolean): string[] {
  const out: string[] = [];
  let pending = '';
  for (const [i, part] of parts.entries()) {
    // A particle that is a noun too ends a compound as that noun after a part of its own ("Standard|weg", "Sommer|fest").
    const endNoun = i === parts.length - 1 && !pending && out.length > 0 && isNoun(part);
    if (PARTICLES.has(part) && !endNoun) pending += part;
    else (out.push(pending + part), (pending = ''));
  }
  if (pending) out[out.length - 1] += pending;
  return out;
}

const shortest = (parts: readonly string[]) => Math.min(...parts.map((p) => p.length));

/**
 * Fewer parts first, then the longer end part ("benutzer|informationen", not
 * "benutzerin|formationen"; "datei|endung", not "dateien|dung"), then the longer shortest part.
 */
function better(a: readonly string[], b: readonly string[]): number {
  return a.length - b.length || b.at(-1)!.length - a.at(-1)!.length || shortest(b) - shortest(a);
}
