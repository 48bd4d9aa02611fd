/**
 * The build refuses the whole hostile corpus (tests/fixtures/hostile/) by itself,
 * without `npm run check` run first: one real `astro build` of the fixture library
 * plus every hostile file fails, its log names every one of them, and it writes nothing.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildFailed, ROOT, TMP, buildSite } from '../support/build.ts';
import { FIXTURE_LIBRARY, HOSTILE, SUPPORT_FILES, corpusFiles } from '../unit/hostile/corpus.ts';

const work = path.join(TMP, `hostile-build-${process.pid}`);
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const files = corpusFiles();
/** How the log names a file: relative to the project, as `npm run check` prints it. */
const named = (file: string) => `${path.relative(ROOT, content)}/entries/${file}`;

let failure: unknown;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(FIXTURE_LIBRARY, content, { recursive: true });
  for (const file of [...files, ...SUPPORT_FILES]) copyFileSync(path.join(HOSTILE, file), path.join(content, 'entries', file));
  failure = await buildSite({
    outDir,
    contentDir: path.relative(ROOT, content),
    env: { SOURCE_DATE_EPOCH: '1764547200', ASTRO_CACHE_DIR: path.join(work, 'cache') },
  }).then(() => undefined, (e: unknown) => e);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build of a library holding the hostile corpus', () => {
  it('fails', () => {
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as BuildFailed).code).not.toBe(0);
  });

  it(`names every one of the ${files.length} hostile files in its log`, () => {
    const log = (failure as BuildFailed).log;
    const missing = files.filter((file) => !log.includes(named(file)));
    expect(missing).toEqual([]);
    expect(log).toContain(`in ${files.length} files; nothing was built`);
  });

  it('blames no file of the valid fixture library', () => {
    const log = (failure as BuildFailed).log;
    for (const file of readdirSync(path.join(FIXTURE_LIBRARY, 'entries'))) expect(log).not.toContain(named(file));
  });

  it('writes nothing', () => {
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true }) : [];
    expect(written).toEqual([]);
  });
});
