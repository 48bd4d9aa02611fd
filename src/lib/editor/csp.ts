/**
 * The Content-Security-Policy of the editor page. Everything is loaded from the
 * site itself; the only other origins are the git host's API and its sign-in
 * address, and only when they are configured. The local backend of
 * `npm run edit` is reached through the site's own origin.
 *
 * Decap CMS needs two allowances, both kept as narrow as the CMS permits:
 * - `style-src 'unsafe-inline'`: its components are styled with Emotion, which
 *   writes `<style>` elements at run time, and React sets `style` attributes;
 * - `script-src 'unsafe-eval'`: it validates its configuration with Ajv, which
 *   compiles schemas with `new Function`.
 * - `connect-src blob:`: it reads its own local draft backups and media previews
 *   back through `blob:` addresses of the same page.
 * No inline script runs: the page's data is a JSON block, not a script.
 */
import type { BackendSettings } from './config.ts';

const origin = (url?: string) => (url ? new URL(url).origin : undefined);

/** The git host's origins the browser talks to: API and sign-in. */
export function hostOrigins(backend: BackendSettings): string[] {
  const api = origin(backend.apiRoot) ?? (backend.backend === 'github' ? 'https://api.github.com' : undefined);
  return [...new Set([api, origin(backend.authUrl)].filter((o): o is string => !!o))];
}

export function editorCsp(backend: BackendSettings): string {
  const hosts = hostOrigins(backend);
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...hosts],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', ...hosts],
    'frame-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'form-action': ["'self'", ...hosts],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}
