/** Links into the content repository (GitHub URL layout), for mentors. */
export type Repo = { url: string; branch: string };

/** "Edit this entry": the web editor for the entry's file. */
export function editUrl(repo: Repo, file: string): string {
  return `${repo.url}/edit/${repo.branch}/${file.replace(/^\/+/, '')}`;
}

/** "Propose a new entry": the web editor's new-file form with a name and a template filled in. */
export function newFileUrl(repo: Repo, folder: string, filename: string, template: string): string {
  const params = new URLSearchParams({ filename, value: template });
  return `${repo.url}/new/${repo.branch}/${folder.replace(/^\/+|\/+$/g, '')}?${params.toString()}`;
}
