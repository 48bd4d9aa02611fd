// @ts-check
/**
 * `npm run dev|build|preview|typecheck`: Astro's own command line with its
 * telemetry switched off, on every shell. The variable is set here, in the
 * process, because `ASTRO_TELEMETRY_DISABLED=1 astro build` is POSIX shell syntax
 * that cmd.exe and PowerShell (where npm runs scripts on Windows) cannot run.
 * Everything after `node scripts/astro.mjs` is Astro's: `node scripts/astro.mjs build --outDir x`,
 * except `--production`: the stored production values (site.production.json) are used,
 * as `npm run digest` uses them, so a deployment build needs no typed address.
 * Plain JavaScript, so a build runs on every Node the project supports (>= 22.12); only
 * `--production` loads TypeScript (Node's type stripping, 22.18 and later).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const flag = process.argv.indexOf('--production');
if (flag !== -1) {
  process.argv.splice(flag, 1);
  const root = path.resolve(import.meta.dirname, '..');
  try {
    const { productionEnv } = await import('./lib/production.ts');
    const { messageLocaleOf, setMessageLocale } = await import('../src/i18n/messages.ts');
    setMessageLocale(messageLocaleOf(process.env));
    const production = productionEnv(root, process.env);
    if (!production) throw new Error(`--production: expected the production values in site.production.json, found no such file in ${root} (docs/deploy.md)`);
    Object.assign(process.env, production.stored);
    console.log(`[production] ${Object.entries(production.stored).map(([k, v]) => `${k}=${v}`).join(' ')} (site.production.json)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
// Astro's bin reads its command from process.argv ([node, this file, command, ...flags]), as when run directly.
await import(pathToFileURL(path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs')).href);
