/**
 * Step 1b: write the synthetic library to disk, once per site, and check ours with the
 * real loader and schemas before anything is built — a benchmark of a library the site
 * would reject measures nothing.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { generateLibrary, glossaryEntries, pathEntries, toBareMdx, toOursMdx, toStarlightMdx, type SyntheticEntry, type Taxonomy } from './generate.ts';
import { loadLibrary } from '../lib/load-library.ts';
import type { Problem } from '../../src/schemas/problems.ts';

type Item = { id: string; label?: { de: string; en: string }; entries?: string[] };

/** Mentor ids, tag ids and goal labels of the sample library the entries are spread over. */
export function readTaxonomy(contentDir: string): Taxonomy {
  const yaml = (name: string) => parse(readFileSync(path.join(contentDir, name), 'utf8')) as Item[];
  return {
    mentors: readdirSync(path.join(contentDir, 'mentors')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort(),
    tags: yaml('tags.yaml').map((t) => t.id),
    goals: yaml('goals.yaml').map((g) => ({ id: g.id, label: g.label! })),
  };
}

function fresh(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/** Our content folder: the generated entries beside the sample's mentors, tags, goals, glossary and paths. */
export function writeOurs(target: string, source: string, entries: readonly SyntheticEntry[]): void {
  fresh(target);
  mkdirSync(path.join(target, 'entries'));
  mkdirSync(path.join(target, 'digests'));
  for (const e of entries) writeFileSync(path.join(target, 'entries', `${e.slug}.mdx`), toOursMdx(e));
  cpSync(path.join(source, 'mentors'), path.join(target, 'mentors'), { recursive: true });
  for (const f of ['tags.yaml', 'goals.yaml']) cpSync(path.join(source, f), path.join(target, f));
  // The sample's glossary and paths name sample entries; point them at generated ones instead.
  const glossary = parse(readFileSync(path.join(source, 'glossary.yaml'), 'utf8')) as Item[];
  writeFileSync(path.join(target, 'glossary.yaml'), stringify(glossary.map((term, i) => ({ ...term, entries: glossaryEntries(entries, i) }))));
  mkdirSync(path.join(target, 'paths'));
  for (const f of readdirSync(path.join(source, 'paths')).filter((f) => f.endsWith('.yaml'))) {
    const p = parse(readFileSync(path.join(source, 'paths', f), 'utf8')) as { level: string; entries: string[] };
    const chosen = pathEntries(entries, p.level);
    if (chosen.length > 0) writeFileSync(path.join(target, 'paths', f), stringify({ ...p, entries: chosen }));
  }
}

/** Stock Starlight reads `src/content/docs/`; a splash page stands in for its home. */
export function writeStarlight(docsDir: string, entries: readonly SyntheticEntry[]): void {
  fresh(docsDir);
  writeFileSync(path.join(docsDir, 'index.mdx'), '---\ntitle: Trend Library\ndescription: Synthetic library for the benchmark.\ntemplate: splash\n---\n\nSynthetic library for the benchmark.\n');
  for (const e of entries) writeFileSync(path.join(docsDir, `${e.slug}.mdx`), toStarlightMdx(e));
}

export function writeBare(entriesDir: string, entries: readonly SyntheticEntry[]): void {
  fresh(entriesDir);
  for (const e of entries) writeFileSync(path.join(entriesDir, `${e.slug}.mdx`), toBareMdx(e));
}

/** Problems the real loader finds in our generated folder (none expected). */
export function validateOurs(contentDir: string, rootDir: string, today: Date): Problem[] {
  return loadLibrary(path.relative(rootDir, contentDir), today, rootDir).problems.filter((p) => p.severity === 'error');
}

export type Library = { entries: SyntheticEntry[]; words: { min: number; max: number; median: number } };

export function generate(n: number, seed: number, sampleContent: string): Library {
  const entries = generateLibrary({ entries: n, seed, taxonomy: readTaxonomy(sampleContent) });
  const words = entries.map((e) => e.words).sort((a, b) => a - b);
  return { entries, words: { min: words[0] ?? 0, max: words.at(-1) ?? 0, median: words[Math.floor(words.length / 2)] ?? 0 } };
}
