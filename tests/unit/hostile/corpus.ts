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

/** The doors besides entries, each a folder of `tests/fixtures/hostile/`. */
export const DOORS = ['mentors', 'digests', 'paths', 'glossary', 'tags', 'goals'] as const;
export type Door = (typeof DOORS)[number];
/** Doors whose cases are items added to one shared YAML file of the content folder. */
export const LIST_DOORS: readonly Door[] = ['glossary', 'tags', 'goals'];
export type DoorCase = HostileCase & { door: Door };

/** Every case file of the other doors (`mentors/x.md`, `tags/y.yaml` …), sorted. */
export const doorFiles = (): string[] =>
  DOORS.flatMap((door) => readdirSync(path.join(HOSTILE, door)).map((f) => `${door}/${f}`)).sort();

/** Where a door case goes in a content folder: its own file, or the shared YAML file it is appended to. */
export const doorTarget = ({ door, file }: { door: Door; file: string }): string =>
  LIST_DOORS.includes(door) ? `${door}.yaml` : file;

/** The rows of the door tables in docs/security.md: | `door/file` | what it tries | kind `value` | */
export function doorTable(): DoorCase[] {
  const rows: DoorCase[] = [];
  const docs = path.resolve(import.meta.dirname, '../../../docs/security.md');
  for (const line of readFileSync(docs, 'utf8').split('\n')) {
    const row = /^\| `((mentors|digests|paths|glossary|tags|goals)\/[\w-]+\.(?:md|yaml))` \| (.+) \| (body|field|yaml) `([^`]*)` \|$/.exec(line);
    if (!row) continue;
    const [, file, door, tries, kind, value] = row as unknown as [string, string, Door, string, Expected['kind'], string];
    rows.push({ name: file, file, door, tries, expected: { kind, value } });
  }
  return rows;
}
