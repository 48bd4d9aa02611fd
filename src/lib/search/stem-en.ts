/**
 * The Snowball English ("Porter2") stemmer, as Pagefind's English index uses it:
 * "punished" and "punishing" become "punish", "communities" and "community"
 * become "communiti". Used for the pages and queries of English text on a site
 * whose index is stemmed in German (see `stem.ts`).
 * Algorithm: https://snowballstem.org/algorithms/english/stemmer.html
 */

const isVowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);
const DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
const LI_ENDINGS = 'cdeghkmnrt';

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
  early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
  cosmos: 'cosmos', bias: 'bias', andes: 'andes',
};
const STOP_AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

const STEP2: [string, string][] = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'], ['tional', 'tion'],
  ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'],
  ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'],
  ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];
const STEP3: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

/** Where the region after the first non-vowel that follows a vowel begins, searching from `from`. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (isVowel(word[i - 1]) && !isVowel(word[i])) return i + 1;
  return word.length;
}

/** Ends in a short syllable: non-vowel, vowel, non-vowel other than w, x, Y; or a word of vowel + non-vowel. */
function endsInShortSyllable(word: string): boolean {
  const n = word.length;
  if (n === 2) return isVowel(word[0]) && !isVowel(word[1]);
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3], word[n - 2], word[n - 1]!];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxY'.includes(c);
}

/** The longest of `suffixes` the word ends with. */
const longest = (word: string, suffixes: readonly string[]) =>
  suffixes.filter((s) => word.endsWith(s)).reduce<string | undefined>((a, s) => (!a || s.length > a.length ? s : a), undefined);

export function stemEnglish(input: string): string {
  let w = input.toLowerCase().replace(/^'+/, '');
  if (w.length <= 2) return w;
  if (EXCEPTIONS[w]) return EXCEPTIONS[w]!;

  // A "y" that works as a consonant is marked "Y": at the start, or after a vowel.
  w = w.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  const r1 = /^(gener|commun|arsen)/.exec(w)?.[0].length ?? regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  const inR1 = (suffix: string) => w.length - suffix.length >= r1;
  const inR2 = (suffix: string) => w.length - suffix.length >= r2;
  const isShort = () => endsInShortSyllable(w) && r1 >= w.length;

  // Step 0: possessives.
  const apostrophe = longest(w, ["'s'", "'s", "'"]);
  if (apostrophe) w = w.slice(0, -apostrophe.length);

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith('us') || w.endsWith('ss')) { /* kept */ }
  else if (w.endsWith('s') && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (STOP_AFTER_1A.has(w)) return w;

  // Step 1b: -ed, -ing.
  const s1b = longest(w, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
  if (s1b === 'eed' || s1b === 'eedly') {
    if (inR1(s1b)) w = `${w.slice(0, -s1b.length)}ee`;
  } else if (s1b && /[aeiouy]/.test(w.slice(0, -s1b.length))) {
    w = w.slice(0, -s1b.length);
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (DOUBLES.some((d) => w.endsWith(d))) w = w.slice(0, -1);
    else if (isShort()) w += 'e';
  }

  // Step 1c: a final y after a non-vowel (not the first letter) becomes i.
  if (/[yY]$/.test(w) && w.length > 2 && !isVowel(w[w.length - 2])) w = `${w.slice(0, -1)}i`;

  // Step 2.
  const s2 = longest(w, STEP2.map(([s]) => s));
  if (s2 && inR1(s2)) {
    const before = w[w.length - s2.length - 1];
    const replacement = STEP2.find(([s]) => s === s2)![1];
    if (s2 === 'ogi') { if (before === 'l') w = `${w.slice(0, -3)}og`; }
    else if (s2 === 'li') { if (before !== undefined && LI_ENDINGS.includes(before)) w = w.slice(0, -2); }
    else w = w.slice(0, -s2.length) + replacement;
  }

  // Step 3.
  const s3 = longest(w, STEP3.map(([s]) => s));
  if (s3 && inR1(s3) && (s3 !== 'ative' || inR2(s3))) w = w.slice(0, -s3.length) + STEP3.find(([s]) => s === s3)![1];

  // Step 4.
  const s4 = longest(w, STEP4);
  if (s4 && inR2(s4) && (s4 !== 'ion' || /[st]$/.test(w.slice(0, -3)))) w = w.slice(0, -s4.length);

  // Step 5.
  if (w.endsWith('e') && (inR2('e') || (inR1('e') && !endsInShortSyllable(w.slice(0, -1))))) w = w.slice(0, -1);
  else if (w.endsWith('ll') && inR2('l')) w = w.slice(0, -1);

  return w.replace(/Y/g, 'y');
}
