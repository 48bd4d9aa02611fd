/**
 * File names of new entries, mentors and paths follow the library's rule, the one
 * `npm run new` uses (src/lib/slug.ts: `für` → `fuer`), not Decap's own (`für` → `fur`).
 * Decap has no slug hook, so before it saves a new item the editor puts our slug into
 * the item's data under SLUG_KEY (a `preSave` listener, src/client/admin/main.ts),
 * the collections' `slug` template reads it from there, and the file formats
 * (./formats.ts) leave it out of the file.
 */
import { slugify } from '../slug.ts';

export const SLUG_KEY = '_slug';
export const SLUG_TEMPLATE = `{{fields.${SLUG_KEY}}}`;

/** The file name for an item named `identifier`, or undefined when it has no letters or digits. */
export function fileSlug(identifier: unknown): string | undefined {
  return slugify(String(identifier ?? '')) || undefined;
}
