/**
 * Same commit, same SOURCE_DATE_EPOCH, same bytes: a second build of the sample
 * library, with a cache of its own, writes a `dist/` identical to the one the global
 * setup built, search index included.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_BASE, SAMPLE_SITE, TMP, buildSite } from '../support/build.ts';

const AGAIN = path.join(TMP, 'site-kb-again');
afterAll(() => rmSync(AGAIN, { recursive: true, force: true }));

/** Every file under `dir` with the SHA-256 of its bytes, by path. */
function digest(dir: string, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, at)).sort()) {
    const rel = path.posix.join(at, name);
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [k, v] of digest(dir, rel)) out.set(k, v);
    else out.set(rel, createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex'));
  }
  return out;
}

describe('a reproducible build', () => {
  it('writes the same files with the same bytes twice', { timeout: 300_000 }, async () => {
    const cache = path.join(TMP, 'cache-again');
    rmSync(cache, { recursive: true, force: true });
    await buildSite({ outDir: AGAIN, base: SAMPLE_BASE, env: { ASTRO_CACHE_DIR: cache } });
    const first = digest(SAMPLE_SITE);
    const second = digest(AGAIN);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
