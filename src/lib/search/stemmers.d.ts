/** The two stemmer packages ship no types; this is the part of them `stem.ts` uses. */
declare module 'wink-porter2-stemmer' {
  /** Porter2 (Snowball English): a lowercase word's stem. */
  export default function stem(word: string): string;
}

declare module '@nlpjs/lang-de/src/stemmer-de.js' {
  /** Snowball German, generated from the Snowball source. */
  export default class StemmerDe {
    stemWord(word: string): string;
  }
}

declare module 'hyphen/de-1996/index.js' {
  /** Liang hyphenation with the German (1996 spelling) TeX patterns; `hyphenChar` marks each point. */
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
