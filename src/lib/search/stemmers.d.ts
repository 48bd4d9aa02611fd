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
