/**
 * Whether a page found for a one-word query really has that word. Pagefind's exact
 * search matches every indexed word with the query's Snowball stem, and Snowball gives
 * some unrelated words the same stem: "Seite" and "seit" (`seit`), "Geber" and "geben"
 * (`geb`), "Meister" and "meist", "Ebene" and "eben", English "them" and "Themen". The
 * browser has the text of the pages it found (Pagefind's fragments: the page's words
 * and its metadata, with the compound parts); this module says whether a word there is
 * the query word or one of its inflected forms, by a rule a German reader would apply:
 *
 * - the word itself counts, however it is written ("Weg", "weg");
 * - another form counts where the one is the other plus an inflection ending (`-e`,
 *   `-n`, `-en`, `-s`, `-es`, `-er`, `-ern`, `-ns`, `-ens`, `-nen`; umlauts aside:
 *   "Hand"/"Hände", "Seite"/"Seiten", "Messen"/"Messe") *and* it is written with a
 *   capital in the middle of a sentence, that is, it is a noun form — German writes
 *   nouns, and only nouns, with a capital there; a feminine form in -in, -innen counts
 *   as a form of the noun it is made of ("Lehrerinnen", "Kundin" for "Lehrer",
 *   "Kunden"). So "seit", "stellen" (the verb),
 *   "wegen", "meist", "eben", "lag" are not forms of "Seite", "Stelle", "Weg",
 *   "Meister", "Ebene", "Lage"; a capital at the start of a sentence says nothing;
 * - compound parts and the other words of the page's metadata are nouns or labels and
 *   follow the noun rule;
 * - on a page in another language (English) a word counts where its Snowball stem in
 *   that language is the query's (the browser has that stemmer: the query was stemmed
 *   with it), and case says nothing: "punishing" has "punished", "influencers" has
 *   "influencing", but "Teller" not "tell" (the German index stems both `tell`). Not
 *   where the two differ only by a final "-e", which the English stemmer drops:
 *   that is how the German "Ende" would find "end", and "Mode" "mod".
 * Forms that change the word's stem vowel or beginning ("gibt", "gegeben") are
 * not matched by an exact search in the first place.
 */
import type { Stem } from './stem.ts';
import type { Counts, PagefindDocument } from './types.ts';

const GERMAN_ENDINGS = new Set(['e', 'n', 'en', 's', 'es', 'er', 'ern', 'ns', 'ens', 'nen']);

/**
 * The noun a feminine form is made of, with and without the -e it drops ("Kundin" →
 * "kund", "kunde"; "Lehrerinnen" → "lehrer", "lehrere"); none for a word too short for
 * one ("Kamin" is no form of "kam").
 */
function feminineBases(word: string): string[] {
  for (const suffix of ['innen', 'in']) {
    const base = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && base.length >= 4) return [base, `${base}e`];
  }
  return [];
}

/** Metadata that is not words of the page: the date, and the English stems (`search-extras.ts`), whose words are in the text. */
const NOT_WORDS = new Set(['date', 'stems', 'image', 'image_alt']);

/** Lower case without accents: "Hände" → "hande", as Snowball compares them. */
export const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** How a word is written where it stands: with a capital, and at the start of a sentence. */
export type Written = { capital: boolean; sentenceStart: boolean };

const endsWith = (longer: string, shorter: string, endings: ReadonlySet<string>) =>
  longer.startsWith(shorter) && endings.has(longer.slice(shorter.length));

/** Whether `word`, written as `written` says on a German page, is `query` or one of its forms. */
export function isGermanForm(query: string, word: string, written: Written): boolean {
  const a = fold(query);
  const b = fold(word);
  if (a === b) return true;
  if (!written.capital || written.sentenceStart) return false;
  const inflected = (x: string, y: string) => x === y || endsWith(x, y, GERMAN_ENDINGS) || endsWith(y, x, GERMAN_ENDINGS);
  // A feminine form is a form of the noun it is made of, either way round: "Lehrerinnen" of "Lehrer", "Kundin" of "Kunden".
  return inflected(a, b) || feminineBases(b).some((base) => inflected(a, base)) || feminineBases(a).some((base) => inflected(base, b));
}

/**
 * Whether `word` on a page in a language stemmed by `stem` is `query` or one of its
 * forms; without a stemmer, only the word itself counts.
 */
export function isStemForm(query: string, word: string, stem: Stem | undefined): boolean {
  const a = fold(query);
  const b = fold(word);
  if (a === b) return true;
  if (!stem || a === `${b}e` || b === `${a}e`) return false;
  return stem(a) === stem(b);
}

const LETTERS = /[\p{L}\p{N}]+/gu;
/** A token that ends a sentence: a full stop, question or exclamation mark, or colon, before closing quotes or brackets. */
const SENTENCE_END = /[.!?:…]["'»«“”’)\]]*$/u;

/**
 * Whether a page has the query word (`query`: one word as typed), in its text or its
 * metadata; `lang` is the language of the page's content, `stem` its Snowball stemmer
 * (not needed for German).
 */
export function pageHasWord(query: string, doc: Pick<PagefindDocument, 'content' | 'meta'>, lang: string, stem?: Stem): boolean {
  const form = lang === 'de' ? (word: string, written: Written) => isGermanForm(query, word, written) : (word: string) => isStemForm(query, word, stem);
  const tokens = doc.content.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const sentenceStart = i === 0 || SENTENCE_END.test(tokens[i - 1]!);
    const pieces = tokens[i]!.match(LETTERS) ?? [];
    for (let j = 0; j < pieces.length; j++) {
      const piece = pieces[j]!;
      if (form(piece, { capital: piece[0] !== piece[0]!.toLowerCase(), sentenceStart: sentenceStart && j === 0 })) return true;
    }
  }
  for (const [field, value] of Object.entries(doc.meta)) {
    if (NOT_WORDS.has(field) || !value) continue;
    for (const word of value.match(LETTERS) ?? []) if (form(word, { capital: true, sentenceStart: false })) return true;
  }
  return false;
}

/**
 * Filter counts of a search kept to some of its results: each value Pagefind counted,
 * counted again over `docs` (the results kept, with their filters). Pagefind's counts
 * say how many results have each value; so do these.
 */
export function recount(counts: Counts, docs: readonly Pick<PagefindDocument, 'filters'>[]): Counts {
  const out: Counts = {};
  for (const [filter, values] of Object.entries(counts)) {
    out[filter] = Object.fromEntries(Object.keys(values).map((value) => [value, docs.filter((d) => d.filters[filter]?.includes(value)).length]));
  }
  return out;
}
