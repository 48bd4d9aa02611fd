/** scripts/lib/write-all.ts: several files, all or nothing, even when a rename fails half-way. */
import fs, { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteError, writeAll } from '../../../scripts/lib/write-all.ts';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const scratch = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'write-all-'));
  dirs.push(d);
  return d;
};
/** Every file under `dir` with its text, temporary files included. */
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(dir, file), readFileSync(file, 'utf8')];
  }).sort(([a], [b]) => a.localeCompare(b)));

describe('writeAll', () => {
  it('writes every file, creating folders, and leaves no temporary file', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    writeAll([{ file: 'a.txt', data: 'new a' }, { file: 'sub/b.txt', data: Buffer.from('new b') }], dir);
    expect(tree(dir)).toEqual({ 'a.txt': 'new a', [path.join('sub', 'b.txt')]: 'new b' });
  });

  it('changes nothing when a later file cannot be written (its place is a folder)', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    mkdirSync(path.join(dir, 'b.txt'));
    expect(() => writeAll([{ file: 'a.txt', data: 'new a' }, { file: 'b.txt', data: 'new b' }], dir)).toThrow(new WriteError('could not write b.txt: EISDIR (open)'));
    expect(tree(dir)).toEqual({ 'a.txt': 'old a' });
  });

  it('puts the first files back when a rename fails after they were replaced', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    writeFileSync(path.join(dir, 'c.txt'), 'old c');
    const rename = fs.renameSync;
    // The third file's rename into place fails, after a.txt was replaced and b.txt created.
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).endsWith('.tmp') && String(to) === path.join(dir, 'c.txt')) throw Object.assign(new Error('disk full'), { code: 'ENOSPC', syscall: 'rename' });
      rename(from, to);
    });
    expect(() => writeAll([{ file: 'a.txt', data: 'new a' }, { file: 'b.txt', data: 'new b' }, { file: 'c.txt', data: 'new c' }], dir)).toThrow(new WriteError('could not write c.txt: ENOSPC (rename)'));
    expect(tree(dir)).toEqual({ 'a.txt': 'old a', 'c.txt': 'old c' });
  });
});
