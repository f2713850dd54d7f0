/**
 * What `npm test` needs beyond npm packages: nginx (the tests serve the
 * site with its production configuration) and Java (the Nu HTML Checker).
 * Installed from Debian's packages when missing and running as root;
 * otherwise a clear message says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Tool {
  name: string;
  present: () => boolean;
  debianPackage: string;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const tools: Tool[] = [
  { name: 'nginx', present: () => ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].some(existsSync) || onPath('nginx'), debianPackage: 'nginx' },
  { name: 'java', present: () => onPath('java'), debianPackage: 'default-jre-headless' },
];

let updated = false;

/** Returns one line per tool saying what was found or installed; throws if one is missing. */
export function ensureTools(): string[] {
  return tools.map((tool) => {
    if (tool.present()) return `${tool.name}: found`;
    if (process.getuid?.() !== 0) {
      throw new Error(`${tool.name} is missing: install it (Debian: sudo apt-get install ${tool.debianPackage}) and run the tests again.`);
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!updated) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      updated = true;
    }
    const install = spawnSync('apt-get', ['install', '-y', '-qq', tool.debianPackage], { stdio: 'inherit', env });
    if (install.status !== 0 || !tool.present()) throw new Error(`${tool.name}: apt-get install ${tool.debianPackage} failed`);
    return `${tool.name}: installed Debian’s ${tool.debianPackage}`;
  });
}
