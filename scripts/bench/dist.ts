/** Step 3a: what a build leaves on disk — the whole `dist/` and the Pagefind index in it. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type Size = { bytes: number; files: number };

export function folderSize(dir: string): Size {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) { bytes += statSync(p).size; files += 1; }
    }
  };
  try { walk(dir); } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
  }
  return { bytes, files };
}

export type DistSize = { dist: Size; pagefind: Size };

/** `pagefind/` at the top of the site holds every bundle (ours keeps one per language below it). */
export function measureDist(dist: string): DistSize {
  return { dist: folderSize(dist), pagefind: folderSize(path.join(dist, 'pagefind')) };
}
