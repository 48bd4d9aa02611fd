/**
 * Same commit, same SOURCE_DATE_EPOCH, same bytes, whatever the machine's clock says:
 * the sample library is built again under another clock (libfaketime, 123 days
 * earlier than this run's) with caches of its own, the editor's bundle included, and
 * must write a `dist/` identical to the one the global setup built, search index and
 * `/admin/` included. An `EDITOR_ENABLED=false` build must differ only by `/admin/`, the
 * assets only it loads, and the contribution guide of each UI, which then leaves out
 * the editor's parts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_BASE, SAMPLE_ENV, SAMPLE_SITE, TMP, buildSite } from '../support/build.ts';

const AGAIN = path.join(TMP, 'site-kb-again');
const NO_EDITOR = path.join(TMP, 'site-kb-no-editor');
const BUNDLE_CACHE = path.join(TMP, 'editor-bundle-again');
afterAll(() => [AGAIN, NO_EDITOR, BUNDLE_CACHE, `${AGAIN}-cache`, `${NO_EDITOR}-cache`].forEach((d) => rmSync(d, { recursive: true, force: true })));

const LIBFAKETIME = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'].find((p) => existsSync(p));
if (!LIBFAKETIME) console.warn('[e2e] skipped: no libfaketime to build under another clock: install it with `apt-get install -y faketime`');

/** The environment that moves a child's clock; under a run that is itself faked, FAKETIME replaces its offset. */
const otherClock = (offset: string) => ({ LD_PRELOAD: LIBFAKETIME!, FAKETIME: offset, FAKETIME_DONT_RESET: '1' });

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
/** The files whose bytes differ, each with a few characters around the first difference, so a failure says why. */
function differing(a: Map<string, string>, b: Map<string, string>, dirA: string, dirB: string): string[] {
  return [...a].filter(([file, hash]) => b.has(file) && b.get(file) !== hash).map(([file]) => {
    const [x, y] = [readFileSync(path.join(dirA, file), 'latin1'), readFileSync(path.join(dirB, file), 'latin1')];
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    return `${file} at byte ${i}: ${JSON.stringify(x.slice(Math.max(0, i - 60), i + 60))} vs ${JSON.stringify(y.slice(Math.max(0, i - 60), i + 60))}`;
  });
}
const missing = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((f) => !b.has(f));

describe.skipIf(!LIBFAKETIME)('a reproducible build', () => {
  it('writes the same files with the same bytes under another clock, the editor bundled afresh', { timeout: 400_000 }, async () => {
    // The environment does move a child's clock away from this run's (by 123 days, more if this run is faked too).
    const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(Date.now()))'], { env: { ...process.env, ...otherClock('-123d') }, encoding: 'utf8' });
    expect(Math.abs(Date.now() - Number(probe.stdout)) / 86_400_000).toBeGreaterThan(100);
    rmSync(BUNDLE_CACHE, { recursive: true, force: true });
    const { log } = await buildSite({ outDir: AGAIN, base: SAMPLE_BASE, env: { ...SAMPLE_ENV, ...otherClock('-123d'), EDITOR_BUNDLE_CACHE: BUNDLE_CACHE } });
    // The editor was bundled, not copied from the shared cache.
    expect(log).toMatch(/admin\/editor\.js bundled in/);
    expect(existsSync(path.join(BUNDLE_CACHE, 'manifest.json'))).toBe(true);
    const first = digest(SAMPLE_SITE);
    const second = digest(AGAIN);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect([...first.keys()].some((f) => f.startsWith('admin/chunks/'))).toBe(true);
    expect({ missing: missing(first, second), extra: missing(second, first) }).toEqual({ missing: [], extra: [] });
    expect(differing(first, second, SAMPLE_SITE, AGAIN)).toEqual([]);
  });

  it('changes nothing but /admin/, what only /admin/ loads and the guide’s editor parts when the editor is off', { timeout: 400_000 }, async () => {
    await buildSite({ outDir: NO_EDITOR, base: SAMPLE_BASE, env: { ...otherClock('+77d'), EDITOR_ENABLED: 'false' } });
    const on = digest(SAMPLE_SITE);
    const off = digest(NO_EDITOR);
    expect([...off.keys()].filter((f) => f.startsWith('admin/'))).toEqual([]);
    // Files of the editor-on build that the other lacks: /admin/ and assets no other page refers to.
    const onlyOn = missing(on, off);
    const pages = [...on.keys()].filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    const usedOutsideAdmin = onlyOn.filter((f) => pages.some((page) => readFileSync(path.join(SAMPLE_SITE, page), 'utf8').includes(path.posix.basename(f))));
    expect(onlyOn.filter((f) => !f.startsWith('admin/')).length).toBeLessThan(5);
    expect(usedOutsideAdmin).toEqual([]);
    expect(missing(off, on)).toEqual([]);
    expect(off.size).toBeGreaterThan(100);
    // The guide of each UI differs, and only by the editor: the one without names no /admin/.
    const guides = [...on.keys()].filter((f) => /(^|\/)contribute\/index\.html$/.test(f));
    expect(guides.length).toBeGreaterThan(1);
    expect(differing(off, on, NO_EDITOR, SAMPLE_SITE).map((d) => d.split(' ')[0])).toEqual(guides);
    for (const guide of guides) {
      expect(readFileSync(path.join(SAMPLE_SITE, guide), 'utf8'), guide).toContain('/admin/');
      expect(readFileSync(path.join(NO_EDITOR, guide), 'utf8'), guide).not.toMatch(/\/admin\//);
    }
  });
});
