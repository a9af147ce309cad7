import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE_DIRECTORY_FILE } from '../../src/directory/index.js';
import { tempDir } from '../support/test-hotline.js';
import { CLI } from '../support/cli.js';

const run = promisify(execFile);
const hotline = (args: string[]) =>
  run(process.execPath, [CLI, ...args]).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('hotline directory check', () => {
  it('should accept the shipped example', async () => {
    const result = await hotline(['directory', 'check', EXAMPLE_DIRECTORY_FILE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/OK/);
  });

  it('should name the office and the field of every problem and exit 1', async () => {
    const dir = tempDir();
    const broken = readFileSync(EXAMPLE_DIRECTORY_FILE, 'utf8')
      .replace('timezone: Asia/Makassar', 'timezone: Asia/Palu')
      .replace('parent: uptd-sumbar', 'parent: uptd-sumatra-barat');
    const file = join(dir.dir, 'offices.yaml');
    writeFileSync(file, broken);
    const result = await hotline(['directory', 'check', file]);
    dir.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/uptd-sulteng: timezone: .*Asia\/Palu/);
    expect(result.stderr).toMatch(/parent: .*uptd-sumatra-barat/);
  });
});

describe('hotline triage', () => {
  it('should print the contract fields as JSON for one message', async () => {
    const result = await hotline([
      'triage',
      '--json',
      'tolong suami saya mau bunuh saya, dia bawa pisau, saya di Juwana',
    ]);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      language: 'id',
      urgent: true,
      region: { code: expect.stringMatching(/^33\.18/) },
    });
    expect(json.categories).toContain('kdrt');
    expect(json.urgentSignals).toEqual(expect.arrayContaining(['weapon']));
    // The named rules found it; the learned second opinion (model/README.md) may agree.
    expect(json.decidedBy).toContain('rules');
    // One name per fact: the duplicated pairs are gone.
    for (const dropped of ['signals', 'role', 'child']) expect(json).not.toHaveProperty(dropped);
    expect(json).toMatchObject({ reporterRole: 'victim', victimIsChild: false });
  });

  it('should print every field in plain output, leaving out only what is empty or false', async () => {
    const result = await hotline([
      'triage',
      'tolong anak saya umur 9 tahun dibawa pergi orang asing barusan dari depan rumah di Juwana',
    ]);
    expect(result.stdout).toMatch(
      /^language=id categories=\S*child\S* urgent=true signals=\S*child_danger\S* decidedBy=\S*rules\S* role=parent child=true .*region=33\.18/,
    );
  });

  it('should score labelled examples with --eval', async () => {
    const result = await hotline(['triage', '--eval', 'tests/triage/examples/dev/heldout-jv.jsonl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^jv\s+\d+\s+[01]\.\d{3}/m);
    expect(result.stdout).toMatch(/macro-F1\s+[01]\.\d{3}/);
    expect(result.stdout).toMatch(/^confusion \(rows: expected, columns: got\)$/m);
    expect(result.stdout).toMatch(/^kdrt\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    expect(result.stdout).toMatch(/^triage: \d+ µs \(CPU\) a message on average$/m);
  });

  it('should list each miss with where it is, what was expected and what triage said, with --misses', async () => {
    const { dir, cleanup } = tempDir();
    writeFileSync(
      join(dir, 'x-id.jsonl'),
      [
        '{"text":"tolong suami saya mau bunuh saya, dia bawa pisau","language":"id","categories":["kdrt"],"urgent":true}',
        '{"text":"tolong suami saya mau bunuh saya, dia bawa pisau","language":"id","categories":["tppo"],"urgent":false}',
      ].join('\n'),
    );
    const result = await hotline(['triage', '--eval', '--misses', dir]);
    cleanup();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^misses: 1$/m);
    expect(result.stdout).toContain('x-id.jsonl:2  expected: id tppo  got: id kdrt urgent');
  });

  it('should say which path is missing rather than crash', async () => {
    const result = await hotline(['triage', '--eval', 'no/such/file.jsonl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/file.jsonl');
  });
});

describe('hotline oncall', () => {
  it('should list who an urgent case reaches now, in escalation order, with the time rules applied', async () => {
    const { oncallCommand } = await import('../../src/cli/oncall-command.js');
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const err: string[] = [];
    const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    // Monday 10:00 WITA and Monday 23:00 WITA, with the Telegram channel configured
    vi.stubEnv('TELEGRAM_BOT_TOKEN', '123456:TEST');
    const day = oncallCommand(['uptd-palu'], new Date(Date.UTC(2026, 0, 5, 2, 0)));
    const night = oncallCommand(['uptd-palu'], new Date(Date.UTC(2026, 0, 5, 15, 0)));
    // Without it, the example's officers (all on Telegram) are reached by nothing `serve` would run.
    vi.stubEnv('TELEGRAM_BOT_TOKEN', '');
    const unreachable = oncallCommand(['uptd-palu'], new Date(Date.UTC(2026, 0, 5, 2, 0)));
    vi.unstubAllEnvs();
    spy.mockRestore();
    errSpy.mockRestore();
    // It names the file it read: here the shipped example (officer trial: it never said so).
    expect(err[0]).toMatch(/^Directory: .*offices\.example\.yaml \(the shipped example; set DIRECTORY_FILE/);
    expect(unreachable).toBe(0);
    expect(out[2]).toMatch(
      /\n {2}1\. Petugas Contoh A \(officer\) — Telegram; UNREACHABLE: no running channel reaches them \(set TELEGRAM_BOT_TOKEN\)/,
    );
    expect(out[0]).not.toContain('UNREACHABLE');
    expect([day, night]).toEqual([0, 0]);
    expect(out[0]).toMatch(/UPTD PPA Kota Palu \(uptd-palu\) — contacts not verified\n {2}1\. /);
    expect(out[0]).not.toEqual(out[1]);
    // After the office's own officers, the provincial office's, each with its time to claim.
    expect(out[0]).toMatch(
      /\n {2}3\. Petugas Contoh A \(officer, UPTD PPA Provinsi Sulawesi Tengah\) — Telegram; 600 s to claim/,
    );
  });
});

describe('hotline alerts', () => {
  it('should say there are none on a fresh database, and name the offices for an unknown one', async () => {
    const dir = tempDir();
    const env = { ...process.env, DATABASE_URL: join(dir.dir, 'hotline.db') };
    const cli = (args: string[]) =>
      run(process.execPath, [CLI, 'alerts', ...args], { env }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const empty = await cli([]);
    const unknown = await cli(['uptd-nowhere']);
    dir.cleanup();
    expect(empty).toMatchObject({ code: 0, stdout: 'No alerts yet.\n' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown office "uptd-nowhere"\. Offices: sapa-129, uptd-sulteng, /);
  });
});
