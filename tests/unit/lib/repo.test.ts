/**
 * "Edit this entry" and "propose a new entry" on every supported host, against the
 * layout each host documents for its web editor:
 * - GitHub: /<owner>/<repo>/edit/<branch>/<path>, /new/<branch>/<folder>?filename=&value=
 * - GitLab: /<group>/<project>/-/edit/<branch>/<path>, /-/new/<branch>/<folder>?file_name=&content=
 * - Gitea, Forgejo: /<owner>/<repo>/_edit/<branch>/<path>, /_new/<branch>/<folder>?filename=&value=
 *   (docs.gitea.com, "Pre-Fill New File name and contents")
 */
import { describe, expect, it } from 'vitest';
import { editUrl, newFileUrl, type RepoHost } from '../../../src/lib/repo.ts';
import { loadConfig } from '../../../site.config.ts';

const TEMPLATE = '---\ntitle: "Neu & frisch"\n---\n\n## Was ist das?\n';

describe.each<[RepoHost, string, string, string, [string, string]]>([
  ['github', 'https://github.com/acme/trends', 'https://github.com/acme/trends/edit/main/content/entries/tiktok.mdx', '/acme/trends/new/main/content/entries', ['filename', 'value']],
  ['github', 'https://ghe.example.com/comms/trends', 'https://ghe.example.com/comms/trends/edit/main/content/entries/tiktok.mdx', '/comms/trends/new/main/content/entries', ['filename', 'value']],
  ['gitlab', 'https://git.example.com/comms/web/trends', 'https://git.example.com/comms/web/trends/-/edit/main/content/entries/tiktok.mdx', '/comms/web/trends/-/new/main/content/entries', ['file_name', 'content']],
  ['gitea', 'https://code.example.com/comms/trends', 'https://code.example.com/comms/trends/_edit/main/content/entries/tiktok.mdx', '/comms/trends/_new/main/content/entries', ['filename', 'value']],
  ['forgejo', 'https://codeberg.org/comms/trends', 'https://codeberg.org/comms/trends/_edit/main/content/entries/tiktok.mdx', '/comms/trends/_new/main/content/entries', ['filename', 'value']],
])('links on %s (%s)', (host, url, edit, newPath, [nameParam, contentParam]) => {
  const repo = { url, branch: 'main', host };

  it('opens the web editor on the entry file', () => {
    expect(editUrl(repo, 'content/entries/tiktok.mdx')).toBe(edit);
  });

  it('opens the new-file form in the entries folder with the name and the template filled in', () => {
    const link = new URL(newFileUrl(repo, 'content/entries', 'neuer-eintrag.mdx', TEMPLATE));
    expect(link.origin + link.pathname).toBe(new URL(url).origin + newPath);
    expect([...link.searchParams.keys()]).toEqual([nameParam, contentParam]);
    expect(link.searchParams.get(nameParam)).toBe('neuer-eintrag.mdx');
    expect(link.searchParams.get(contentParam)).toBe(TEMPLATE);
  });
});

describe('branch names and file names in links', () => {
  it('keeps the slashes of a branch such as release/2027 and encodes what a path cannot hold', () => {
    const repo = { url: 'https://git.example.com/comms/trends', branch: 'release/2027', host: 'gitlab' as const };
    expect(editUrl(repo, 'content/entries/café #1.mdx')).toBe('https://git.example.com/comms/trends/-/edit/release/2027/content/entries/caf%C3%A9%20%231.mdx');
  });
});

describe('which host the links follow (REPO_HOST)', () => {
  it('is read from the public hosts\' names', () => {
    expect(loadConfig({ REPO_URL: 'https://github.com/a/b' }).repoHost).toBe('github');
    expect(loadConfig({ REPO_URL: 'https://gitlab.com/a/b' }).repoHost).toBe('gitlab');
    expect(loadConfig({ REPO_URL: 'https://gitea.com/a/b' }).repoHost).toBe('gitea');
    expect(loadConfig({ REPO_URL: 'https://codeberg.org/a/b' }).repoHost).toBe('forgejo');
  });
  it('is REPO_HOST, or the editor\'s EDITOR_BACKEND, for a host of the company\'s own', () => {
    expect(loadConfig({ REPO_URL: 'https://git.example.com/a/b', REPO_HOST: 'gitlab' }).repoHost).toBe('gitlab');
    expect(loadConfig({ REPO_URL: 'https://git.example.com/a/b', EDITOR_BACKEND: 'gitea', EDITOR_APP_ID: 'x' }).repoHost).toBe('gitea');
  });
  it('is never guessed: an unknown host without REPO_HOST stops with a message', () => {
    expect(() => loadConfig({ REPO_URL: 'https://git.example.com/a/b' })).toThrow(
      'REPO_HOST: not set, and REPO_URL\'s host git.example.com does not tell which kind of git host it is; expected one of github, gitlab, gitea, forgejo (github also for GitHub Enterprise)',
    );
    expect(() => loadConfig({ REPO_HOST: 'bitbucket' })).toThrow('REPO_HOST: expected one of github, gitlab, gitea, forgejo, found "bitbucket"');
  });
  it('refuses an editor backend that contradicts REPO_HOST', () => {
    expect(() => loadConfig({ REPO_HOST: 'gitlab', EDITOR_BACKEND: 'gitea', REPO_URL: 'https://git.example.com/a/b' })).toThrow(/EDITOR_BACKEND: gitea differs from REPO_HOST gitlab/);
  });
});
