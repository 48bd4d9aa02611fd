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
 * Under `npm run edit` (scripts/edit.ts) the dev server also forwards
 * `<base>admin/api/v1/` to Decap's local backend, so the editor reaches it on the
 * site's own origin and its Content-Security-Policy stays `connect-src 'self'`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own Vite (a dependency of astro), for the separate editor bundle.
import { build } from 'vite';
import { siteConfig } from '../../../site.config.ts';
import { EDITOR_SCRIPT, LOCAL_BACKEND_PATH } from '../../lib/editor/paths.ts';

export default function editor(): AstroIntegration {
  let root = '';
  return {
    name: 'trend-library-editor',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig, command, config }) => {
        if (!siteConfig.editor) return;
        root = fileURLToPath(config.root);
        injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url), prerender: true });
        const target = process.env.EDITOR_LOCAL_BACKEND;
        if (command === 'dev' && target) {
          const path = `${siteConfig.base}${LOCAL_BACKEND_PATH}`;
          updateConfig({ vite: { server: { proxy: { [path]: { target, changeOrigin: true, rewrite: () => '/api/v1' } } } } });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!siteConfig.editor) return;
        const started = performance.now();
        const outDir = fileURLToPath(new URL('admin/', dir));
        await build({
          configFile: false,
          root,
          base: `${siteConfig.base}admin/`,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            chunkSizeWarningLimit: 8000,
            rolldownOptions: {
              input: fileURLToPath(new URL('../../client/admin/main.ts', import.meta.url)),
              output: { entryFileNames: EDITOR_SCRIPT, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'chunks/[name]-[hash][extname]' },
            },
          },
        });
        logger.info(`admin/${EDITOR_SCRIPT} bundled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
