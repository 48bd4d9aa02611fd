/**
 * The body rules (src/lib/body-rules.ts) bound to the site's Markdown pipeline: a
 * document that breaks one stops `astro build` and `astro dev` with a `BodyRuleError`
 * naming the file (project-relative, as `npm run check` prints it), line, rule and
 * what to write instead. Registered under `hastPlugins` in astro.config.mjs.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { BodyRuleError, bodyRulesPlugin } from '../body-rules.ts';

export function satteriBodyRules(options: { cwd: string }): HastPluginEntry {
  return bodyRulesPlugin(({ violations }, fileURL) => {
    if (violations.length === 0) return;
    const full = fileURL ? fileURLToPath(fileURL) : 'an MDX file';
    const rel = path.relative(options.cwd, full);
    throw new BodyRuleError(rel.startsWith('..') ? full : rel.split(path.sep).join('/'), violations);
  });
}
