/**
 * Serves a built site with the shipped Apache recipe (deploy/apache.conf):
 * its first <VirtualHost> as it is, with only the address, the document root
 * and the log paths adapted to loopback HTTP. Used by tests/security.spec.ts
 * when Apache is installed (Debian: apt-get install -y apache2).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../tools/test/free-port.ts';

export const APACHE = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((path) => existsSync(path));
const MODULES = '/usr/lib/apache2/modules';

export interface ApacheServer {
  url: string;
  stop: () => void;
}

/** The configuration Apache runs with: the recipe's first virtual host on 127.0.0.1:`port`. */
export function apacheConfig(recipe: string, root: string, port: number, work: string): string {
  const host = /<VirtualHost \*:443>[\s\S]*?<\/VirtualHost>/.exec(recipe)?.[0];
  if (!host) throw new Error('deploy/apache.conf: no <VirtualHost *:443> block');
  const adapted = host
    .replace('<VirtualHost *:443>', `<VirtualHost 127.0.0.1:${port}>`)
    .replaceAll('/var/www/clsm/dist', root)
    .replace(/CustomLog \S+/, `CustomLog ${work}/access.log`);
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'alias', 'filter', 'deflate'];
  return [
    `ServerRoot ${work}`,
    `PidFile ${work}/httpd.pid`,
    `ErrorLog ${work}/error.log`,
    `Listen 127.0.0.1:${port}`,
    'ServerName localhost',
    // Apache refuses to serve as root; the worktree is world-readable.
    'User www-data',
    'Group www-data',
    ...modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    adapted,
  ].join('\n');
}

/** Starts Apache on a free port of 127.0.0.1 with the recipe; throws with Apache's message when it refuses the file. */
export async function startApache(dist: string): Promise<ApacheServer> {
  if (!APACHE) throw new Error('apache2 is not installed');
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'clsm-apache-'));
  const conf = join(work, 'apache.conf');
  writeFileSync(conf, apacheConfig(readFileSync('deploy/apache.conf', 'utf8'), resolve(dist), port, work));
  const env = { ...process.env, APACHE_RUN_DIR: work, APACHE_LOCK_DIR: work };
  const check = spawnSync(APACHE, ['-t', '-f', conf], { encoding: 'utf8', env });
  if (check.status !== 0) throw new Error(`deploy/apache.conf rejected by Apache:\n${check.stderr}`);
  const child: ChildProcess = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore', env });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url);
      return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGTERM');
  throw new Error(`Apache did not answer on ${url}: ${readFileSync(join(work, 'error.log'), 'utf8')}`);
}
