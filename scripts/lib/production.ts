/**
 * Reads `site.production.json` from the project folder for the commands that work with
 * the production address (`npm run digest`, `npm run build -- --production`). Returns
 * undefined when the file does not exist; throws an Error for a bad file or a
 * variable in the environment that disagrees with it. It imports nothing that reads
 * the configuration, so `scripts/astro.mjs` can use it before Astro starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCTION_FILE, parseProductionValues, withProductionValues, type ProductionValues } from '../../src/lib/production-config.ts';

export type Production = { env: Record<string, string | undefined>; stored: ProductionValues };

export function productionEnv(cwd: string, env: Record<string, string | undefined>): Production | undefined {
  const file = path.join(cwd, PRODUCTION_FILE);
  if (!existsSync(file)) return undefined;
  const stored = parseProductionValues(readFileSync(file, 'utf8'), PRODUCTION_FILE);
  const merged = withProductionValues(stored, env, PRODUCTION_FILE);
  if (merged.conflicts.length > 0) throw new Error(merged.conflicts.join('\n'));
  return { env: merged.env, stored };
}
