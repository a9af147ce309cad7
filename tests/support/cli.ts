/**
 * The `hotline` command as `npm start` runs it: compiled once into dist/ by the global set-up
 * (esbuild, under a second), so a test that starts it pays Node's start-up, not tsx compiling the
 * source on every spawn (two seconds each on this machine).
 */
import { execFile } from 'node:child_process';
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
