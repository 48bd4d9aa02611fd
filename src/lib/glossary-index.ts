/** The id of a letter's section: `#` (digits and symbols) may not appear in a link's fragment. */
export const initialId = (letter: string): string => `letter-${letter === '#' ? 'other' : letter}`;

/** Groups items A–Z by the first letter of their name; digits and symbols go under "#". */
export function groupByInitial<T>(items: readonly T[], name: (item: T) => string, locale: string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => name(a).localeCompare(name(b), locale, { sensitivity: 'base' }));
  for (const item of sorted) {
    const first = name(item).normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
    const key = /[A-Z]/.test(first) ? first : '#';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}
