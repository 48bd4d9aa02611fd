/** Escaping for the three text formats. Every string from content passes through one of these. */

/** Text for HTML and MJML: MJML hands `<mj-text>` content through as raw HTML, so `</mj-text>` must not survive as markup. */
export { escapeHtml } from '../escape-html.ts';

/** Text that stays text in Markdown: CommonMark's ASCII punctuation that could start markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/([#+=.)-])/, '\\$1')}`);
}
