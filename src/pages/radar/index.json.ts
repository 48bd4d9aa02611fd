/**
 * The radar's filter index, read by the radar's filters in every UI language
 * (`src/client/radar/filters.ts`): each entry's facts and its movement in the current
 * period (`src/lib/radar/cells.ts`), one file, no words of the UI in it. Only a reader
 * who filters loads it; the radar page itself names a bounded number of points.
 */
import { library } from '../../content.ts';
import { siteCells } from '../../lib/radar/model.ts';

export async function GET() {
  const lib = await library();
  const entries = siteCells(lib.entries, lib.digests.map((d) => d.data), lib.today).flatMap((c) => c.entries);
  return new Response(JSON.stringify({ entries }), { headers: { 'content-type': 'application/json' } });
}
