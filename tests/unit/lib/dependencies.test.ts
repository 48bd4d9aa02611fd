/**
 * The production install (`npm ci --omit=dev && npm run build`) has only `dependencies`:
 * every package the build's own code imports at run time must be one of them. A package
 * that sits in devDependencies works in every full install and breaks only on the deploy
 * machine; `.ci/production-install` finds that after a long build, this test at once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** What the build runs: the site's sources, its configuration and the script npm runs it with. */
function buildFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      return d.isDirectory() ? walk(full) : /\.(ts|mts|mjs|js|astro|tsx)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
    });
  return [...walk(path.join(ROOT, 'src')), ...['astro.config.mjs', 'site.config.ts', 'scripts/astro.mjs'].map((f) => path.join(ROOT, f))];
}

/** Bare specifiers of value imports (static and dynamic); `import type` is erased and needs nothing. */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  for (const match of source.matchAll(/^\s*export\s+(?!type\s)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found.filter((s) => !/^(\.|\/|node:|astro:|virtual:)/.test(s));
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the production install', () => {
  it('reads value imports and skips type-only ones', () => {
    expect(runtimeImports("import type { Root } from 'mdast';\nimport { x, type Y } from 'yaml';\nconst h = await import('hyphen/de-1996/index.js');\nimport './local.ts';\nimport fs from 'node:fs';")).toEqual(['yaml', 'hyphen/de-1996/index.js']);
  });

  it('has every package the build imports among the dependencies, not the devDependencies', () => {
    const missing = new Map<string, string>();
    for (const file of buildFiles()) {
      for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
        const name = packageOf(specifier);
        if (!(name in pkg.dependencies) && !missing.has(name)) missing.set(name, path.relative(ROOT, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
