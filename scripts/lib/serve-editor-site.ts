/**
 * A built site served under its base path on a free loopback port, with the browser
 * editor's local-backend address (`<base>admin/api/v1`) forwarded to a running
 * decap-server, as `npm run edit` sets it up. Used by the editor's browser tests and by
 * the script that takes the editor guide's screenshots.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import path from 'node:path';
import { LOCAL_BACKEND_PATH } from '../../src/lib/editor/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};

export interface ServedSite {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` under `base`; without `backendPort` the editor's API address answers 404. */
export async function serveEditorSite(root: string, base: string, backendPort?: number): Promise<ServedSite> {
  const api = `${base}${LOCAL_BACKEND_PATH}`;
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === api && backendPort) {
      const forward = request({ host: '127.0.0.1', port: backendPort, path: '/api/v1', method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => { res.writeHead(502); res.end(); });
      req.pipe(forward);
      return;
    }
    let file = path.join(root, pathname.slice(base.length));
    try {
      if (!pathname.startsWith(base) || !file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
