/**
 * A real web server for a while: a temporary folder of its own (configuration, pid,
 * logs), a free loopback port, the server in the foreground as our child process,
 * ready once it answers on the port. `stop()` ends it and removes the folder, whatever
 * happened in between; a server that does not come up is stopped and its output named.
 * Used by the audit's nginx (`scripts/audit/nginx.ts`) and the tests' Apache httpd
 * (`tests/support/apache.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

export type RunningServer = { origin: string; stop: () => Promise<void> };

export type WebServer = {
  /** Its name in messages, e.g. `nginx`. */
  name: string;
  /** The program, e.g. `/usr/sbin/nginx`. */
  binary: string;
  /** The Debian package that installs it, for the message when it cannot start. */
  aptPackage: string;
  /** Start of the temporary folder's name, e.g. `trend-audit-nginx-`. */
  folder: string;
  /** The signal that ends it gracefully. */
  stopSignal: NodeJS.Signals;
  /**
   * Writes the configuration into `prefix` (already readable by unprivileged workers)
   * for `port`, and returns the arguments to start `binary` with, in the foreground.
   */
  configure: (prefix: string, port: number) => Promise<string[]>;
  /** The server's own error log inside `prefix`, added to the message when it fails. */
  errorLog?: string;
};

export async function startWebServer(server: WebServer): Promise<RunningServer> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), server.folder));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill(server.stopSignal);
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    // The servers' workers may run as an unprivileged user: they must be able to enter the folder.
    await chmod(prefix, 0o755);
    const args = await server.configure(prefix, port);
    let output = '';
    child = spawn(server.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      child!.once('spawn', resolve);
      child!.once('error', (e) => reject(new Error(`could not start ${server.binary}: ${e.message} (install it with \`apt-get install -y ${server.aptPackage}\`)`)));
    });
    const log = async () => `${output}${server.errorLog ? await readFile(path.join(prefix, server.errorLog), 'utf8').catch(() => '') : ''}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`${server.name} stopped at start (exit ${child.exitCode}):\n${await log()}`);
      const up = await fetch(`http://127.0.0.1:${port}/`).then(async (r) => (await r.body?.cancel(), true), () => false);
      if (up) break;
      if (i > 100) throw new Error(`${server.name} did not answer on port ${port}:\n${await log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { origin: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
