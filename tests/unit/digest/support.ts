/** Runs `npm run digest`'s `main` on a copy of the digest fixture library, as a test would type it. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { TMP } from '../../support/build.ts';
import { main } from '../../../scripts/digest.ts';
import { loadLibrary } from '../../../scripts/lib/load-library.ts';
import { buildDigest, type DigestModel } from '../../../src/lib/digest/model.ts';
import { defaultFeatured, digestOrder, selectEntries } from '../../../src/lib/digest/select.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';

export const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/digest');
export const GOLDEN = path.join(FIXTURE, 'golden');
export const day = (s: string) => parseIsoDay(s)!;

/** The day the tests pretend it is. */
export const NOW = new Date('2026-10-05T09:30:00Z');
export const ENV = { SITE_URL: 'https://intranet.example.com', BASE_PATH: '/kb/', SITE_LOCALE: 'de', SITE_TITLE: 'Trend Library', CONTENT_DIR: 'content' };

const made: string[] = [];

/** Removes the project folders made so far; call it in `afterAll`. */
export function removeProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh project folder: the fixture library as `content/` and the intro as `intro.md`. */
export function project(): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(path.join(TMP, 'digest-'));
  made.push(dir);
  cpSync(path.join(FIXTURE, 'library'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(FIXTURE, 'intro.md'), path.join(dir, 'intro.md'));
  return dir;
}

export type Run = { code: number; stdout: string; stderr: string; cwd: string };

export async function digest(argv: string[], options: { cwd?: string; now?: Date; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const cwd = options.cwd ?? project();
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    now: options.now ?? NOW,
    env: options.env ?? ENV,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr, cwd };
}

/** Every file under a folder with its bytes, to show that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return out;
}

/** The model of the fixture's September digest, built directly from the library. */
export function septemberModel(intro = readFileSync(path.join(FIXTURE, 'intro.md'), 'utf8')): DigestModel {
  const { library, problems } = loadLibrary(path.join(FIXTURE, 'library'), day('2026-10-05'), FIXTURE);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const period = { from: day('2026-09-01'), to: day('2026-09-30') };
  const selected = selectEntries(library.entries, period);
  const featured = defaultFeatured(selected);
  return buildDigest({
    record: { number: 2, title: 'Trend Library Digest #2 – September 2026', ...period, published: period.to, entries: digestOrder(selected, featured), featured, intro },
    entries: library.entries.filter((e) => !e.data.draft),
    mentorNames: new Map(library.mentors.map((m) => [m.id, m.data.name])),
    previousTo: day('2026-08-31'),
    site: { site: ENV.SITE_URL, base: ENV.BASE_PATH, locale: 'de', title: 'Trend Library' },
  });
}
