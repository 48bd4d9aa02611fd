/**
 * Links into the content repository, for mentors: "edit this entry" opens the host's
 * web editor on the entry's file, "propose a new entry" its new-file form with a name
 * and a template filled in. Each host documents its own layout:
 *
 * - GitHub (and GitHub Enterprise): `/edit/<branch>/<path>`, `/new/<branch>/<folder>?filename=&value=`
 * - GitLab: `/-/edit/<branch>/<path>`, `/-/new/<branch>/<folder>?file_name=&content=`
 * - Gitea and Forgejo: `/_edit/<branch>/<path>`, `/_new/<branch>/<folder>?filename=&value=`
 *   (Gitea's "Pre-Fill New File name and contents", which Forgejo keeps)
 */
export type RepoHost = 'github' | 'gitlab' | 'gitea' | 'forgejo';
export type Repo = { url: string; branch: string; host: RepoHost };

type Layout = { edit: string; create: string; name: string; content: string };

const LAYOUTS: Readonly<Record<RepoHost, Layout>> = {
  github: { edit: 'edit', create: 'new', name: 'filename', content: 'value' },
  gitlab: { edit: '-/edit', create: '-/new', name: 'file_name', content: 'content' },
  gitea: { edit: '_edit', create: '_new', name: 'filename', content: 'value' },
  forgejo: { edit: '_edit', create: '_new', name: 'filename', content: 'value' },
};

/** Path segments as a URL path: each segment encoded, the slashes kept. */
const segments = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** "Edit this entry": the host's web editor for the entry's file. */
export function editUrl(repo: Repo, file: string): string {
  const layout = LAYOUTS[repo.host];
  return `${repo.url}/${layout.edit}/${segments(repo.branch)}/${segments(file)}`;
}

/** "Propose a new entry": the host's new-file form with a name and a template filled in. */
export function newFileUrl(repo: Repo, folder: string, filename: string, template: string): string {
  const layout = LAYOUTS[repo.host];
  const params = new URLSearchParams({ [layout.name]: filename, [layout.content]: template });
  return `${repo.url}/${layout.create}/${segments(repo.branch)}/${segments(folder)}?${params.toString()}`;
}
