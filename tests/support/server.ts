/** A tiny static server for a built site under its base path, on loopback only. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.png': 'image/png',
  '.webp': 'image/webp', '.jpg': 'image/jpeg', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};

export type Served = { origin: string; url: (route: string) => string; close: () => Promise<void> };

/** `headers`: sent with every HTML page, e.g. a Content-Security-Policy as a web server would. */
export async function serve(root: string, base = '/', { headers = {} }: { headers?: Record<string, string> } = {}): Promise<Served> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, ...(type.startsWith('text/html') ? headers : {}) });
      res.end(body);
    } catch {
      notFound();
    }
    async function notFound() {
      const page = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (route) => `${origin}${base}${route.replace(/^\/+/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
