/**
 * Runs a command as a child process and measures its wall-clock time and
 * its peak memory: the resident set size (VmRSS in /proc/<pid>/status)
 * summed over the whole process tree, children of children included, since
 * Astro starts workers and Pagefind runs a binary of its own. Sampled every
 * POLL_MS, so a peak shorter than that can be missed. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const POLL_MS = 150;

export interface ProcessRun {
  seconds: number;
  /** Highest sum of VmRSS over the process tree, in MB (MiB). */
  peakMB: number;
  exitCode: number;
  /** The end of stderr, to say why it failed. */
  stderrTail: string;
}

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended while we read
    }
  }
  return map;
}

function rssKB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in kB. */
export function treeRssKB(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rssKB(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` (stdout ignored, stderr kept) and measures it. */
export function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKB(child.pid));
    }, POLL_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakMB: Math.round(peak / 1024),
        exitCode: code ?? 1,
        stderrTail: stderr.trim().split('\n').slice(-15).join('\n'),
      });
    });
  });
}
