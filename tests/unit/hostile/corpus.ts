/**
 * The hostile corpus (tests/fixtures/hostile/): its entry files and, from the table
 * in its README.md, what each one tries and how it must be refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HOSTILE = path.resolve(import.meta.dirname, '../../fixtures/hostile');
export const FIXTURE_LIBRARY = path.resolve(import.meta.dirname, '../../fixtures/library');
/** Files the cases lean on (the cover image), copied along with every case. */
export const SUPPORT_FILES = ['cover.png'];

/**
 * How a case must be refused: `body` with a body rule, `field` with a front-matter
 * field, `yaml` with a YAML error whose message contains `value`.
 */
export type Expected = { kind: 'body' | 'field' | 'yaml'; value: string };
export type HostileCase = { name: string; file: string; tries: string; expected: Expected };

/** Every `.mdx` file of the corpus, sorted. */
export const corpusFiles = (): string[] => readdirSync(HOSTILE).filter((f) => f.endsWith('.mdx')).sort();

/** The README's table rows: | `file.mdx` | what it tries | kind `value` | */
export function corpusTable(): HostileCase[] {
  const rows: HostileCase[] = [];
  for (const line of readFileSync(path.join(HOSTILE, 'README.md'), 'utf8').split('\n')) {
    const row = /^\| `([\w-]+\.mdx)` \| (.+) \| (body|field|yaml) `([^`]*)` \|$/.exec(line);
    if (!row) continue;
    const [, file, tries, kind, value] = row as unknown as [string, string, string, Expected['kind'], string];
    rows.push({ name: file.replace(/\.mdx$/, ''), file, tries, expected: { kind, value } });
  }
  return rows;
}
