/**
 * The `hotline` command as `npm start` runs it: compiled once into dist/ by the global set-up
 * (esbuild, under a second), so a test that starts it pays Node's start-up, not tsx compiling the
 * source on every spawn (two seconds each on this machine).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr's non-empty lines, without npm's own warnings. */
  lines: string[];
}

/** Runs `hotline <args>` as a process with `env` added to this one's; resolves even on failure. */
export async function runHotline(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const result = await run(process.execPath, [CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.includes('npm warn'));
  return { code: result.code, stdout: result.stdout, stderr: result.stderr, lines };
}

export interface ServeProcess {
  child: ChildProcess;
  /** The base URL it listens on. */
  url: string;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
}

/**
 * Starts `hotline serve` as a real process on a free port with `env` added to this one's; resolves
 * once it listens. The caller kills it (SIGKILL is the crash the restart tests want).
 */
export async function startServe(env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/[^/\s]+)\//.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}
