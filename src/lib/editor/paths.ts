/** Addresses of the editor below `<base>admin/`, shared by the page, its build and `npm run edit`. */

/** The editor bundle's entry file (built by src/integrations/editor/). */
export const EDITOR_SCRIPT = 'editor.js';

/**
 * Where the editor looks for Decap's local backend. `npm run edit` forwards it to
 * decap-server; the trailing slash keeps it clear of the dev server's
 * trailing-slash redirect, which runs before the forwarding.
 */
export const LOCAL_BACKEND_PATH = 'admin/api/v1/';
