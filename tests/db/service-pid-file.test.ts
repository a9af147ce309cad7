/**
 * One process per SQLite file, and a service that starts again by itself after a crash or a power
 * cut: the record beside the database counts only while the process it names is alive.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDatabaseFile, servingProcess } from '../../src/db/service-pid-file.js';
import { tempDir } from '../support/test-hotline.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function database(): string {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  return join(dir.dir, 'hotline.db');
}

/** A process that lives until the test ends. */
async function running(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: 'ignore' });
  cleanups.push(() => child.kill('SIGKILL'));
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
const record = (file: string, fields: Record<string, unknown>) =>
  writeFileSync(`${file}.pid`, JSON.stringify({ host: hostname(), since: 'then', ...fields }));

describe('the process that serves a SQLite file', () => {
  it('should refuse a second claim while the first holder lives, and free the file when it lets go', async () => {
    const file = database();
    const node = await running(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    record(file, { pid: node.pid, boot: bootId() });
    expect(servingProcess(file)?.pid).toBe(node.pid);
    expect(() => claimDatabaseFile(file)).toThrow(new RegExp(`process ${node.pid} on .* already serves`));

    node.kill('SIGKILL');
    await new Promise((resolve) => node.once('exit', resolve));
    expect(servingProcess(file)).toBeUndefined();
    const release = claimDatabaseFile(file);
    expect(JSON.parse(readFileSync(`${file}.pid`, 'utf8')).pid).toBe(process.pid);
    release();
    expect(servingProcess(file)).toBeUndefined();
  });

  it('should take over a record from before a restart, from another container, or whose pid is not Node now', async () => {
    const file = database();
    const node = await running(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    record(file, { pid: node.pid, boot: 'a boot before this one' });
    expect(servingProcess(file)).toBeUndefined();
    record(file, { pid: node.pid, boot: bootId(), host: 'another-container' });
    expect(servingProcess(file)).toBeUndefined();
    const sleeper = await running('sleep', ['60']);
    record(file, { pid: sleeper.pid, boot: bootId() });
    expect(servingProcess(file)).toBeUndefined();
  });
});
