/**
 * Reads the content folder the way the site does, without Astro: front matter and
 * YAML files are parsed, validated by the same zod schemas and the same rules
 * across collections. Used by `check`, `digest`, `stale` and `new`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { entrySchema } from '../../src/schemas/entry.ts';
import { mentorSchema } from '../../src/schemas/mentor.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { pathSchema } from '../../src/schemas/path.ts';
import { digestSchema } from '../../src/schemas/digest.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { validateLibrary, type Library, type Loaded } from '../../src/schemas/library.ts';
import { problemsFromZod, type Problem } from '../../src/schemas/problems.ts';
import { parseYaml, parseYamlList } from '../../src/lib/yaml-source.ts';

export type SourceFile = { file: string; id: string; text: string; body: string; bodyLine: number; data: unknown };
export type LoadResult = { library: Library; problems: Problem[]; sources: Map<string, SourceFile> };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Line of a top-level key in YAML text, so messages can point at it. */
export function lineOfKey(text: string, key: string, lineOffset = 0): number | undefined {
  const index = text.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1 + lineOffset;
}

function readDocument(root: string, rel: string): { source?: SourceFile; problem?: Problem } {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const id = path.basename(rel).replace(/\.[^.]+$/, '');
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problem: { file: rel, field: '', line: 1, severity: 'error', message: 'expected front matter between two "---" lines at the top, found none' } };
  const { data, problem } = parseYaml(match[1]!, rel, 1);
  if (problem) return { problem };
  const bodyLine = match[0].split('\n').length;
  return { source: { file: rel, id, text, body: text.slice(match[0].length), bodyLine, data } };
}

function list(root: string, folder: string, ext: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => `${folder}/${f}`);
}

/**
 * @param contentDir the content folder, e.g. `content`
 * @param rootDir what file names in messages are relative to (the project)
 * @param today the current day, passed in so results are reproducible
 */
export function loadLibrary(contentDir: string, today: Date, rootDir = process.cwd()): LoadResult {
  const root = path.resolve(rootDir, contentDir);
  const prefix = path.relative(rootDir, root) || '.';
  const rel = (f: string) => `${prefix}/${f}`;
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();

  function validate<S extends z.ZodType>(schema: S, source: SourceFile): z.output<S> | undefined {
    // A list or a bare word where `field: value` lines belong: no field to name, so say what the file needs.
    const data = source.data;
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data) || data instanceof Date)) {
      const found = Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(String(data))}`;
      problems.push({ file: source.file, field: '', line: source.bodyLine > 0 ? 2 : 1, severity: 'error', message: `expected fields written as "name: value" lines, found ${found}` });
      return undefined;
    }
    const parsed = schema.safeParse(data ?? {});
    if (parsed.success) return parsed.data;
    for (const p of problemsFromZod(source.file, parsed.error)) {
      const top = p.field.split(/[.[]/)[0] ?? '';
      problems.push({ ...p, line: lineOfKey(source.text, top) });
    }
    return undefined;
  }

  function documents<S extends z.ZodType>(folder: string, ext: string, schema: S): Loaded<z.output<S>>[] {
    const out: Loaded<z.output<S>>[] = [];
    for (const f of list(root, folder, ext)) {
      const { source, problem } = readDocument(root, f);
      if (problem) { problems.push({ ...problem, file: rel(problem.file) }); continue; }
      const s = { ...source!, file: rel(source!.file) };
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.id)) {
        problems.push({ file: s.file, field: '', severity: 'error', message: `expected a file name of lowercase letters, digits and hyphens, found "${path.basename(f)}"` });
      }
      sources.set(s.file, s);
      const data = validate(schema, s);
      if (data !== undefined) out.push({ id: s.id, file: s.file, data });
    }
    return out;
  }

  function yamlFile(folder: string, ext: string, schema: z.ZodType): Loaded<unknown>[] {
    const out: Loaded<unknown>[] = [];
    for (const f of list(root, folder, ext)) {
      const text = readFileSync(path.join(root, f), 'utf8');
      const { data, problem } = parseYaml(text, rel(f), 0);
      if (problem) { problems.push(problem); continue; }
      const s: SourceFile = { file: rel(f), id: path.basename(f, ext), text, body: '', bodyLine: 0, data };
      const parsed = validate(schema, s);
      if (parsed !== undefined) out.push({ id: s.id, file: s.file, data: parsed });
    }
    return out;
  }

  /** A YAML list where each item has an `id` (tags, goals, glossary). */
  function yamlList<S extends z.ZodType>(name: string, schema: S): Loaded<z.output<S>>[] {
    const file = path.join(root, name);
    if (!existsSync(file)) {
      problems.push({ file: rel(name), field: '', severity: 'error', message: 'expected this file to exist, found nothing' });
      return [];
    }
    const parsed = parseYamlList(readFileSync(file, 'utf8'), rel(name), schema);
    problems.push(...parsed.problems);
    return parsed.items.map(({ id, data }) => ({ id, file: rel(name), data }));
  }

  const library: Library = {
    entries: documents('entries', '.mdx', entrySchema()),
    mentors: documents('mentors', '.md', mentorSchema),
    paths: yamlFile('paths', '.yaml', pathSchema) as Library['paths'],
    digests: documents('digests', '.md', digestSchema),
    tags: yamlList('tags.yaml', taxonomySchema),
    goals: yamlList('goals.yaml', taxonomySchema),
    glossary: yamlList('glossary.yaml', glossarySchema),
  };
  problems.push(...validateLibrary(library, today));
  return { library, problems, sources };
}
