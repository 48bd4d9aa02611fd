/**
 * Where the editor looks for Decap's local backend, below the site's base path.
 * `npm run edit` forwards it to decap-server; the trailing slash keeps it clear of
 * the dev server's trailing-slash redirect, which runs before the forwarding.
 */
export const LOCAL_BACKEND_PATH = 'admin/api/v1/';
