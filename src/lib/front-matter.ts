/**
 * Front matter of a Markdown or MDX file, found by the same parser that renders the
 * site (Sätteri), so a file reads the same to the build and to every command.
 */
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';

export type FrontMatter = {
  /** The YAML between the two `---` lines; it starts on the file's second line. */
  yaml: string;
  /** The text after the closing `---` line. */
  body: string;
  /** 1-based line of the closing `---`; body lines follow it. */
  endLine: number;
};

/** The front matter block at the top of `text`, or undefined when the file has none. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const first = (markdownToMdast(text, { position: true }) as Root).children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  const end = first.position.end;
  // The offset counts from after a byte-order mark, which the parser skips.
  const skipped = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const rest = text.slice(skipped + (end.offset ?? 0));
  return { yaml: first.value, body: rest.replace(/^\r?\n/, ''), endLine: end.line };
}
