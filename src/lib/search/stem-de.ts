/**
 * The Snowball German stemmer, as Pagefind's German index uses it: "Führungskräfte"
 * and "Führungskräften" become "fuhrungskraft". Used for the pages and queries of
 * German text on a site whose index is stemmed in English (see `stem.ts`).
 * Algorithm: https://snowballstem.org/algorithms/german/stemmer.html
 */

const isVowel = (c: string | undefined) => c !== undefined && 'aeiouyäöü'.includes(c);
const S_ENDING = 'bdfghklmnrt';
const ST_ENDING = 'bdfghklmnt';

function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (isVowel(word[i - 1]) && !isVowel(word[i])) return i + 1;
  return word.length;
}

const longest = (word: string, suffixes: readonly string[]) =>
  suffixes.filter((s) => word.endsWith(s)).reduce<string | undefined>((a, s) => (!a || s.length > a.length ? s : a), undefined);

export function stemGerman(input: string): string {
  // "u" and "y" between vowels are consonants: marked upper case while stemming.
  let w = input.toLowerCase().replace(/ß/g, 'ss').replace(/([aeiouyäöü])([uy])(?=[aeiouyäöü])/g, (_, v: string, c: string) => v + c.toUpperCase());
  // R1 leaves at least three letters before it.
  const r1 = Math.max(3, regionAfter(w, 0));
  const r2 = regionAfter(w, regionAfter(w, 0));
  const inR1 = (suffix: string) => w.length - suffix.length >= r1;
  const inR2 = (suffix: string) => w.length - suffix.length >= r2;

  // Step 1.
  const s1 = longest(w, ['em', 'ern', 'er', 'e', 'en', 'es', 's']);
  if (s1 && inR1(s1)) {
    if (s1 === 's') {
      if (S_ENDING.includes(w[w.length - 2] ?? '')) w = w.slice(0, -1);
    } else {
      w = w.slice(0, -s1.length);
      if (['e', 'en', 'es'].includes(s1) && w.endsWith('niss')) w = w.slice(0, -1);
    }
  }

  // Step 2.
  const s2 = longest(w, ['en', 'er', 'est', 'st']);
  if (s2 && inR1(s2)) {
    if (s2 === 'st') {
      if (ST_ENDING.includes(w[w.length - 3] ?? '') && w.length - 3 >= 3) w = w.slice(0, -2);
    } else w = w.slice(0, -s2.length);
  }

  // Step 3: derivational suffixes.
  const s3 = longest(w, ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit']);
  if (s3 && inR2(s3)) {
    const stem = w.slice(0, -s3.length);
    if (s3 === 'end' || s3 === 'ung') {
      w = stem;
      if (w.endsWith('ig') && !w.endsWith('eig') && inR2('ig')) w = w.slice(0, -2);
    } else if (s3 === 'ig' || s3 === 'ik' || s3 === 'isch') {
      if (!stem.endsWith('e')) w = stem;
    } else if (s3 === 'lich' || s3 === 'heit') {
      w = stem;
      const more = longest(w, ['er', 'en']);
      if (more && inR1(more)) w = w.slice(0, -more.length);
    } else {
      w = stem;
      const more = longest(w, ['lich', 'ig']);
      if (more && inR2(more)) w = w.slice(0, -more.length);
    }
  }

  return w.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}
