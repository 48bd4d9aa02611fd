/**
 * The library's YAML style, as a check: a content file is in style when the
 * browser editor would write it back byte for byte (src/lib/editor/formats.ts). A file
 * in another valid YAML style still passes `npm run check`; but the first time the
 * editor saves it, it rewrites every line in the library's style, and the pull
 * request shows more than the changed field. `npm run style` names such files. Pure.
 */
import { FORMAT_SPECS } from './specs.ts';
import { glossaryHeader, readFile, readGlossary, writeFile, writeGlossary } from './formats.ts';

export type StyleKind = 'entries' | 'mentors' | 'paths' | 'glossary';

/** What the editor would write for `text`. */
export function inStyle(text: string, kind: StyleKind): string {
  if (kind === 'glossary') return writeGlossary(readGlossary(text), FORMAT_SPECS.glossary.fields, glossaryHeader(text));
  return writeFile(readFile(text, FORMAT_SPECS[kind]), FORMAT_SPECS[kind]);
}

/** The first line where `text` and the editor's version differ, or undefined when it is in style. */
export function styleDifference(text: string, kind: StyleKind): { line: number; found: string; expected: string } | undefined {
  const styled = inStyle(text, kind);
  if (styled === text) return undefined;
  const [a, b] = [text.split('\n'), styled.split('\n')];
  const i = a.findIndex((line, n) => line !== b[n]);
  const line = i < 0 ? a.length : i;
  return { line: line + 1, found: a[line] ?? '(end of file)', expected: b[line] ?? '(end of file)' };
}
