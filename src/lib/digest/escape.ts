/** Escaping for the three text formats. Every string from content passes through one of these. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML and MJML, in element content and attribute values alike. MJML hands
 * `<mj-text>` content through as raw HTML, so `</mj-text>` in content must not
 * survive as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Text that stays text in Markdown: CommonMark's ASCII punctuation that could start markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/([#+=.)-])/, '\\$1')}`);
}
