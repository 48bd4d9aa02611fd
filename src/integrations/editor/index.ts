/**
 * The browser editor at `/admin/` (Decap CMS), added to the site only when the
 * `EDITOR_ENABLED` setting is on: with `EDITOR_ENABLED=false` the route is never
 * created, so the build has no `/admin/` and no editor code at all.
 *
 * The editor's script is bundled in a build of its own (`admin/editor.js` and its
 * `admin/chunks/`), not in Astro's: bundled together, Decap's CommonJS helpers
 * landed in the runtime chunk every page shares, and every page got heavier.
 * In `astro dev` the page loads the source module instead.
 *
 * Astro writes the site's Content-Security-Policy into the editor page too; the build
 * takes it out again, so the page keeps the editor's own (`src/lib/editor/csp.ts`).
 *
 * Under `npm run edit` (scripts/edit.ts) the dev server also forwards
 * `<base>admin/api/v1/` to Decap's local backend, so the editor reaches it on the
 * site's own origin and its Content-Security-Policy stays `connect-src 'self'`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own Vite (a dependency of astro), for the separate editor bundle.
import { build } from 'vite';
import { siteConfig } from '../../../site.config.ts';
import { EDITOR_SCRIPT, LOCAL_BACKEND_PATH } from '../../lib/editor/paths.ts';
import { editorCsp, keepEditorPolicy } from '../../lib/editor/csp.ts';

export default function editor(): AstroIntegration {
  let root = '';
  return {
    name: 'trend-library-editor',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig, command, config }) => {
        if (!siteConfig.editor) return;
        root = fileURLToPath(config.root);
        injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url), prerender: true });
        const target = siteConfig.editor.localBackend;
        if (command === 'dev' && target) {
          const path = `${siteConfig.base}${LOCAL_BACKEND_PATH}`;
          updateConfig({ vite: { server: { proxy: { [path]: { target, changeOrigin: true, rewrite: () => '/api/v1' } } } } });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!siteConfig.editor) return;
        const started = performance.now();
        const outDir = fileURLToPath(new URL('admin/', dir));
        // The editor page keeps its own Content-Security-Policy only (see keepEditorPolicy).
        const page = path.join(outDir, 'index.html');
        writeFileSync(page, keepEditorPolicy(readFileSync(page, 'utf8'), editorCsp(siteConfig.editor)));
        const reused = await editorBundle(root, outDir);
        logger.info(`admin/${EDITOR_SCRIPT} ${reused ? 'taken from the cache' : 'bundled'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

type Manifest = { key: string; files: Record<string, string> };
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The editor's bundle changes only when its own code, the packages or the base path
 * change, and building it costs seconds; so it is built once into
 * `node_modules/.cache/trend-library-editor/` (or `EDITOR_BUNDLE_CACHE`) and copied from there while none of the
 * project files it was built from (listed with their hashes), `package-lock.json` and
 * the base path have changed. Returns true when the cached bundle was used.
 */
async function editorBundle(root: string, outDir: string): Promise<boolean> {
  const cache = path.resolve(root, siteConfig.editor?.bundleCache ?? 'node_modules/.cache/trend-library-editor');
  const built = path.join(cache, 'admin');
  const manifestFile = path.join(cache, 'manifest.json');
  const lock = path.join(root, 'package-lock.json');
  const key = sha(JSON.stringify([siteConfig.base, existsSync(lock) ? sha(readFileSync(lock)) : '']));
  const hashOf = (file: string) => (existsSync(path.join(root, file)) ? sha(readFileSync(path.join(root, file))) : '');
  const manifest: Manifest | undefined = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
  const fresh = manifest?.key === key && existsSync(built) && Object.entries(manifest.files).every(([file, hash]) => hashOf(file) === hash);
  if (!fresh) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    const result = await build({
      configFile: false,
      root,
      base: `${siteConfig.base}admin/`,
      logLevel: 'warn',
      build: {
        outDir: built,
        emptyOutDir: false,
        copyPublicDir: false,
        chunkSizeWarningLimit: 8000,
        rolldownOptions: {
          input: fileURLToPath(new URL('../../client/admin/main.ts', import.meta.url)),
          output: { entryFileNames: EDITOR_SCRIPT, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'chunks/[name]-[hash][extname]' },
        },
      },
    });
    // The project files the bundle was made of (packages are covered by the lock file's hash).
    const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; moduleIds?: string[] }[] }[];
    const files = [...new Set(outputs.flatMap((o) => o.output.flatMap((chunk) => chunk.moduleIds ?? [])))]
      .map((id) => id.replace(/[?#].*$/, ''))
      .filter((id) => path.isAbsolute(id) && id.startsWith(root) && !id.includes(`${path.sep}node_modules${path.sep}`))
      .map((id) => path.relative(root, id));
    writeFileSync(manifestFile, JSON.stringify({ key, files: Object.fromEntries(files.map((f) => [f, hashOf(f)])) } satisfies Manifest));
  }
  cpSync(built, outDir, { recursive: true });
  return fresh;
}
