/**
 * Every page of the sample site (the build of tests/support/global-setup.ts, the
 * digests' web views at /digests/<n>/ and the editor's /admin/ included) passes the
 * Nu Html Checker, the engine of the W3C validator (npm `vnu-jar`, run on Java), with
 * zero errors. All pages go to one validator run: the JVM takes seconds to start.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE } from '../support/build.ts';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const INSTALL_HINT = 'no Java found for the HTML validator: install it with `apt-get install -y default-jre-headless`';
if (!java) console.warn(`[e2e] skipped: ${INSTALL_HINT}`);

/**
 * CSS newer than the validator's CSS grammar, ignored by name and only these:
 * anchor positioning (tooltips, menus), `@property` (Tailwind 4 registers its custom
 * properties with it) and `margin-trim` (only inside Tailwind's `@supports` probe for old Safari).
 */
const NEWER_CSS = [/^CSS: “(anchor-name|position-anchor|margin-trim)”: Property “\1” doesn't exist\.$/, /^CSS: Unrecognized at-rule “@property”\.?$/];

type Message = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string };

const pages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();

describe.skipIf(!java)('valid HTML (Nu Html Checker)', () => {
  it('finds no error on any page of the sample site', () => {
    const files = pages(SAMPLE_SITE);
    expect(files.length).toBeGreaterThan(50);
    const run = spawnSync('java', ['-Xss8m', '-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error).toBeUndefined();
    // The validator reports on stderr; an empty or broken report must not pass as "no errors".
    const report = JSON.parse(run.stderr) as { messages: Message[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .filter((m) => !NEWER_CSS.some((re) => re.test(m.message)))
      .map((m) => `${path.relative(SAMPLE_SITE, decodeURIComponent(new URL(m.url ?? 'file:///').pathname))}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
