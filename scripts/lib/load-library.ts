/**
 * The one reader of the content folder for Node: the commands (`check`, `digest`,
 * `stale`, `new`, `bench`), the build's content check and its glossary plugin. Front
 * matter is found by the site's own Markdown parser (src/lib/front-matter.ts), YAML is
 * parsed with line numbers (src/lib/yaml-source.ts), and everything is validated by
 * the same zod schemas and rules across collections as the site's collections.
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
import { keyLine, parseYaml, parseYamlList } from '../../src/lib/yaml-source.ts';
import { splitFrontMatter } from '../../src/lib/front-matter.ts';
import { expectedCount } from '../../src/schemas/fields.ts';
import { msg } from '../../src/i18n/messages.ts';

export type SourceFile = { file: string; id: string; text: string; body: string; bodyLine: number; data: unknown };
export type LoadResult = { library: Library; problems: Problem[]; sources: Map<string, SourceFile> };

/** Line of a top-level key in a file's YAML (its front matter, or the whole file), so messages can point at it. */
export function lineOfKey(source: SourceFile, key: string): number | undefined {
  const front = source.bodyLine > 0 ? splitFrontMatter(source.text) : undefined;
  // Front matter starts on the file's second line, after the opening `---`.
  return front ? keyLine(front.yaml, key, 1) : keyLine(source.text, key);
}

function readDocument(root: string, rel: string): { source?: SourceFile; problem?: Problem } {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const id = path.basename(rel).replace(/\.[^.]+$/, '');
  const front = splitFrontMatter(text);
  if (!front) return { problem: { file: rel, field: '', line: 1, severity: 'error', message: expectedCount(msg('what.frontMatter'), msg('found.none')) } };
  const { data, problem } = parseYaml(front.yaml, rel, 1);
  if (problem) return { problem };
  return { source: { file: rel, id, text, body: front.body, bodyLine: front.endLine + 1, data } };
}

function list(root: string, folder: string, ext: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => `${folder}/${f}`);
}

/**
 * A YAML list in the content folder where each item has an `id` (`tags.yaml`,
 * `goals.yaml`, `glossary.yaml`): the valid items and a problem per mistake.
 * The build's glossary plugin reads `glossary.yaml` through this too.
 */
export function readYamlList<S extends z.ZodType>(contentDir: string, name: string, schema: S, rootDir = process.cwd()): { items: Loaded<z.output<S>>[]; problems: Problem[] } {
  const file = path.resolve(rootDir, contentDir, name);
  const shown = path.relative(rootDir, file).split(path.sep).join('/');
  if (!existsSync(file)) return { items: [], problems: [{ file: shown, field: '', severity: 'error', message: expectedCount(msg('what.fileExists'), msg('found.noneAtAll')) }] };
  const parsed = parseYamlList(readFileSync(file, 'utf8'), shown, schema);
  return { items: parsed.items.map(({ id, data }) => ({ id, file: shown, data })), problems: parsed.problems };
}

/**
 * @param contentDir the content folder, e.g. `content`
 * @param rootDir what file names in messages are relative to (the project)
 * @param today the current day, passed in so results are reproducible
 */
/** `defaultLang`: the language of an entry without `lang`, the site's first UI language. */
export function loadLibrary(contentDir: string, today: Date, rootDir = process.cwd(), defaultLang = 'de'): LoadResult {
  const root = path.resolve(rootDir, contentDir);
  const prefix = path.relative(rootDir, root) || '.';
  const rel = (f: string) => `${prefix}/${f}`;
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();

  function validate<S extends z.ZodType>(schema: S, source: SourceFile): z.output<S> | undefined {
    // A list or a bare word where `field: value` lines belong: no field to name, so say what the file needs.
    const data = source.data;
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data) || data instanceof Date)) {
      const found = Array.isArray(data) ? msg('found.type.array') : msg('found.value', { value: JSON.stringify(String(data)) });
      problems.push({ file: source.file, field: '', line: source.bodyLine > 0 ? 2 : 1, severity: 'error', message: expectedCount(msg('what.fieldLines'), found) });
      return undefined;
    }
    const parsed = schema.safeParse(data ?? {});
    if (parsed.success) return parsed.data;
    for (const p of problemsFromZod(source.file, parsed.error)) {
      const top = p.field.split(/[.[]/)[0] ?? '';
      problems.push({ ...p, line: lineOfKey(source, top) });
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
        problems.push({ file: s.file, field: '', severity: 'error', message: expectedCount(msg('what.fileName'), `"${path.basename(f)}"`) });
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

  function yamlList<S extends z.ZodType>(name: string, schema: S): Loaded<z.output<S>>[] {
    const read = readYamlList(contentDir, name, schema, rootDir);
    problems.push(...read.problems);
    return read.items;
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
  problems.push(...validateLibrary(library, today, prefix, defaultLang));
  return { library, problems, sources };
}
