/**
 * One `astro build` at a time in this project. Builds of one project share its
 * `.astro/` folder (generated types, prerender chunks, the content-modules file), so
 * two at once can break each other. The test builds (`tests/support/build.ts`) and
 * `npm run audit` take this lock: a folder, atomic to create. A lock older than ten
 * minutes belongs to a run that died and is taken over.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock folder, relative to the project. */
export const BUILD_LOCK = 'tests/.tmp/build.lock';

const STALE_MS = 600_000;

/**
 * How long ago the lock was taken, by the file system's clock: a file written now
 * against the lock's time. The process clock may be another (a test run under
 * `faketime`), and against it every lock would look ancient or brand-new.
 */
function lockAge(lock: string): number {
  const taken = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  if (taken === undefined) return 0;
  const probe = `${lock}.now.${process.pid}`;
  try {
    writeFileSync(probe, '');
    return statSync(probe).mtimeMs - taken;
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Waits for the lock of the project at `root` and takes it; `onWait` is called once
 * if another build holds it. Returns the release, which may be called more than once.
 */
export async function acquireBuildLock(root: string, onWait?: () => void): Promise<() => void> {
  const lock = path.join(root, BUILD_LOCK);
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = false; ; waited = true) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockAge(lock) > STALE_MS) rmSync(lock, { recursive: true, force: true });
      if (!waited) onWait?.();
      await sleep(200);
    }
  }
  let held = true;
  return () => {
    if (held) rmSync(lock, { recursive: true, force: true });
    held = false;
  };
}

/** Runs `run` holding the lock of the project at `root`. */
export async function withBuildLock<T>(root: string, run: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock(root);
  try {
    return await run();
  } finally {
    release();
  }
}
