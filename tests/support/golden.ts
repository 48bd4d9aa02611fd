/**
 * Golden files: output compared byte for byte with files committed under
 * `tests/fixtures/`. After a deliberate change, `UPDATE_GOLDEN=1` rewrites them
 * instead; that run reports the test as skipped, never as passed, because output
 * compared with itself proves nothing. Review the diff, then run the tests again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type TestContext } from 'vitest';

export const UPDATING = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(context: TestContext, dir: string, files: Record<string, string | Buffer>): void {
  if (UPDATING) {
    mkdirSync(dir, { recursive: true });
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
    context.skip(`UPDATE_GOLDEN=1: rewrote ${Object.keys(files).length} golden file(s) in ${path.relative(process.cwd(), dir)}; review the diff and run the tests again`);
  }
  for (const [name, data] of Object.entries(files)) {
    expect(data.toString(), name).toBe(readFileSync(path.join(dir, name), 'utf8'));
  }
}
