/**
 * Where a German word may be hyphenated, by the TeX hyphenation patterns for German
 * (1996 spelling) of the `hyphen` package: the syllable boundaries the compound
 * splitter requires of a dictionary word before it splits it ("Ver-bre-chen" has no
 * boundary after "verb", so it is no "Verb" + "Rechen"). Build time only.
 */
export type Syllables = (word: string) => ReadonlySet<number>;

let loaded: Promise<Syllables> | undefined;

/** The hyphenation points of a lowercase word, as offsets into it ("verbrechen" → 3, 6). */
export function germanSyllables(): Promise<Syllables> {
  loaded ??= import('hyphen/de-1996/index.js').then((hyphen) => {
    const hyphenate = hyphen.hyphenateSync ?? (hyphen as unknown as { default: typeof hyphen }).default.hyphenateSync;
    return (word: string) => {
      const points = new Set<number>();
      let at = 0;
      for (const char of hyphenate(word, { hyphenChar: '|', minWordLength: 4 })) {
        if (char === '|') points.add(at);
        else at++;
      }
      return points;
    };
  });
  return loaded;
}
