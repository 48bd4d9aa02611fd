/**
 * The German word list the compound splitter checks parts against: the Hunspell
 * dictionary of the `dictionary-de` package (igerman98), read at build time only.
 *
 * Of Hunspell's format we need two things, so we read just those:
 * - the forms that may begin a compound. igerman98 marks them with its compound flag
 *   (`j` in `Kunden/hij`, `Arbeits/hij`, `Daten/ijm`), linking element included, which
 *   is how "Kunden-" and "Arbeits-" are known heads and "Nachricht-" is not;
 * - every form of every noun (entries written with a capital), expanded with the
 *   entry's one-level suffix rules: `Erklärung/P` gives "erklärung" and "erklärungen".
 *   Those are the tails, and also heads when a compound simply joins two nouns
 *   ("Team" + "meeting").
 * Suffix rules that build compound pieces (continuation flags, a hyphen) are left out.
 */

export type Lexicon = {
  /** Lowercase forms that may begin a compound, with their linking element (`arbeits`, `kunden`). */
  heads: ReadonlySet<string>;
  /** Lowercase noun forms, every inflection (`erklärung`, `erklärungen`). */
  nouns: ReadonlySet<string>;
  /** Every entry of the dictionary as it stands, lowercased, whatever its kind (`wenn`, `nutzen`). */
  words: ReadonlySet<string>;
};

type SuffixRule = { strip: string; add: string; condition: RegExp };

/** Hunspell's flag for words that exist only with an affix (igerman98's pseudo-roots). */
const NEED_AFFIX = 'h';
/** igerman98's flag: the word as it stands may begin a compound. */
const COMPOUND_HEAD = 'j';
/** Hunspell's flag for words the dictionary forbids. */
const FORBIDDEN = 'd';

/** The one-level suffix rules of an affix file, by flag. */
export function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5) continue; // headers have 4 fields
    const [, flag, strip, rawAdd, condition] = fields as [string, string, string, string, string];
    // Continuation flags and hyphens build compound pieces, not inflections.
    if (rawAdd.includes('/') || rawAdd.includes('-')) continue;
    const add = rawAdd === '0' ? '' : rawAdd;
    const list = rules.get(flag) ?? [];
    list.push({ strip: strip === '0' ? '' : strip, add, condition: new RegExp(`${condition}$`, 'u') });
    rules.set(flag, list);
  }
  return rules;
}

const isCapitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

/** Reads a Hunspell dictionary (`.aff` and `.dic` text) into heads and noun forms. */
export function readLexicon(aff: string, dic: string): Lexicon {
  const rules = suffixRules(aff);
  const heads = new Set<string>();
  const nouns = new Set<string>();
  const words = new Set<string>();
  const lines = dic.split('\n');
  // The first line of a .dic file is the number of entries.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line[0] === '\t' || line[0] === '#') continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    if (flags.includes(FORBIDDEN) || /[^\p{L}]/u.test(word)) continue;
    const lower = word.toLowerCase();
    words.add(lower);
    if (flags.includes(COMPOUND_HEAD)) heads.add(lower);
    if (!isCapitalised(word) || flags.includes(NEED_AFFIX)) continue;
    nouns.add(lower);
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (rule.condition.test(word) && word.endsWith(rule.strip)) {
          nouns.add((word.slice(0, word.length - rule.strip.length) + rule.add).toLowerCase());
        }
      }
    }
  }
  return { heads, nouns, words };
}

let loaded: Promise<Lexicon> | undefined;

/**
 * The German lexicon, read once per process (a build renders every page in one): under
 * 0.1 s and about 20 MB, nothing of which reaches the browser.
 */
export function germanLexicon(): Promise<Lexicon> {
  loaded ??= import('dictionary-de').then(({ default: dictionary }) => {
    const decoder = new TextDecoder();
    return readLexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  });
  return loaded;
}
