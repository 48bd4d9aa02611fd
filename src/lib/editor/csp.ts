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
import { decodeHTMLAttribute } from 'entities';
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

/** Every `<meta http-equiv="Content-Security-Policy">` tag of a page, in any letter case. */
const CSP_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * The editor page with the editor's policy only. Astro writes the site's policy
 * (`src/lib/csp.ts`) into every page it renders, this one too, and a browser obeys
 * every policy a page carries: the site's (no `eval`, no inline styles) would stop
 * Decap. Astro has no per-page opt-out, so the build removes every policy from the
 * editor page but its own. Throws when the page does not then hold exactly one, the
 * editor's: an editor without its policy is never published.
 */
export function keepEditorPolicy(html: string, policy: string): string {
  let kept = 0;
  const result = html.replace(CSP_META, (tag) => {
    const match = CONTENT.exec(tag);
    const content = decodeHTMLAttribute(match?.[1] ?? match?.[2] ?? '');
    if (content !== policy) return '';
    kept++;
    return tag;
  });
  if (kept !== 1) throw new Error(`admin/index.html: expected the editor's own Content-Security-Policy once, found it ${kept} times`);
  return result;
}
