/**
 * A TCP port free on 127.0.0.1, asked of the system (port 0), so a test
 * server never collides with one an interrupted run left behind.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('free-port: no port'))));
    });
  });
}

/** The same, synchronously (in a child process), for configuration and test files that cannot wait. It writes the bare number: console.log would colour it where FORCE_COLOR is set (in test workers). */
export function freePortSync(): number {
  const script = "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const port = Number(result.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`free-port: could not get a free port (${result.stderr.trim() || `exit ${result.status}`})`);
  return port;
}
