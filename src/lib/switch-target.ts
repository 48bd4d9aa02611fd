/**
 * Where the language switcher leads once the reader has chosen filters or scrolled to a
 * part of the page: the same page in the other UI with this page's query (filters,
 * search words) and fragment. Only for a link to the same route; an entry's translation
 * or the other UI's home page keep their own address.
 */
export function carryState(target: string, search: string, hash: string): string {
  const path = target.replace(/[?#].*$/s, '');
  const query = search.startsWith('?') && search.length > 1 ? search : '';
  const fragment = hash.startsWith('#') && hash.length > 1 ? hash : '';
  return `${path}${query}${fragment}`;
}
