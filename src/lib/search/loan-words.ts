/**
 * English words, for the splitter's loan-word rule (`compounds.ts`): a capitalised word
 * the German dictionary does not list but the English one does is a loan word and stays
 * whole — "Notion", "Collaboration", "Essential", "Messengers" are no "Not|ion",
 * "Collabo|ration", "Essen|tial", "Messen|gers". German text in a company borrows English
 * words all the time, and their endings are often German words of their own.
 *
 * The word list is Hunspell's en_US dictionary from the `dictionary-en` package (SCOWL,
 * MIT and BSD): every entry written in lowercase (names and abbreviations are left out)
 * with the suffixed forms its flags allow ("messenger/MS" gives "messengers"), read with
 * the same affix reader as the German lexicon. Nothing of it reaches the browser.
 */
import { affixRules } from './lexicon.ts';

/** The lowercase entries of a Hunspell dictionary with their suffixed forms. */
export function readWordForms(aff: string, dic: string): Set<string> {
  const rules = affixRules(aff);
  const out = new Set<string>();
  const lines = dic.split('\n');
  // The first line of a .dic file is the number of entries.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    if (!/^\p{Ll}+$/u.test(word)) continue;
    out.add(word);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    for (const flag of new Set(flags)) {
      for (const rule of rules.get(flag) ?? []) {
        if (rule.prefix || !word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
        out.add(word.slice(0, word.length - rule.strip.length) + rule.add);
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
