/**
 * Writes the web-server files of `src/lib/server-files.ts` (IIS `web.config`, Apache
 * `.htaccess`) into the build's output folder, for the build's base path.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverFiles } from '../lib/server-files.ts';

export default function webServerFiles({ base, prefixes = [] }: { base: string; prefixes?: readonly string[] }): AstroIntegration {
  return {
    name: 'trend-library-server-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The editor's integration runs first and has written admin/ when the build has the editor.
        const files = serverFiles(base, { editor: existsSync(path.join(out, 'admin')), prefixes });
        for (const [name, text] of Object.entries(files)) {
          await mkdir(path.dirname(path.join(out, name)), { recursive: true });
          await writeFile(path.join(out, name), text);
        }
        logger.info(`${Object.keys(files).join(', ')} for ${base}`);
      },
    },
  };
}
