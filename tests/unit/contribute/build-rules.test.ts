/**
 * The body rules hold in `astro build` too: skipping `npm run check` publishes
 * nothing unsafe. One real build of the fixture library with one bad entry; the
 * build's content check (src/integrations/content-check.ts) stops it before anything is written.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSite } from '../../support/build.ts';
import { FIXTURES } from './harness.ts';

const work = path.join(TMP, `contribute-build-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('fails on a body rule with file, line and rule', { timeout: 180_000 }, async () => {
    const content = path.join(work, 'content');
    mkdirSync(work, { recursive: true });
    cpSync(path.join(FIXTURES, 'library'), content, { recursive: true });
    cpSync(path.join(FIXTURES, 'bad', 'body-script'), content, { recursive: true });
    const build = buildSite({
      outDir: path.join(work, 'dist'),
      contentDir: path.relative(ROOT, content),
      env: { ASTRO_CACHE_DIR: path.join(work, 'cache') },
    });
    const file = `${path.relative(ROOT, content)}/entries/mit-skript.mdx`;
    await expect(build).rejects.toThrow(`${file}\n  Zeile 14, body: [no-script] erwartet eine der Komponenten TryIt, Callout, Quote, Video oder ein einfaches Textelement wie <strong>, gefunden das HTML-Element <script> – ein Eintrag darf keinen Code ausführen`);
    await expect(build).rejects.toThrow('es wurde nichts gebaut');
    expect(existsSync(path.join(work, 'dist'))).toBe(false);
  });
});
