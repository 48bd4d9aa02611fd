/**
 * `npm run edit`: the dev server together with Decap's local backend, so the
 * editor at <http://localhost:4321/admin/> writes entries straight into this clone.
 *
 * - decap-server (a devDependency, never part of the built site) listens on
 *   127.0.0.1 only, on a free port, in its file-system mode: it writes files and
 *   never runs git; you commit and open the pull request as usual.
 * - The dev server forwards `<base>admin/api/v1` to it (src/integrations/editor/),
 *   so the editor page talks only to its own origin.
 *
 * Flags after `--` go to `astro dev`, e.g. `npm run edit -- --port 5000`.
 * Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig, siteConfig } from '../site.config.ts';
import { freePort } from './lib/free-port.ts';

const root = path.resolve(import.meta.dirname, '..');

async function waitForBackend(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped (exit ${child.exitCode})`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error('decap-server did not answer within 15 seconds');
}

async function main(): Promise<number> {
  // The dev server below runs with EDITOR_LOCAL_BACKEND set, which switches the editor on unless EDITOR_ENABLED=false.
  if (!loadConfig({ ...process.env, EDITOR_LOCAL_BACKEND: 'http://127.0.0.1:1' }).editor) {
    console.error('npm run edit: the editor is switched off (EDITOR_ENABLED=false); unset it to edit in the browser.');
    return 2;
  }
  const backendPort = await freePort();
  const backend = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    // Set explicitly, so a project `.env` (which decap-server also reads) cannot widen them.
    env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const children: ChildProcess[] = [backend];
  const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await waitForBackend(backendPort, backend);
  } catch (error) {
    stop();
    console.error(`npm run edit: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Editor backend (decap-server) on 127.0.0.1:${backendPort}, writing into ${root}`);
  const args = process.argv.slice(2);
  // `--port 5000` or `--port=5000`, as astro dev takes it.
  const port = args.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? (args.includes('--port') ? args[args.indexOf('--port') + 1] : undefined) ?? '4321';
  console.log(`Open the editor at http://localhost:${port}${siteConfig.base}admin/ once the dev server is ready, and press Login.`);

  const dev = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITOR_LOCAL_BACKEND: `http://127.0.0.1:${backendPort}` },
    stdio: 'inherit',
  });
  children.push(dev);
  const code = await Promise.race(children.map((c) => new Promise<number>((resolve) => c.once('exit', (n) => resolve(n ?? 0)))));
  stop();
  return code;
}

process.exitCode = await main();
