/**
 * English words, for the splitter's loan-word rule (`compounds.ts`): a capitalised word
 * the English dictionary lists is checked as a word the German one lists — it splits only
 * with a German begin form and at syllable boundaries — so "Notion", "Collaboration",
 * "Essential" are no "Not|ion", "Collabo|ration", "Essen|tial", while "Kinder|garten",
 * which English took from German, still splits. German text in a company borrows English
 * words all the time, and their endings are often German words of their own.
 *
 * The word list is Hunspell's en_US dictionary from the `dictionary-en` package (SCOWL,
 * MIT and BSD): every entry written in lowercase (names and abbreviations are left out)
 * with the suffixed forms its flags allow ("messenger/MS" gives "messengers"), read with
 * the same affix reader as the German lexicon. Nothing of it reaches the browser.
 */
import { affixed, affixRules, dicEntries } from './lexicon.ts';

/** The lowercase entries of a Hunspell dictionary with their suffixed forms. */
export function readWordForms(aff: string, dic: string): Set<string> {
  const rules = affixRules(aff);
  const out = new Set<string>();
  for (const { word, flags } of dicEntries(dic)) {
    if (!/^\p{Ll}+$/u.test(word)) continue;
    out.add(word);
    for (const flag of new Set(flags)) {
      for (const rule of rules.get(flag) ?? []) {
        const form = rule.prefix ? undefined : affixed(word, rule);
        if (form !== undefined) out.add(form);
      }
    }
  }
  return out;
}

let loaded: Promise<Set<string>> | undefined;

/** The English word forms, read once per process. */
export function englishWords(): Promise<Set<string>> {
  loaded ??= import('dictionary-en').then(({ default: dictionary }) => {
    const decoder = new TextDecoder();
    return readWordForms(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  });
  return loaded;
}
