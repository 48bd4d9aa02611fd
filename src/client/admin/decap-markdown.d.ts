/** Decap's Markdown-to-HTML converter, used by the entry preview (the package ships no types for it). */
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  export function markdownToHtml(markdown: string, options?: Record<string, unknown>): string;
}
