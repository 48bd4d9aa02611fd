import { describe, expect, it } from 'vitest';
import { editorConfig, type BackendSettings, type EditorField } from '../../../src/lib/editor/config.ts';
import { editorCsp, hostOrigins } from '../../../src/lib/editor/csp.ts';
import { jsonForHtml } from '../../../src/lib/editor/page-data.ts';
import { ENTRY_FIELDS } from '../../../src/lib/field-reference.ts';
import { loadConfig } from '../../../site.config.ts';
import { input } from './input.ts';

const entries = (over = {}) => (editorConfig(input(over)).collections[0] as { fields: EditorField[] }).fields;
const field = (name: string, over = {}) => entries(over).find((f) => f.name === name)!;

describe('editor configuration from the schemas', () => {
  it('stores days as YYYY-MM-DD without a time', () => {
    expect(field('published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true, default: '{{now}}' });
    expect(field('updated')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false });
  });
  it('starts new entries as drafts', () => {
    expect(field('draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(field('featured')).toMatchObject({ widget: 'boolean', default: false });
  });
  it('offers the real tag and goal ids as selects and mentors and entries as relations', () => {
    expect(field('tags')).toMatchObject({ widget: 'select', multiple: true, min: 1, max: 6, options: [{ value: 'messenger', label: 'Messenger (messenger)' }, { value: 'privacy', label: 'Datenschutz (privacy)' }] });
    expect(field('goals')).toMatchObject({ widget: 'select', multiple: true, options: [{ value: 'recruiting', label: 'Recruiting (recruiting)' }] });
    expect(field('mentors')).toMatchObject({ widget: 'relation', collection: 'mentors', value_field: '{{slug}}', multiple: true, min: 1 });
    expect(field('related')).toMatchObject({ widget: 'relation', collection: 'entries', multiple: true });
  });
  it('labels fixed values in the site language and texts by length', () => {
    expect(field('kind').options).toEqual([{ value: 'app', label: 'label:kind.app' }, { value: 'trend', label: 'label:kind.trend' }, { value: 'value', label: 'label:kind.value' }]);
    expect(field('title')).toMatchObject({ widget: 'string', label: 'Titel' });
    expect(field('summary')).toMatchObject({ widget: 'text', label: 'Zusammenfassung' });
    expect(field('title', { locale: 'en' }).label).toBe('Title');
  });
  it('takes help texts from the field reference that writes CONTRIBUTING.md', () => {
    expect(field('tags').hint).toBe(ENTRY_FIELDS.tags!.de.replace(/`/g, ''));
    expect(field('title').hint).toMatch(/\(3–90 Zeichen\)$/);
    expect(field('tags', { locale: 'en' }).hint).toBe(ENTRY_FIELDS.tags!.en.replace(/`/g, ''));
  });
  it('writes the body with the MDX field and entries with our own format', () => {
    const c = editorConfig(input()).collections[0]!;
    expect(c).toMatchObject({ folder: 'content/entries', extension: 'mdx', format: 'trend-library-entry', slug: '{{fields._slug}}', preview_path: 'kb/entries/{{slug}}/' });
    expect(field('body')).toMatchObject({ widget: 'mdx' });
  });
  it('configures each git host for the editorial workflow', () => {
    const of = (backend: Partial<BackendSettings>) => editorConfig(input({ backend: { backend: 'github', repo: 'comms/library', branch: 'main', ...backend } })).backend;
    expect(editorConfig(input()).publish_mode).toBe('editorial_workflow');
    // npm run edit without a host: Decap's proxy backend, whose address the page fills in; no host, no sign-in.
    expect(of({ backend: 'local' })).toEqual({ name: 'proxy', proxy_url: '' });
    expect(of({ backend: 'github', authUrl: 'https://relay.example.com' })).toEqual({ name: 'github', repo: 'comms/library', branch: 'main', base_url: 'https://relay.example.com', auth_endpoint: 'auth' });
    expect(of({ backend: 'gitlab', apiRoot: 'https://git.example.com/api/v4', authUrl: 'https://git.example.com', appId: 'abc' })).toEqual({
      name: 'gitlab', repo: 'comms/library', branch: 'main', auth_type: 'pkce', app_id: 'abc', api_root: 'https://git.example.com/api/v4', base_url: 'https://git.example.com', auth_endpoint: 'oauth/authorize',
    });
    expect(of({ backend: 'forgejo', apiRoot: 'https://code.example.com/api/v1', authUrl: 'https://code.example.com', appId: 'id' })).toMatchObject({ name: 'forgejo', app_id: 'id', api_root: 'https://code.example.com/api/v1' });
  });
});

describe('editor Content-Security-Policy', () => {
  it('allows only the site itself and the configured git host', () => {
    const csp = editorCsp({ backend: 'gitlab', repo: 'a/b', branch: 'main', apiRoot: 'https://git.example.com/api/v4', authUrl: 'https://git.example.com' });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'unsafe-eval';");
    expect(csp).toContain("connect-src 'self' blob: https://git.example.com;");
    expect(csp).not.toContain('unsafe-inline\'; connect');
    expect(hostOrigins({ backend: 'github', repo: 'a/b', branch: 'main' })).toEqual(['https://api.github.com']);
    expect(hostOrigins({ backend: 'github', repo: 'a/b', branch: 'main', apiRoot: 'https://ghe.example.com/api/v3', authUrl: 'https://relay.example.com' })).toEqual(['https://ghe.example.com', 'https://relay.example.com']);
  });
  it('puts the page data into HTML without a way to close the script block', () => {
    expect(jsonForHtml({ t: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonForHtml({ t: '</script>' }))).toEqual({ t: '</script>' });
  });
});

describe('editor settings in site.config.ts', () => {
  it('is off without editor settings: no /admin/ in the build', () => {
    expect(loadConfig({}).editor).toBeUndefined();
    expect(loadConfig({ REPO_URL: 'https://git.example.com/comms/trend-library', REPO_HOST: 'gitlab' }).editor).toBeUndefined();
  });
  it('is on once a host is configured, with the repository and branch of REPO_URL', () => {
    expect(loadConfig({ REPO_URL: 'https://github.com/comms/trend-library', REPO_BRANCH: 'live', EDITOR_AUTH_URL: 'https://relay.example.com' }).editor)
      .toEqual({ backend: 'github', repo: 'comms/trend-library', branch: 'live', apiRoot: undefined, authUrl: 'https://relay.example.com', appId: undefined });
  });
  it('takes the API and sign-in of a self-hosted GitLab, Gitea or GitHub Enterprise from REPO_URL', () => {
    expect(loadConfig({ REPO_URL: 'https://git.example.com/comms/trend-library', REPO_HOST: 'gitlab', EDITOR_APP_ID: 'abc' }).editor)
      .toEqual({ backend: 'gitlab', repo: 'comms/trend-library', branch: 'main', apiRoot: 'https://git.example.com/api/v4', authUrl: 'https://git.example.com', appId: 'abc' });
    expect(loadConfig({ REPO_URL: 'https://code.example.com/comms/trend-library', EDITOR_BACKEND: 'forgejo', EDITOR_APP_ID: 'id' }).editor)
      .toMatchObject({ backend: 'forgejo', apiRoot: 'https://code.example.com/api/v1', authUrl: 'https://code.example.com' });
    expect(loadConfig({ REPO_URL: 'https://ghe.example.com/comms/trend-library', REPO_HOST: 'github', EDITOR_AUTH_URL: 'https://relay.example.com' }).editor)
      .toMatchObject({ backend: 'github', apiRoot: 'https://ghe.example.com/api/v3', authUrl: 'https://relay.example.com' });
  });
  it('is left out with EDITOR_ENABLED=false, whatever else is set', () => {
    expect(loadConfig({ EDITOR_ENABLED: 'false', EDITOR_AUTH_URL: 'https://relay.example.com' }).editor).toBeUndefined();
  });
  it('is local only under npm run edit without host settings: nothing to sign in to', () => {
    expect(loadConfig({ EDITOR_LOCAL_BACKEND: 'http://127.0.0.1:8081' }).editor).toEqual({ backend: 'local', repo: 'example-company/trend-library', branch: 'main', localBackend: 'http://127.0.0.1:8081' });
    expect(loadConfig({ EDITOR_LOCAL_BACKEND: 'http://127.0.0.1:8081', EDITOR_ENABLED: 'false' }).editor).toBeUndefined();
  });
  it('refuses to sign in through Decap\'s default service (GitHub without EDITOR_AUTH_URL)', () => {
    expect(() => loadConfig({ EDITOR_ENABLED: 'true' })).toThrow(
      "EDITOR_AUTH_URL: not set, so the editor would sign in through Decap's default service at https://api.netlify.com, another company's server; expected the origin of your own OAuth relay such as https://relay.example.com (see docs/deploy.md), or EDITOR_ENABLED=false",
    );
    expect(() => loadConfig({ EDITOR_BACKEND: 'github', EDITOR_API_ROOT: 'https://ghe.example.com/api/v3' })).toThrow(/EDITOR_AUTH_URL: not set/);
  });
  it('needs the OAuth application id on GitLab, Gitea and Forgejo', () => {
    expect(() => loadConfig({ REPO_URL: 'https://git.example.com/a/b', EDITOR_BACKEND: 'gitlab' })).toThrow(
      "EDITOR_APP_ID: not set; GitLab's sign-in needs the client id of an OAuth application registered on https://git.example.com (see docs/deploy.md), or EDITOR_ENABLED=false",
    );
  });
  it.each(['https://relay.example.com/auth', 'https://relay.example.com/?x=1', 'https://relay.example.com/#top'])('refuses EDITOR_AUTH_URL %s: not a bare origin', (value) => {
    expect(() => loadConfig({ EDITOR_AUTH_URL: value })).toThrow(/EDITOR_AUTH_URL: expected a bare origin \(scheme, host and port, no path, query or fragment\) such as https:\/\/relay\.example\.com, found "/);
  });
  it('accepts an origin with a port or a trailing slash', () => {
    expect(loadConfig({ EDITOR_AUTH_URL: 'https://relay.example.com:8443/' }).editor?.authUrl).toBe('https://relay.example.com:8443');
  });
  it('names each bad editor variable with what was found', () => {
    expect(() => loadConfig({ EDITOR_ENABLED: 'off', EDITOR_BACKEND: 'bitbucket', EDITOR_API_ROOT: 'git.example.com', EDITOR_REPO: 'library' })).toThrow(
      /EDITOR_ENABLED: expected true or false, found "off"[\s\S]*EDITOR_BACKEND: expected one of github, gitlab, gitea, forgejo, found "bitbucket"[\s\S]*EDITOR_REPO: expected owner\/name[\s\S]*EDITOR_API_ROOT: expected an absolute http\(s\) URL/,
    );
  });
});
