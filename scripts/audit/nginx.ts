/**
 * A real web server for the audit: Debian's nginx, started with a configuration of
 * its own in a temporary folder, serving a built site under its base path on a free
 * loopback port, compressed and cached as a production server would. Started and
 * stopped (its folder removed, whatever happened in between) by `scripts/lib/web-server.ts`.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startWebServer, type RunningServer } from '../lib/web-server.ts';

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

export type RunningNginx = RunningServer;

/** Starts nginx for `root` (a built site) under `base` (e.g. `/kb/`). */
export function startNginx(root: string, base: string, nginx = '/usr/sbin/nginx'): Promise<RunningNginx> {
  return startWebServer({
    name: 'nginx',
    binary: nginx,
    aptPackage: 'nginx',
    folder: 'trend-audit-nginx-',
    stopSignal: 'SIGQUIT',
    errorLog: 'error.log',
    async configure(prefix, port) {
      await mkdir(path.join(prefix, 'tmp'), { recursive: true });
      const link = path.join(prefix, 'www', base).replace(/\/$/, '');
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(path.resolve(root), link);
      await writeFile(path.join(prefix, 'nginx.conf'), nginxConfig({ base, port, prefix }));
      return ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')];
    },
  });
}
