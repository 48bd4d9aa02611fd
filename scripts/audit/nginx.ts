/**
 * A real web server for the audit: Debian's nginx, started with a configuration of
 * its own in a temporary folder, serving a built site under its base path on a free
 * loopback port, compressed and cached as a production server would. Stopped (and its
 * folder removed) by `stop()`, whatever happened in between.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/free-port.ts';

export type NginxSite = { root: string; base: string; port: number; prefix: string };

/** Text types nginx compresses (HTML is compressed always). */
const GZIP_TYPES = 'text/css text/javascript application/javascript application/json image/svg+xml application/wasm application/xml';

/**
 * The nginx configuration: `prefix` holds the pid, logs and temp files; `prefix/www`
 * links the base path to the site's folder. Hashed assets (`_astro/`) are cached for
 * a year, everything else is revalidated.
 */
export function nginxConfig({ base, port, prefix }: Omit<NginxSite, 'root'>): string {
  const p = (name: string) => path.join(prefix, name);
  return `daemon off;
worker_processes 1;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${p('tmp/body')};
  proxy_temp_path ${p('tmp/proxy')};
  fastcgi_temp_path ${p('tmp/fastcgi')};
  uwsgi_temp_path ${p('tmp/uwsgi')};
  scgi_temp_path ${p('tmp/scgi')};
  sendfile on;
  gzip on;
  gzip_types ${GZIP_TYPES};
  server {
    listen 127.0.0.1:${port};
    root ${p('www')};
    error_page 404 ${base}404.html;
    location ${base}_astro/ { expires 1y; add_header Cache-Control "public, immutable"; }
    location ${base} { expires -1; try_files $uri $uri/ =404; }
  }
}
`;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on port ${port}:\n${log()}`);
}

export type RunningNginx = { origin: string; stop: () => Promise<void> };

/** Starts nginx for `root` (a built site) under `base` (e.g. `/kb/`). */
export async function startNginx(root: string, base: string, nginx = '/usr/sbin/nginx'): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'trend-audit-nginx-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    // nginx's workers run as an unprivileged user: they must be able to enter the folder.
    await chmod(prefix, 0o755);
    await mkdir(path.join(prefix, 'tmp'), { recursive: true });
    const link = path.join(prefix, 'www', base);
    await mkdir(path.dirname(link.replace(/\/$/, '')), { recursive: true });
    await symlink(path.resolve(root), link.replace(/\/$/, ''));
    await writeFile(path.join(prefix, 'nginx.conf'), nginxConfig({ base, port, prefix }));
    let output = '';
    child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      child!.once('spawn', resolve);
      child!.once('error', (e) => reject(new Error(`could not start ${nginx}: ${e.message} (install it with \`apt-get install -y nginx\`)`)));
    });
    await waitForPort(port, child, () => output);
    return { origin: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
