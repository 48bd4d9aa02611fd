/**
 * Several output files, all or nothing: each is written to a temporary name next to it
 * first, and only when all are written are they renamed into place. On an error the
 * temporary files are removed and a `WriteError` names the file and the reason.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class WriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WriteError';
  }
}

/** `files[].file` is relative to `cwd` (or absolute); messages show it as given. */
export function writeAll(files: readonly { file: string; data: string | Buffer }[], cwd: string): void {
  const temps: string[] = [];
  let current = '';
  try {
    for (const { file, data } of files) {
      current = file;
      const target = path.resolve(cwd, file);
      mkdirSync(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, data);
    }
    files.forEach(({ file }, i) => {
      current = file;
      renameSync(temps[i]!, path.resolve(cwd, file));
    });
  } catch (cause) {
    const e = cause as NodeJS.ErrnoException;
    throw new WriteError(`could not write ${current}: ${e.code ? `${e.code} (${e.syscall ?? 'write'})` : e.message}`, { cause });
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
}
