/**
 * The library's filter index, read by the library page's script in every UI language
 * (`src/lib/library-index.ts`): one file, no words of the UI in it.
 */
import { library } from '../../content.ts';
import { buildLibraryIndex } from '../../lib/library-index.ts';
import { langOf } from '../../ui.ts';

export async function GET() {
  const lib = await library();
  return new Response(JSON.stringify(buildLibraryIndex(lib.entries, lib.mentors, langOf(undefined))), { headers: { 'content-type': 'application/json' } });
}
