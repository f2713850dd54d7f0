/**
 * Serves a built site on loopback with the shipped nginx configuration
 * (deploy/nginx.conf), so browser tests see the production headers and CSP.
 *
 *   node tools/test/serve-nginx.ts [--root dist] [--port 4321]
 *
 * The server block is taken from deploy/nginx.conf as it is, with only its CSP (from the
 * build's _headers, which names a configured tile provider) and its
 * `listen`, `root` and TLS lines adapted to loopback HTTP.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { root: { type: 'string', default: process.env['DIST_DIR'] ?? 'dist' }, port: { type: 'string', default: process.env['PORT'] ?? '4321' } },
});
const root = resolve(values.root);
const port = Number(values.port);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-nginx: ${root}/index.html not found: build the site first (npm run build).`);
  process.exit(1);
}
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
  console.error('serve-nginx: nginx is not installed. On Debian: apt-get install -y nginx (the tests serve the site with its production configuration).');
  process.exit(1);
}

/** The first `server { ... }` block of the shipped config. */
export function firstServerBlock(config: string): string {
  const start = config.search(/^server\s*\{/m);
  if (start < 0) throw new Error('deploy/nginx.conf: no server block found');
  let depth = 0;
  for (let i = config.indexOf('{', start); i < config.length; i++) {
    if (config[i] === '{') depth++;
    if (config[i] === '}' && --depth === 0) return config.slice(start, i + 1);
  }
  throw new Error('deploy/nginx.conf: unbalanced braces in the server block');
}

const shipped = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
const server = firstServerBlock(shipped)
  .replace(/listen\s+443\s+ssl;/, `listen 127.0.0.1:${port};`)
  .replace(/\n\s*http2 on;/, '')
  .replace(/\n\s*server_name [^;]+;/, '\n    server_name localhost;')
  .replace(/root\s+[^;]+;/, `root ${root};`);
// deploy/nginx.conf asks whoever serves a site with a tile provider to add its origin to
// the CSP lines, as the build does in _headers: the test server does the same with the
// CSP of this build's _headers (the shipped one when no provider is configured).
const builtCsp = existsSync(join(root, '_headers')) ? /^\s*Content-Security-Policy: (.+)$/m.exec(readFileSync(join(root, '_headers'), 'utf8'))?.[1] : undefined;
const served = builtCsp ? server.replace(/add_header Content-Security-Policy "[^"]*" always;/g, `add_header Content-Security-Policy "${builtCsp}" always;`) : server;

const work = mkdtempSync(join(tmpdir(), 'clsm-nginx-'));
for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
const conf = `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  ${served}
}
`;
writeFileSync(join(work, 'nginx.conf'), conf);

const test = spawnSync(nginx, ['-t', '-q', '-p', work, '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(`serve-nginx: configuration rejected by nginx:\n${test.stderr}`);
  process.exit(1);
}
console.log(`serve-nginx: serving ${root} at http://127.0.0.1:${port}/ with deploy/nginx.conf`);
const child = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The test runner that started this server may be killed without a signal reaching it
// (an interrupted run): when this process is orphaned, nginx stops too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();
child.on('exit', (code) => process.exit(code ?? 0));
