/** Building and starting a service process for the benchmark, and reading its memory and CPU from /proc. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../src/lib/project-root.js';

/** A service that has not said READY by then is broken. */
const START_TIMEOUT_MS = 30_000;

export interface ServiceProcess {
  child: ChildProcess;
  address: string;
  stop(): Promise<void>;
}

/**
 * Compiles the service the way `npm start` runs it (esbuild, src/ and flows/ into dist/), plus the
 * benchmark's entry points beside it, so no TypeScript loader sits in the measured processes.
 */
export async function buildForBench(): Promise<void> {
  const sources = ['src', 'flows'].flatMap((dir) =>
    readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(PROJECT_ROOT, dir, f)),
  );
  await build({
    entryPoints: [...sources, ...ENTRY_POINTS.map((f) => join(PROJECT_ROOT, 'tests/bench', f))],
    outdir: join(PROJECT_ROOT, 'dist'),
    outbase: PROJECT_ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

const ENTRY_POINTS = ['service-main.ts', 'bare-main.ts', 'grammy-baseline-main.ts'];

/** Runs a compiled entry point (`service-main.ts` → dist/…/service-main.js) and waits for `READY <address>`. */
export async function startProcess(
  script: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<ServiceProcess> {
  const file = join(PROJECT_ROOT, 'dist/tests/bench', script.replace(/\.ts$/, '.js'));
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the service processes.
  const extra = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeFlags, ...extra, file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      resolve(line.slice('READY '.length).trim());
    });
  });
  return {
    child,
    address,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory now and its peak (VmHWM), in MB. Linux only; zeros elsewhere. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}

/** CPU time (user + system) the process has used so far, in seconds. Linux only; 0 elsewhere. */
export function cpuSecondsOf(pid: number): number {
  return statCpuSeconds(`/proc/${pid}/stat`);
}

/**
 * CPU seconds per thread of the process (Linux only; empty elsewhere). The busiest thread shows
 * where a single-threaded limit is: JavaScript runs on the main thread and on worker threads.
 */
export function threadCpuSecondsOf(pid: number): Map<string, number> {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      threads.set(tid, statCpuSeconds(`/proc/${pid}/task/${tid}/stat`));
    }
  } catch {
    // not Linux, or the process is gone
  }
  return threads;
}

/** The busiest thread's share of one core between two readings. */
export function busiestThreadCores(
  before: Map<string, number>,
  after: Map<string, number>,
  seconds: number,
): number {
  let busiest = 0;
  for (const [tid, end] of after) busiest = Math.max(busiest, (end - (before.get(tid) ?? 0)) / seconds);
  return busiest;
}

function statCpuSeconds(file: string): number {
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
    const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
