/** Text as the glossary filter compares it: lower case, without accents, single spaces, hyphens as spaces. */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}
