/**
 * Drives the contribute scripts without a shell: a fresh copy of the fixture
 * library (tests/fixtures/contribute/library) per test, optionally with one bad
 * fixture laid over it, and in-memory stdout/stderr.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../../scripts/lib/cli.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/contribute');
/** The clock every test runs at. */
export const NOW = new Date('2026-06-01T09:30:00Z');

const made: string[] = [];

/** A project folder with `content/` = the fixture library plus the named bad fixtures on top. */
export function project(...overlays: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'trend-contribute-'));
  made.push(root);
  cpSync(path.join(FIXTURES, 'library'), path.join(root, 'content'), { recursive: true });
  for (const overlay of overlays) cpSync(path.join(FIXTURES, 'bad', overlay), path.join(root, 'content'), { recursive: true });
  return root;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export type Run = { code: number; stdout: string; stderr: string };

/** Runs a script's `main` with the given argv in `cwd`; env is empty unless given. */
export async function run(
  main: (argv: string[], io: Io) => Promise<number>,
  argv: string[],
  { cwd, env = {}, stdin, now = NOW }: { cwd: string; env?: Io['env']; stdin?: Io['stdin']; now?: Date },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    now,
    env,
    stdin,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
