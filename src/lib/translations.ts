/**
 * Entries that translate each other: a translation names its original in
 * `translationOf` (checked in src/schemas/library.ts). An original and its
 * translations form a group; the entry page links to the others, the language
 * switcher leads to the one in the other UI's language.
 */
type Translatable = { id: string; data: { lang?: string; translationOf?: string } };

/** The other entries of an entry's group, by their language (`lang`, else `defaultLang`). */
export function translationsOf(entry: Translatable, entries: readonly Translatable[], defaultLang: string): Map<string, string> {
  const root = entry.data.translationOf ?? entry.id;
  const found = new Map<string, string>();
  for (const other of entries) {
    if (other.id === entry.id) continue;
    if (other.id === root || other.data.translationOf === root) found.set(other.data.lang ?? defaultLang, other.id);
  }
  return found;
}
