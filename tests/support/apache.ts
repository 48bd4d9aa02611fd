/**
 * Debian's Apache httpd for browser tests: started unprivileged-style with a
 * configuration of its own in a temporary folder, on a free loopback port, serving a
 * built site under its base path with the site's own `.htaccess` files in force
 * (AllowOverride FileInfo Indexes), as an intranet's Apache would. Started and
 * stopped (its folder removed) by `scripts/lib/web-server.ts`, as the audit's nginx.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startWebServer, type RunningServer } from '../../scripts/lib/web-server.ts';

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

export type RunningApache = RunningServer;

/** Starts Apache httpd for `root` (a built site) under `base` (e.g. `/kb/`). */
export function startApache(root: string, base: string, httpd = '/usr/sbin/apache2'): Promise<RunningApache> {
  return startWebServer({
    name: 'apache2',
    binary: httpd,
    aptPackage: 'apache2',
    folder: 'trend-apache-',
    stopSignal: 'SIGTERM',
    errorLog: 'error.log',
    async configure(prefix, port) {
      await mkdir(path.join(prefix, 'www'));
      await writeFile(path.join(prefix, 'httpd.conf'), apacheConfig({ root, base, port, prefix, asRoot: process.getuid?.() === 0 }));
      // -X: one process in the foreground, no detaching, so the test owns it.
      return ['-X', '-f', path.join(prefix, 'httpd.conf')];
    },
  });
}
