import { describe, expect, it } from 'vitest';
import { apacheHtaccess, iisWebConfig, serverFiles } from '../../../src/lib/server-files.ts';
import { siteCspHeader } from '../../../src/lib/csp.ts';

describe('web-server files for the base path', () => {
  it.each([['/kb/', '/kb/404.html'], ['/kb', '/kb/404.html'], ['/', '/404.html'], ['/intranet/kb/', '/intranet/kb/404.html']])('base %s sends 404s to %s', (base, page) => {
    expect(apacheHtaccess(base)).toContain(`ErrorDocument 404 ${page}\n`);
    expect(iisWebConfig(base)).toContain(`<error statusCode="404" path="${page}" responseMode="ExecuteURL" />`);
  });
  it('gives Apache a type for each of Pagefind\'s files and WebAssembly', () => {
    const text = apacheHtaccess('/kb/');
    expect(text).toMatch(/^AddType application\/octet-stream \.pagefind \.pf_meta \.pf_index \.pf_fragment \.pf_filter$/m);
    expect(text).toMatch(/^AddType application\/wasm \.wasm$/m);
    expect(text).toMatch(/^DirectoryIndex index\.html$/m);
  });
  it('sends the site\'s Content-Security-Policy header, and for /admin/ only frame-ancestors when the build has the editor', () => {
    expect(apacheHtaccess('/kb/')).toContain(`  Header always set Content-Security-Policy "${siteCspHeader()}"\n`);
    expect(iisWebConfig('/kb/')).toContain(`<add name="Content-Security-Policy" value="${siteCspHeader()}" />`);
    expect(iisWebConfig('/kb/')).toMatch(/<location path="admin">[\s\S]*<add name="Content-Security-Policy" value="frame-ancestors 'self'" \/>/);
    expect(serverFiles('/kb/', { editor: true })['admin/.htaccess']).toContain(`Header always set Content-Security-Policy "frame-ancestors 'self'"`);
  });
  it('gives a UI language under its own prefix its own page not found', () => {
    expect(iisWebConfig('/kb/', { prefixes: ['en'] })).toMatch(/<location path="en">[\s\S]*<error statusCode="404" path="\/kb\/en\/404\/" responseMode="ExecuteURL" \/>/);
    expect(serverFiles('/kb/', { prefixes: ['en'] })['en/.htaccess']).toContain('ErrorDocument 404 /kb/en/404/\n');
    expect(iisWebConfig('/kb/')).not.toContain('<location path="en">');
  });
  it('writes the same web.config with and without the editor', () => {
    expect(serverFiles('/kb/', { editor: true })['web.config']).toBe(serverFiles('/kb/')['web.config']);
  });
  it('is a web.config, a .htaccess and one for the hashed assets (and one for /admin/ with the editor)', () => {
    expect(Object.keys(serverFiles('/kb/'))).toEqual(['web.config', '.htaccess', '_astro/.htaccess']);
    expect(Object.keys(serverFiles('/kb/', { editor: true }))).toEqual(['web.config', '.htaccess', '_astro/.htaccess', 'admin/.htaccess']);
    expect(serverFiles('/kb/')['_astro/.htaccess']).toContain('Header set Cache-Control "public, max-age=31536000, immutable"');
  });
});
