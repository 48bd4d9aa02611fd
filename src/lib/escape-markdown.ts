/**
 * Text that stays text in Markdown: CommonMark's ASCII punctuation that could start
 * markup is backslash-escaped, and so is a line start that would begin a heading,
 * list or rule. For text from content put into Markdown (the digest, `npm run stale`);
 * HTML has its own escaper (src/lib/escape-html.ts).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/([#+=.)-])/, '\\$1')}`);
}
