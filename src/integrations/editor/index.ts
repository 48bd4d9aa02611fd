/**
 * The browser editor at `/admin/` (Decap CMS), added to the site only when the
 * `EDITOR_ENABLED` setting is on: with `EDITOR_ENABLED=false` the route is never created, so the
 * build has no `/admin/` and no editor code at all.
 *
 * Under `npm run edit` (scripts/edit.ts) the dev server also forwards
 * `<base>admin/api/v1` to Decap's local backend, so the editor reaches it on the
 * site's own origin and its Content-Security-Policy stays `connect-src 'self'`.
 */
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../../../site.config.ts';
import { LOCAL_BACKEND_PATH } from '../../lib/editor/local-backend.ts';

export default function editor(): AstroIntegration {
  return {
    name: 'trend-library-editor',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig, command }) => {
        if (!siteConfig.editor) return;
        injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url), prerender: true });
        const target = process.env.EDITOR_LOCAL_BACKEND;
        if (command === 'dev' && target) {
          const path = `${siteConfig.base}${LOCAL_BACKEND_PATH}`;
          updateConfig({ vite: { server: { proxy: { [path]: { target, changeOrigin: true, rewrite: () => '/api/v1' } } } } });
        }
      },
    },
  };
}
