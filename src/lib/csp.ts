/**
 * The Content-Security-Policy of every site page, handed to Astro's own CSP support
 * (`security.csp` in astro.config.mjs). Astro writes it as a `<meta http-equiv>` into
 * each page and adds `script-src` and `style-src` with the hashes of the scripts and
 * styles it emits. The editor at `/admin/` has its own policy (`editor/csp.ts`).
 *
 * Everything comes from the site's own origin (`'self'`, which holds under any base
 * path); the only other origins are the video players, and only as frames, which
 * `<Video>` creates after the reader's click. docs/security.md explains each directive.
 */
import { VIDEO_ORIGINS } from './video.ts';

/** The directives besides `script-src` and `style-src`, in the order they are written. */
export const SITE_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${VIDEO_ORIGINS.join(' ')}`,
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Sources of scripts: the site's own files only. `'wasm-unsafe-eval'` lets Pagefind
 * compile its WebAssembly search engine; it allows no JavaScript `eval`.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources of stylesheets: the site's own files only (Astro adds the hashes of what it inlines). */
export const STYLE_SOURCES = ["'self'"] as const;

/** The `security.csp` option of astro.config.mjs. */
export function siteCsp() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...SITE_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/**
 * `frame-ancestors` works only in an HTTP header, never in a `<meta>` tag: which pages
 * may show the site in a frame. Only the site itself.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/**
 * The value of the `Content-Security-Policy` HTTP header a web server should send with
 * every site page (not with `/admin/`, which carries its own policy). It is the policy of
 * the `<meta>` tag without Astro's hashes, which the site does not need (nothing is
 * inlined), plus what only a header can say. Both are obeyed together.
 */
export function siteCspHeader(): string {
  return [...SITE_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join('; ');
}
