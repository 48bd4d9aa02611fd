/**
 * The web-server files a build ships next to its pages, written for its base path:
 *
 * - `web.config` for IIS: IIS answers 404 for every file type it does not know, and
 *   Pagefind's index is `.pagefind`, `.pf_meta`, `.pf_index`, `.pf_fragment` and
 *   `.pf_filter` files plus WebAssembly; older IIS versions know neither `.wasm` nor
 *   `.webp`. Also `index.html` for folders, the 404 page and a year's cache for `_astro/`.
 * - `.htaccess` for Apache httpd (read where the folder has `AllowOverride FileInfo Indexes`):
 *   the same types, `index.html`, the 404 page; `_astro/.htaccess` the cache header.
 *
 * Both also send the site's Content-Security-Policy header (src/lib/csp.ts, docs/security.md),
 * and for `/admin/` only `frame-ancestors 'self'` (the editor page carries its own policy,
 * which the site's would narrow). The `web.config` says so whether or not the build has the
 * editor, so it is the same file either way; `admin/.htaccess` exists only with the editor.
 * A UI language under its own prefix (`/kb/en/`) has its own page not found (`/kb/en/404/`).
 *
 * They are generated, not kept in `public/`, because the 404 page's address includes the
 * base path. nginx takes no file from the site folder; its configuration is in docs/deploy.md.
 */
import { HEADER_ONLY_DIRECTIVES, siteCspHeader } from './csp.ts';

/** The header `/admin/` gets instead of the site's policy. */
const ADMIN_CSP = HEADER_ONLY_DIRECTIVES.join('; ');

/** File types a server must know to serve a build: Pagefind's index and what older servers lack. */
export const SERVED_TYPES: readonly { extension: string; type: string }[] = [
  { extension: '.pagefind', type: 'application/octet-stream' },
  { extension: '.pf_meta', type: 'application/octet-stream' },
  { extension: '.pf_index', type: 'application/octet-stream' },
  { extension: '.pf_fragment', type: 'application/octet-stream' },
  { extension: '.pf_filter', type: 'application/octet-stream' },
  { extension: '.wasm', type: 'application/wasm' },
  { extension: '.webp', type: 'image/webp' },
  { extension: '.avif', type: 'image/avif' },
  { extension: '.json', type: 'application/json' },
  { extension: '.xml', type: 'application/xml' },
  { extension: '.svg', type: 'image/svg+xml' },
];

/** Hashed assets (`_astro/`) never change under their name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function normalise(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** IIS: `web.config` in the folder IIS serves as the base path. */
export function iisWebConfig(base: string, { prefixes = [] }: { prefixes?: readonly string[] } = {}): string {
  const b = normalise(base);
  const notFound = prefixes.map((prefix) => `
  <location path="${xml(prefix)}">
    <system.webServer>
      <httpErrors errorMode="Custom" existingResponse="Replace">
        <remove statusCode="404" />
        <error statusCode="404" path="${xml(b)}${xml(prefix)}/404/" responseMode="ExecuteURL" />
      </httpErrors>
    </system.webServer>
  </location>`).join('');
  const types = SERVED_TYPES.map((t) => `      <remove fileExtension="${t.extension}" />\n      <mimeMap fileExtension="${t.extension}" mimeType="${t.type}" />`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Written by the build for the base path ${b}: put the build's folder where IIS serves ${b}. -->
<configuration>
  <system.webServer>
    <staticContent>
${types}
    </staticContent>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${xml(b)}404.html" responseMode="ExecuteURL" />
    </httpErrors>
    <httpProtocol>
      <customHeaders>
        <remove name="Content-Security-Policy" />
        <add name="Content-Security-Policy" value="${xml(siteCspHeader())}" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>${notFound}
  <location path="admin">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <remove name="Content-Security-Policy" />
          <add name="Content-Security-Policy" value="${xml(ADMIN_CSP)}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
  <location path="_astro">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

/** Apache httpd: `.htaccess` in the folder Apache serves as the base path. */
export function apacheHtaccess(base: string): string {
  const b = normalise(base);
  const byType = new Map<string, string[]>();
  for (const t of SERVED_TYPES) byType.set(t.type, [...(byType.get(t.type) ?? []), t.extension]);
  return `# Written by the build for the base path ${b}: Apache reads it where the folder has
# "AllowOverride FileInfo Indexes" (or All). _astro/.htaccess sets the cache header.
DirectoryIndex index.html
ErrorDocument 404 ${b}404.html
${[...byType].map(([type, extensions]) => `AddType ${type} ${extensions.join(' ')}`).join('\n')}
<IfModule mod_headers.c>
  Header always set Content-Security-Policy "${siteCspHeader()}"
</IfModule>
`;
}

/** Apache httpd: `admin/.htaccess`, the editor's page keeps its own policy (only frame-ancestors added). */
export function apacheAdminHtaccess(): string {
  return `# The editor page carries its own Content-Security-Policy; the site's would narrow it.
<IfModule mod_headers.c>
  Header always set Content-Security-Policy "${ADMIN_CSP}"
</IfModule>
`;
}

/** Apache httpd: `_astro/.htaccess`, a year's cache for hashed assets (needs mod_headers). */
export function apacheAssetsHtaccess(): string {
  return `# Hashed assets never change under their name.
<IfModule mod_headers.c>
  Header set Cache-Control "${IMMUTABLE_CACHE}"
</IfModule>
`;
}

/** Apache httpd: `<prefix>/.htaccess`, the page not found of a UI language under its own prefix. */
export function apacheLocaleHtaccess(base: string, prefix: string): string {
  return `# The ${prefix} UI's own page not found.
ErrorDocument 404 ${normalise(base)}${prefix}/404/
`;
}

/**
 * Every server file of a build, by its path inside the build's folder. `prefixes` are the
 * UI languages under their own prefix (`en` of SITE_LOCALES=de,en); `editor`: the build has /admin/.
 */
export function serverFiles(base: string, { editor = false, prefixes = [] }: { editor?: boolean; prefixes?: readonly string[] } = {}): Record<string, string> {
  return {
    'web.config': iisWebConfig(base, { prefixes }),
    ...Object.fromEntries(prefixes.map((prefix) => [`${prefix}/.htaccess`, apacheLocaleHtaccess(base, prefix)])),
    '.htaccess': apacheHtaccess(base),
    '_astro/.htaccess': apacheAssetsHtaccess(),
    ...(editor ? { 'admin/.htaccess': apacheAdminHtaccess() } : {}),
  };
}
