/**
 * Runs a command as a child process and measures its wall-clock time and
 * its peak memory: the resident set size (VmRSS in /proc/<pid>/status)
 * summed over the whole process tree, children of children included, since
 * Astro starts workers and Pagefind runs a binary of its own. Sampled every
 * POLL_MS, so a peak shorter than that can be missed. Linux only (/proc).
 *
 * It also adds up the CPU time other processes used meanwhile: on a shared
 * 2-core machine another build skews the timing, and the report says so.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const POLL_MS = 150;
/** Clock ticks per second of utime/stime in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface ProcessRun {
  seconds: number;
  /** Highest sum of VmRSS over the process tree, in MB (MiB). */
  peakMB: number;
  exitCode: number;
  /** True when it was stopped for running longer than the time limit. */
  timedOut: boolean;
  /** CPU seconds used meanwhile by processes outside the measured tree and the benchmark itself. */
  otherCpuSeconds: number;
  /** The end of stderr, to say why it failed. */
  stderrTail: string;
}

interface ProcessStat {
  ppid: number;
  /** utime + stime, in ticks. */
  cpu: number;
}

/** Parent pid and CPU time of every process, from /proc/<pid>/stat (fields after the parenthesised name). */
function processes(): Map<number, ProcessStat> {
  const map = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After ") ": state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) });
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

/** `root` and all its descendants. */
function tree(root: number, all: Map<number, ProcessStat>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = new Set<number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    found.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Runs `command args` (stdout ignored, stderr kept) and measures it. With
 * `timeoutSeconds`, the whole tree is stopped (SIGTERM) once it runs longer.
 */
export function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutSeconds?: number } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let peak = 0;
    /** CPU ticks of other processes when first and last seen. */
    const others = new Map<number, { first: number; last: number }>();
    let timedOut = false;
    const poll = () => {
      if (!child.pid) return;
      const all = processes();
      const ours = tree(child.pid, all);
      if (options.timeoutSeconds !== undefined && performance.now() - started > options.timeoutSeconds * 1000 && !timedOut) {
        timedOut = true;
        for (const pid of ours) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
      }
      peak = Math.max(peak, [...ours].reduce((sum, pid) => sum + rssKB(pid), 0));
      for (const [pid, { cpu }] of all) {
        if (ours.has(pid) || pid === process.pid) continue;
        const seen = others.get(pid);
        if (seen) seen.last = cpu;
        else others.set(pid, { first: cpu, last: cpu });
      }
    };
    poll();
    const timer = setInterval(poll, POLL_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const otherTicks = [...others.values()].reduce((sum, o) => sum + o.last - o.first, 0);
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakMB: Math.round(peak / 1024),
        exitCode: code ?? 1,
        timedOut,
        otherCpuSeconds: Math.round(otherTicks / TICKS),
        stderrTail: stderr.trim().split('\n').slice(-15).join('\n'),
      });
    });
  });
}
