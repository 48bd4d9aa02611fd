/**
 * Step 1b: write the synthetic library to disk, once per site, and check ours with the
 * real loader and schemas before anything is built — a benchmark of a library the site
 * would reject measures nothing.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { generateLibrary, glossaryEntries, pathEntries, toBareMdx, toOursMdx, toStarlightMdx, type SyntheticEntry, type Taxonomy } from './generate.ts';
import { loadLibrary } from '../lib/load-library.ts';
import { formatProblems, type Problem } from '../../src/schemas/problems.ts';
import { today } from '../../src/today.ts';

/** The sample library, read by the one content reader; it must be valid to be a model. */
function readSample(contentDir: string) {
  const { library, problems } = loadLibrary(contentDir, today());
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`the sample library in ${contentDir} has problems:\n${formatProblems(errors)}`);
  return library;
}

/** Mentor ids, tag ids and goal labels of the sample library the entries are spread over. */
export function readTaxonomy(contentDir: string): Taxonomy {
  const library = readSample(contentDir);
  return {
    mentors: library.mentors.map((m) => m.id).sort(),
    tags: library.tags.map((t) => t.id),
    goals: library.goals.map((g) => ({ id: g.id, label: g.data.label })),
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
  const sample = readSample(source);
  writeFileSync(path.join(target, 'glossary.yaml'), stringify(sample.glossary.map((term, i) => ({ ...term.data, entries: glossaryEntries(entries, i) }))));
  mkdirSync(path.join(target, 'paths'));
  for (const p of sample.paths) {
    const chosen = pathEntries(entries, p.data.level);
    if (chosen.length > 0) writeFileSync(path.join(target, 'paths', `${p.id}.yaml`), stringify({ ...p.data, entries: chosen }));
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
