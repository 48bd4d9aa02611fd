/**
 * One `astro build` at a time in this project. Builds of one project share its
 * `.astro/` folder (generated types, prerender chunks, the content-modules file), so
 * two at once can break each other. The test builds (`tests/support/build.ts`) and
 * `npm run audit` take this lock with proper-lockfile: a folder, atomic to create,
 * whose time the holder refreshes while it runs, so a long build keeps its lock and
 * the lock of a run that died is taken over after a minute. It is released when the
 * process exits, also on Ctrl-C.
 */
import fs, { mkdirSync } from 'node:fs';
import path from 'node:path';
import { lock, unlockSync } from 'proper-lockfile';

/** The lock folder, relative to the project. */
export const BUILD_LOCK = 'tests/.tmp/build.lock';

const options = (root: string) => ({
  lockfilePath: path.join(root, BUILD_LOCK),
  realpath: false,
  stale: 60_000,
  // A copy of fs for every lock: proper-lockfile stamps a new lock with the process's own
  // clock only the first time it sees an fs object, and later leaves it the time the file
  // system gave the folder. Where the two clocks differ (a test run under faketime), other
  // processes then took the lock for a dead one and built at the same time.
  fs: { ...fs },
  // Another run took the lock over (this one stalled for a minute): say so instead of crashing mid-build.
  onCompromised: (error: Error) => console.warn(`build lock ${BUILD_LOCK} was taken over by another run: ${error.message}`),
});

/**
 * Waits for the lock of the project at `root` and takes it; `onWait` is called once
 * if another build holds it. Returns the release, which may be called more than once.
 */
export async function acquireBuildLock(root: string, onWait?: () => void): Promise<() => void> {
  mkdirSync(path.join(root, path.dirname(BUILD_LOCK)), { recursive: true });
  try {
    await lock(root, options(root));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    onWait?.();
    await lock(root, { ...options(root), retries: { forever: true, factor: 1, minTimeout: 200, maxTimeout: 200 } });
  }
  let held = true;
  return () => {
    if (held) {
      try {
        unlockSync(root, options(root));
      } catch {
        // Already taken over (see onCompromised): nothing of ours to release.
      }
    }
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
