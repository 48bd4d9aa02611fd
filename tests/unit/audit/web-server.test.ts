/**
 * The shared lifecycle of the web servers the audit and the tests start
 * (`scripts/lib/web-server.ts`), with Node itself as the server: a folder of its own,
 * a free port, ready when it answers, stopped and removed afterwards; a server that
 * fails is reported with its output and leaves nothing behind.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../scripts/lib/web-server.ts';

/** A tiny server written into the folder: answers "hello from <prefix>" on the given port. */
const node = (script: (port: number) => string, over: Partial<WebServer> = {}): { server: WebServer; prefixes: string[] } => {
  const prefixes: string[] = [];
  return {
    prefixes,
    server: {
      name: 'node', binary: process.execPath, aptPackage: 'nodejs', folder: 'trend-web-server-test-', stopSignal: 'SIGTERM', errorLog: 'error.log',
      async configure(prefix, port) {
        prefixes.push(prefix);
        await writeFile(path.join(prefix, 'server.mjs'), script(port));
        await writeFile(path.join(prefix, 'error.log'), 'from the error log\n');
        return [path.join(prefix, 'server.mjs')];
      },
      ...over,
    },
  };
};
const serving = (port: number) => `import http from 'node:http'; http.createServer((q, r) => r.end('hello ' + process.argv[1])).listen(${port}, '127.0.0.1');`;

describe('a web server started for a while', () => {
  it('runs in a folder of its own on a free loopback port, and stop() ends it and removes the folder', async () => {
    const { server, prefixes } = node(serving);
    const running = await startWebServer(server);
    expect(running.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(fetch(running.origin).then((r) => r.text())).resolves.toBe(`hello ${path.join(prefixes[0]!, 'server.mjs')}`);
    await running.stop();
    expect(existsSync(prefixes[0]!)).toBe(false);
    await expect(fetch(running.origin)).rejects.toThrow();
  });

  it('names what the server said and its error log when it stops at start, and leaves no folder', async () => {
    const { server, prefixes } = node(() => `console.error('bad configuration line 3'); process.exit(2);`);
    await expect(startWebServer(server)).rejects.toThrow(/node stopped at start \(exit 2\):\nbad configuration line 3\nfrom the error log/);
    expect(existsSync(prefixes[0]!)).toBe(false);
  });

  it('says which package installs a server that is not there', async () => {
    const { server, prefixes } = node(serving, { binary: '/no/such/httpd', aptPackage: 'apache2' });
    await expect(startWebServer(server)).rejects.toThrow('could not start /no/such/httpd: spawn /no/such/httpd ENOENT (install it with `apt-get install -y apache2`)');
    expect(existsSync(prefixes[0]!)).toBe(false);
  });
});
