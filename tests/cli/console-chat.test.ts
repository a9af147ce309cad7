import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-hotline.js';
import { CLI } from '../support/cli.js';

describe('hotline chat', () => {
  it('should hold a conversation in the terminal through the same pipeline', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [CLI, 'chat'], {
      env: { ...process.env, DATABASE_URL: join(dir.dir, 'hotline.db'), LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stdin.write('halo\n');
    child.stdin.end('1\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    dir.cleanup();
    expect(code).toBe(0);
    expect(out).toMatch(/Halo, terima kasih sudah menghubungi kami/);
    expect(out).toMatch(/ {2}1\. Ya\n {2}2\. Tidak/);
    expect(out).toMatch(/Apa yang ingin Anda lakukan\?/);
  });
});
