/**
 * Several output files, all or nothing. No library writes a set of files as one step
 * (write-file-atomic and friends do one file), so this is the one place that does:
 *
 * 1. every file is written to a temporary name next to it and flushed to disk;
 * 2. only then is each put in place by a rename, an existing file first moved aside;
 * 3. if anything fails, the files already put in place are put back as they were
 *    (the old file restored, a new one removed) and every temporary file is removed.
 *
 * A `WriteError` names the file and the reason. Nothing is half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { msg } from '../../src/i18n/messages.ts';

export class WriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WriteError';
  }
}

const sibling = (target: string, tag: string) => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tag}`);

function writeFlushed(file: string, data: string | Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `files[].file` is relative to `cwd` (or absolute); messages show it as given. */
export function writeAll(files: readonly { file: string; data: string | Buffer }[], cwd: string): void {
  const staged: { file: string; target: string; temp: string; backup: string }[] = [];
  const placed: (typeof staged)[number][] = [];
  let current = '';
  try {
    for (const { file, data } of files) {
      current = file;
      const target = path.resolve(cwd, file);
      if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
        throw Object.assign(new Error(msg('write.isFolder', { file })), { code: 'EISDIR', syscall: 'open' });
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const entry = { file, target, temp: sibling(target, 'tmp'), backup: sibling(target, 'old') };
      staged.push(entry);
      writeFlushed(entry.temp, data);
    }
    for (const entry of staged) {
      current = entry.file;
      if (fs.existsSync(entry.target)) fs.renameSync(entry.target, entry.backup);
      placed.push(entry);
      fs.renameSync(entry.temp, entry.target);
    }
  } catch (cause) {
    // Put back what was already replaced, newest first.
    for (const entry of placed.reverse()) {
      if (fs.existsSync(entry.backup)) fs.renameSync(entry.backup, entry.target);
      else fs.rmSync(entry.target, { force: true });
    }
    const e = cause as NodeJS.ErrnoException;
    throw new WriteError(msg('write.failed', { file: current, reason: e.code ? `${e.code} (${e.syscall ?? 'write'})` : e.message }), { cause });
  } finally {
    for (const entry of staged) {
      fs.rmSync(entry.temp, { force: true });
      fs.rmSync(entry.backup, { force: true });
    }
  }
}
