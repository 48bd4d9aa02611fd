/**
 * The German word list the compound splitter checks parts against: the Hunspell
 * dictionary of the `dictionary-de` package (igerman98), read at build time only.
 *
 * igerman98 says itself which forms may stand where in a compound, with Hunspell's
 * compound flags, and we read them as Hunspell does:
 * - the affix file names the flags: `COMPOUNDBEGIN x`, `COMPOUNDMIDDLE y`,
 *   `COMPOUNDEND z`, `ONLYINCOMPOUND o`, `COMPOUNDPERMITFLAG c`, `NEEDAFFIX h`,
 *   `FORBIDDENWORD d` and `COMPOUNDMIN 2`, the shortest part;
 * - an entry and each of its affixed forms (prefix and suffix rules with their
 *   continuation flags) is a begin, middle or end part where the entry or the affix
 *   carries that flag. The linking forms come out of the same rules: `Arbeits/hij` is
 *   a pseudo-root (`h`) whose suffix `j` adds nothing but the flags `x`, `o`, `c`, so
 *   "arbeits" may begin a compound and nothing else; `zeit/JPozm` is an end part in
 *   every inflection ("zeit", "zeiten"), `zeit/hke` a middle part;
 * - an affix inside a compound needs the permit flag (`c`): a suffixed form may end a
 *   compound, but begin or sit in the middle of one only with `c`; a prefixed form may
 *   begin one, but no more without `c`.
 * Forms with a hyphen ("-arbeits") are for hyphenated compounds and left out. Every
 * form written with a capital that may stand alone is a noun form.
 *
 * Three more facts the splitter's guards read from the same flags:
 * - *verb ends*: igerman98 lists a verb a second time as a compound end only
 *   (`setzen/SJozm`: `o` and `z`), so that its nominalised forms and derivations may end a
 *   compound ("Über|setzung", "Hoch|laden"); its suffix rules make them: `setzen`,
 *   `setzens`, `setzung`, `setzungen`, `wandlung` from `wandeln`. We take every lowercase
 *   entry listed both on its own and so: verbs, and a few other words ("zeit", also a
 *   preposition);
 * - *cross words*: forms with a prefix and a suffix whose rules both combine (`Y` in their
 *   headers), as Hunspell makes them: `gültig/AU` gives "ungültiger". Kept apart from
 *   `words`, which the compound rules read: the splitter asks them only whether a
 *   capitalised word is an adjective or a verb form;
 * - *loners*: noun forms of entries that take part in no compound at all — no compound
 *   flag, none through an affix, not even the hyphenated forms (`-tor`) every common noun
 *   has — and inflect in the genitive at most, as names do ("Ben/S", "Björn/S", "Tabula";
 *   not "Fax/TP", which has a plural).
 */

export type Lexicon = {
  /** Lowercase forms that may begin a compound (`COMPOUNDBEGIN`), linking element included: `arbeits`, `kunden`. */
  begin: ReadonlySet<string>;
  /** Lowercase forms that may stand inside a compound (`COMPOUNDMIDDLE`). */
  middle: ReadonlySet<string>;
  /** Lowercase forms that may end a compound (`COMPOUNDEND`), every inflection: `zeit`, `zeiten`. */
  end: ReadonlySet<string>;
  /** Lowercase noun forms that stand alone, every inflection (`erklärung`, `erklärungen`). */
  nouns: ReadonlySet<string>;
  /** Lowercase nouns as the dictionary lists them, uninflected (`erklärung`, `team`). */
  nounEntries: ReadonlySet<string>;
  /** Every form that stands alone, lowercased, whatever its kind (`wenn`, `nutzen`, `verwirklicht`). */
  words: ReadonlySet<string>;
  /** Forms of lowercase entries with both a prefix and a suffix (`ungültiger`, `verwandelte`), which `words` lacks: adjectives and verbs, never nouns. */
  crossWords: ReadonlySet<string>;
  /** Forms of the verbs the dictionary lists again as compound ends only (`setzen/SJozm`), with their suffixed forms: `setzen`, `setzens`, `setzungen`, `wandlungen`. */
  verbEnds: ReadonlySet<string>;
  /** Lowercase noun forms of entries that take part in no compound, not even a hyphenated one: names (`ben`, `björn`). */
  loners: ReadonlySet<string>;
  /** The shortest part a compound may have (`COMPOUNDMIN`). */
  minPart: number;
};

/** One prefix or suffix rule; `cross`: it combines with a rule of the other kind (`Y` in its header). */
export type Affix = { prefix: boolean; strip: string; add: string; flags: string; condition: RegExp; cross: boolean };

/** The flags and settings of an affix file that compounding uses, with Hunspell's defaults. */
export type CompoundFlags = {
  begin?: string; middle?: string; end?: string; onlyInCompound?: string; permit?: string; needAffix?: string; forbidden?: string;
  min: number;
};

/** Reads the compound settings (`COMPOUNDBEGIN x` …) of an affix file. */
export function compoundFlags(aff: string): CompoundFlags {
  const setting = (name: string) => new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(aff)?.[1];
  const min = Number(setting('COMPOUNDMIN') ?? 3);
  return {
    begin: setting('COMPOUNDBEGIN'),
    middle: setting('COMPOUNDMIDDLE'),
    end: setting('COMPOUNDEND'),
    onlyInCompound: setting('ONLYINCOMPOUND'),
    permit: setting('COMPOUNDPERMITFLAG'),
    needAffix: setting('NEEDAFFIX'),
    forbidden: setting('FORBIDDENWORD'),
    // Hunspell reads COMPOUNDMIN 0 or less as 1.
    min: Number.isFinite(min) && min >= 1 ? min : 1,
  };
}

/** The prefix and suffix rules of an affix file, by flag, with their continuation flags. */
export function affixRules(aff: string): Map<string, Affix[]> {
  const rules = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if ((fields[0] === 'SFX' || fields[0] === 'PFX') && fields.length === 4) cross.set(`${fields[0]} ${fields[1]}`, fields[2] === 'Y');
    if ((fields[0] !== 'SFX' && fields[0] !== 'PFX') || fields.length < 5) continue; // headers have 4 fields
    const [kind, flag, strip, rawAdd, condition] = fields as [string, string, string, string, string];
    const [add = '', flags = ''] = rawAdd.split('/');
    // Affixes with a hyphen or a dot build hyphenated compounds ("-arbeits"), not words.
    if (/[^\p{L}0]/u.test(add)) continue;
    const prefix = kind === 'PFX';
    const list = rules.get(flag) ?? [];
    list.push({
      prefix,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      flags,
      condition: new RegExp(prefix ? `^${condition}` : `${condition}$`, 'u'),
      cross: cross.get(`${kind} ${flag}`) ?? false,
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The entries of a `.dic` file with their flags; its first line is the number of entries. */
export function dicEntries(dic: string): { word: string; flags: string }[] {
  const out: { word: string; flags: string }[] = [];
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line[0] === '\t' || line[0] === '#') continue;
    const slash = line.indexOf('/');
    out.push(slash < 0 ? { word: line.trim(), flags: '' } : { word: line.slice(0, slash), flags: line.slice(slash + 1).trim() });
  }
  return out;
}

/** The form an affix rule makes of a word, or undefined where the rule does not apply to it. */
export function affixed(word: string, rule: Affix): string | undefined {
  if (rule.prefix ? !word.startsWith(rule.strip) : !word.endsWith(rule.strip)) return undefined;
  if (!rule.condition.test(word)) return undefined;
  return rule.prefix ? rule.add + word.slice(rule.strip.length) : word.slice(0, word.length - rule.strip.length) + rule.add;
}

const LETTERS = /^\p{L}+$/u;
/** A noun is written with a capital; a word all in capitals ("UN", "AT") is an abbreviation. */
const isNoun = (word: string) => word[0] !== word[0]!.toLowerCase() && (word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase());

/** Reads a Hunspell dictionary (`.aff` and `.dic` text) into the forms compounds are made of. */
export function readLexicon(aff: string, dic: string): Lexicon {
  const f = compoundFlags(aff);
  const rules = affixRules(aff);
  const sets = { begin: new Set<string>(), middle: new Set<string>(), end: new Set<string>(), nouns: new Set<string>(), nounEntries: new Set<string>(), words: new Set<string>(), verbEnds: new Set<string>(), crossWords: new Set<string>() };
  // Noun forms of entries in no compound, and of entries in some: a form is a loner only if every entry that makes it is one.
  const alone = new Set<string>();
  const compounded = new Set<string>();
  // Lowercase entries that are compound ends only ("setzen/SJozm", "zeit/JPozm") with their suffixed forms, and lowercase entries that stand alone ("setzen/BDIVXYW").
  const endEntries = new Map<string, string[]>();
  const lowercaseWords = new Set<string>();
  // The flags whose rules write hyphenated compound forms ("-tor"), which affixRules leaves out.
  const hyphenFlags = new Set([...aff.matchAll(/^(?:SFX|PFX)\s+(\S+)\s+\S+\s+\S*-\S*\s+\S+/gmu)].map((m) => m[1]!));
  const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag);

  const compounding = [f.begin, f.middle, f.end].filter((flag): flag is string => flag !== undefined);
  const inCompounds = (flags: string) => compounding.some((flag) => flags.includes(flag));

  /** Files one form where its flags (the entry's, and the affix's) allow it. */
  const file = (form: string, entry: string, affix: Affix | undefined) => {
    const noun = isNoun(form);
    const both = affix ? entry + affix.flags : entry;
    if (!has(both, f.onlyInCompound)) sets.words.add(form.toLowerCase());
    // Most forms (adjectives, verbs) neither compound nor are nouns: nothing more to file.
    if (!noun && !inCompounds(both)) return;
    const permitted = !affix || has(affix.flags, f.permit);
    const lower = form.toLowerCase();
    // A prefix may begin a compound and a suffix end it; inside, an affix needs the permit flag.
    if (has(both, f.begin) && (!affix || affix.prefix || permitted)) sets.begin.add(lower);
    if (has(both, f.middle) && permitted) sets.middle.add(lower);
    if (has(both, f.end) && (!affix || !affix.prefix || permitted)) sets.end.add(lower);
    if (noun && !has(both, f.onlyInCompound)) {
      sets.nouns.add(lower);
      if (!affix) sets.nounEntries.add(lower);
    }
  };

  for (const { word, flags } of dicEntries(dic)) {
    if (has(flags, f.forbidden) || !LETTERS.test(word)) continue;
    const forms: string[] = [];
    if (!has(flags, f.needAffix)) (file(word, flags, undefined), forms.push(word));
    let compounds = inCompounds(flags) || [...flags].some((flag) => hyphenFlags.has(flag));
    for (const flag of new Set(flags)) {
      for (const rule of rules.get(flag) ?? []) {
        const form = affixed(word, rule);
        if (form === undefined) continue;
        file(form, flags, rule);
        compounds ||= inCompounds(rule.flags);
        if (!rule.prefix) forms.push(form);
      }
    }
    // A prefix and a suffix that both combine make a word too ("un" + "gültig" + "er"), kept apart: only whether it is an adjective or verb form matters.
    if (!isNoun(word) && !has(flags, f.onlyInCompound)) for (const form of crossForms(word, flags, rules)) sets.crossWords.add(form);
    if (!isNoun(word) && has(flags, f.onlyInCompound) && has(flags, f.end)) endEntries.set(word, [...(endEntries.get(word) ?? []), ...forms]);
    else if (!isNoun(word) && !has(flags, f.onlyInCompound) && !has(flags, f.needAffix)) lowercaseWords.add(word);
    // A name inflects in the genitive alone ("Ben", "Bens"); a noun that takes part in no compound but has a plural ("Fax/TP") is no loner.
    const lone = !compounds && new Set(forms).size <= 2;
    if (isNoun(word)) for (const form of forms) if (sets.nouns.has(form.toLowerCase())) (lone ? alone : compounded).add(form.toLowerCase());
  }
  const loners = new Set([...alone].filter((form) => !compounded.has(form)));
  // A lowercase compound end that is also listed lowercase on its own is mostly a verb ("setzen"); one that is not is a noun ("kunde", whose word is "Kunde").
  for (const [word, forms] of endEntries) if (lowercaseWords.has(word)) for (const form of forms) sets.verbEnds.add(form);
  return { ...sets, loners, minPart: f.min };
}

/** The forms of an entry with a prefix and a suffix rule that both combine (cross product), as Hunspell makes them. */
function crossForms(word: string, flags: string, rules: Map<string, Affix[]>): string[] {
  const all = [...new Set(flags)].flatMap((flag) => rules.get(flag) ?? []).filter((rule) => rule.cross && rule.condition.test(word));
  const prefixes = all.filter((rule) => rule.prefix && rule.add !== '' && word.startsWith(rule.strip));
  const suffixes = all.filter((rule) => !rule.prefix && word.endsWith(rule.strip));
  return prefixes.flatMap((p) => suffixes.map((s) => p.add + word.slice(p.strip.length, word.length - s.strip.length) + s.add));
}

let loaded: Promise<Lexicon> | undefined;

/**
 * The German lexicon, read once per process (a build renders every page in one), in
 * about half a second; nothing of it reaches the browser.
 */
export function germanLexicon(): Promise<Lexicon> {
  loaded ??= import('dictionary-de').then(({ default: dictionary }) => {
    const decoder = new TextDecoder();
    return readLexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  });
  return loaded;
}
