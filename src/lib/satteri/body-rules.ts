/**
 * The body rules (src/lib/body-rules.ts) bound to the site's Markdown pipeline: a
 * document that breaks one stops `astro build` and `astro dev` with a `BodyRuleError`
 * naming the file (project-relative, as `npm run check` prints it), line, rule and
 * what to write instead. Registered under `hastPlugins` in astro.config.mjs; it sees
 * every Markdown file the site renders: entry bodies (`.mdx`) with the entry
 * allowlist, mentor bios and digest records (`.md` in the content folder) with the
 * stricter one for texts, the project's own pages (CONTRIBUTING.md) with link checks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { BodyRuleError, bodyRulesPlugin, placeOf, type Violation } from '../body-rules.ts';

/**
 * Astro's content loader compiles a Markdown file's body without its front matter (and
 * trimmed); the lines of the file are those of the body plus the lines before it.
 */
function linesBefore(full: string, source: string): number {
  let text: string;
  try {
    text = readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return 0;
  }
  // The body is the file's tail: its last occurrence is where it starts.
  const start = source === '' ? -1 : text.lastIndexOf(source);
  return start <= 0 ? 0 : text.slice(0, start).split('\n').length - 1;
}

/** `contentDir` is the content folder, relative to `cwd` (default `content`). */
export function satteriBodyRules(options: { cwd: string; contentDir?: string }): HastPluginEntry {
  const contentURL = pathToFileURL(`${path.resolve(options.cwd, options.contentDir ?? 'content')}/`);
  const place = (fileURL: URL | undefined) => placeOf(fileURL, contentURL);
  return bodyRulesPlugin(({ violations }, { fileURL, source }) => {
    if (violations.length === 0) return;
    const full = fileURL ? fileURLToPath(fileURL) : 'a Markdown file';
    const rel = path.relative(options.cwd, full);
    const offset = fileURL ? linesBefore(full, source) : 0;
    const inFile: Violation[] = violations.map((v) => ({ ...v, line: v.line + offset }));
    throw new BodyRuleError(rel.startsWith('..') ? full : rel.split(path.sep).join('/'), inFile, place(fileURL));
  }, place);
}
