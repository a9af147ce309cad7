import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

const run = promisify(execFile);

describe('hotline serve with a bad configuration', () => {
  it('should stop with exit code 1 and one line naming the variable', async () => {
    const result = await run(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, PORT: 'abc' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('npm warn'));
    expect(lines).toEqual(['Configuration error: PORT must be an integer between 0 and 65535 (got "abc")']);
  });
});

describe('hotline serve when its core cannot start', () => {
  it('should stop with exit code 1 and say which directory file is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-bad-dir-'));
    writeFileSync(join(dir, 'offices.yaml'), 'offices: [\n');
    const result = await run(process.execPath, [CLI, 'serve'], {
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: join(dir, 'hotline.db'),
        DATA_KEY: randomBytes(32).toString('base64'),
        DIRECTORY_FILE: join(dir, 'offices.yaml'),
      },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('npm warn'));
    expect(lines[0]).toMatch(/^Directory error: .*offices\.yaml: line 2: /);
    expect(lines.at(-1)).toMatch(/offices\.yaml: 1 problem\(s\); the service cannot start/);
    expect(result.stderr).not.toMatch(/Usage:/);
  });
});
