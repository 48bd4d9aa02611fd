/**
 * Debian's Apache httpd for browser tests: started unprivileged-style with a
 * configuration of its own in a temporary folder, on a free loopback port, serving a
 * built site under its base path with the site's own `.htaccess` files in force
 * (AllowOverride FileInfo Indexes), as an intranet's Apache would. `stop()` ends it
 * and removes the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';

const MODULES = '/usr/lib/apache2/modules';
/** The modules a static site needs, no more: the event MPM, access control, index files, types, aliases, headers. */
const LOAD = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'headers'];

export function apacheConfig({ root, base, port, prefix, asRoot }: { root: string; base: string; port: number; prefix: string; asRoot: boolean }): string {
  const dir = path.resolve(root);
  return `ServerRoot "${prefix}"
DefaultRuntimeDir "${prefix}"
PidFile "${prefix}/httpd.pid"
Mutex file:${prefix}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
${LOAD.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
${asRoot ? 'User nobody\nGroup nogroup\n' : ''}ErrorLog "${prefix}/error.log"
LogLevel warn
TypesConfig /etc/mime.types
DocumentRoot "${prefix}/www"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory "${prefix}/www">
  Require all granted
</Directory>
Alias "${base}" "${dir}/"
<Directory "${dir}">
  Options None
  AllowOverride FileInfo Indexes
  Require all granted
</Directory>
`;
}

export type RunningApache = { origin: string; stop: () => Promise<void> };

/** Starts Apache httpd for `root` (a built site) under `base` (e.g. `/kb/`). */
export async function startApache(root: string, base: string, httpd = '/usr/sbin/apache2'): Promise<RunningApache> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'trend-apache-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await chmod(prefix, 0o755);
    await mkdir(path.join(prefix, 'www'));
    const asRoot = process.getuid?.() === 0;
    await writeFile(path.join(prefix, 'httpd.conf'), apacheConfig({ root, base, port, prefix, asRoot }));
    let output = '';
    // -X: one process in the foreground, no detaching, so the test owns it.
    child = spawn(httpd, ['-X', '-f', path.join(prefix, 'httpd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      child!.once('spawn', resolve);
      child!.once('error', (e) => reject(new Error(`could not start ${httpd}: ${e.message} (install it with \`apt-get install -y apache2\`)`)));
    });
    const log = async () => `${output}${await readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '')}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`apache2 stopped at start (exit ${child.exitCode}):\n${await log()}`);
      const up = await fetch(`http://127.0.0.1:${port}/`).then(async (r) => (await r.body?.cancel(), true), () => false);
      if (up) break;
      if (i > 100) throw new Error(`apache2 did not answer on port ${port}:\n${await log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { origin: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
