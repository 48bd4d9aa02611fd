const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and quoted attribute values alike. The
 * one escaper of the project: search excerpts, the search index and the newsletter
 * (where MJML hands `<mj-text>` content through as raw HTML) all use it.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}
