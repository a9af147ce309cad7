import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-hotline.js';
import { runHotline, startServe } from '../support/cli.js';

const SHORT_FILE = new URL('../directory/fixtures/short-offices.yaml', import.meta.url).pathname;
const KEY = randomBytes(32).toString('base64');
const dirs: ReturnType<typeof tempDir>[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) dir.cleanup();
});

function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d.dir;
}

const hotline = runHotline;

const BROKEN_DIRECTORY = () => {
  const file = join(dir(), 'offices.yaml');
  writeFileSync(file, 'offices:\n  - id: x\n    nmae: X\n');
  return file;
};

describe('a directory written the short way', () => {
  it('should pass directory check with warnings, exit 0, and end with a summary', async () => {
    const result = await hotline(['directory', 'check', SHORT_FILE], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/OK with warnings \(the service starts\); 0 errors, 2 warnings/);
    expect(result.stdout).toMatch(/2 offices \(1 verified\), 2 officers, 1 on-call entry/);
    expect(result.lines).toEqual([
      expect.stringMatching(/^warning: uptd-jambi: ackTimeoutSeconds: 3 s/),
      expect.stringMatching(/^warning: uptd-jambi: timezone: not set/),
    ]);
  });

  it('should start the service, which answers /healthz', async () => {
    const databaseFile = join(dir(), 'hotline.db');
    const service = await startServe({
      DATABASE_URL: databaseFile,
      DATA_KEY: KEY,
      DIRECTORY_FILE: SHORT_FILE,
    });
    children.push(service.child);
    const { url } = service;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(service.output()).toMatch(/directory warning/);
    // Behind a load balancer every instance must serve the same data: the banner says which.
    expect(service.output()).toContain(`Database: SQLite ${databaseFile}`);
    // No Telegram token: the office's on-call officer (on Telegram only) is named, by directory id.
    await expect
      .poll(() => service.output())
      .toMatch(/officers are on call but no running channel reaches them/);
    expect(service.output()).toMatch(/"offices":\{"[^"]+":\["jambi-a"\]\}/);
  });
});

describe('commands that need no directory', () => {
  it('should classify text with hotline triage --json whatever DIRECTORY_FILE holds', async () => {
    const result = await hotline(['triage', '--json', 'suami saya memukul saya di Kota Jambi'], {
      DIRECTORY_FILE: BROKEN_DIRECTORY(),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ language: 'id', categories: ['kdrt'] });
  });

  it('should migrate the database whatever DIRECTORY_FILE holds', async () => {
    const database = join(dir(), 'hotline.db');
    const result = await hotline(['migrate'], {
      DIRECTORY_FILE: BROKEN_DIRECTORY(),
      DATABASE_URL: database,
      DATA_KEY: KEY,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Database is up to date/);
  });
});

describe('start-up problems', () => {
  it.each([
    [
      'a device',
      () => '/dev/null',
      /^Configuration error: DATABASE_URL names \/dev\/null, which is a device/,
    ],
    ['a directory', () => dir(), /^Configuration error: DATABASE_URL names .*, which is a directory/],
    [
      'a path below a file',
      () => {
        const file = join(dir(), 'plain.txt');
        writeFileSync(file, 'x');
        return join(file, 'hotline.db');
      },
      /^Configuration error: DATABASE_URL cannot open .*plain\.txt\/hotline\.db \((ENOTDIR|EEXIST)\)/,
    ],
    [
      'a file that is not a database',
      () => {
        const file = join(dir(), 'notes.db');
        writeFileSync(file, 'these are not the droids'.repeat(100));
        return file;
      },
      /^Configuration error: DATABASE_URL .*notes\.db is not a SQLite database/,
    ],
  ])(
    'should name DATABASE_URL and the path for %s, in one line, without usage or SQL',
    async (_name, path, expected) => {
      const result = await hotline(['serve'], { DATABASE_URL: path(), DATA_KEY: KEY, PORT: '0' });
      expect(result.code).toBe(1);
      expect(result.lines).toEqual([expect.stringMatching(expected)]);
    },
  );

  it.each([
    ['all zeros', Buffer.alloc(32).toString('base64'), /DATA_KEY .*the key is guessable/],
    ['junk in front', `#! ${KEY}`, /DATA_KEY .*not 32 bytes in base64 or hex/],
  ])('should refuse a DATA_KEY of %s in one line', async (_name, key, expected) => {
    const result = await hotline(['serve'], { DATABASE_URL: join(dir(), 'h.db'), DATA_KEY: key, PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(expected)]);
  });

  it('should name a missing offices file and how to check it', async () => {
    const file = join(dir(), 'offices.yaml');
    const result = await hotline(['serve'], {
      DATABASE_URL: join(dir(), 'h.db'),
      DATA_KEY: KEY,
      PORT: '0',
      DIRECTORY_FILE: file,
    });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(/^Directory error: .*offices\.yaml: \(file\): cannot be read \(ENOENT/),
      `${file}: 1 problem(s); the service cannot start until they are fixed (DIRECTORY_FILE; check with: hotline directory check ${file})`,
    ]);
  });

  it('should list every directory problem with the file, never the usage text', async () => {
    const file = BROKEN_DIRECTORY();
    const result = await hotline(['serve'], {
      DATABASE_URL: join(dir(), 'h.db'),
      DATA_KEY: KEY,
      PORT: '0',
      DIRECTORY_FILE: file,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/Usage/);
    expect(result.lines).toContainEqual(
      `Directory error: ${file}: x: nmae: unknown key "nmae"; remove it or fix its spelling (known keys: id, name, kind, regions, aliases, parent, timezone, location, verified, phone, whatsapp, address, hours, contactPerson, alurLayanan, services, ackTimeoutSeconds, deadlines, officers, oncall)`,
    );
    expect(result.lines.at(-1)).toMatch(/problem\(s\); the service cannot start until they are fixed/);
  });

  it('should keep the usage text for a mistyped command', async () => {
    const result = await hotline(['serv'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown command "serv"[\s\S]*Usage/);
  });
});

describe('a DATA_KEY that cannot read the database', () => {
  it('should stop before writing anything, naming the key id it expects, and keep the data readable', async () => {
    const database = join(dir(), 'hotline.db');
    const env = { DATABASE_URL: database, PORT: '0' };
    expect((await hotline(['migrate'], { ...env, DATA_KEY: KEY })).code).toBe(0);
    const counts = () => {
      const sqlite = new Database(database, { readonly: true });
      const row = sqlite
        .prepare(
          'select (select count(*) from inbound_messages) as inbound, (select count(*) from timers) as timers, (select sealed from key_check) as sealed',
        )
        .get();
      sqlite.close();
      return row;
    };
    const before = counts();

    const wrong = randomBytes(32).toString('base64');
    const refused = await hotline(['serve'], { ...env, DATA_KEY: wrong });
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual([
      expect.stringMatching(
        /^Configuration error: DATA_KEY cannot read this database: it was written with key id [0-9a-f]{8}/,
      ),
    ]);
    expect(refused.stderr).not.toContain(wrong);
    expect(counts()).toEqual(before);

    // The right key still opens it.
    expect((await hotline(['migrate'], { ...env, DATA_KEY: KEY })).code).toBe(0);
    // A rotation (a new key in front, the old one kept last) opens it too.
    expect((await hotline(['migrate'], { ...env, DATA_KEY: `${wrong},${KEY}` })).code).toBe(0);
    // Dropping the oldest key would break every look-up: refused, naming it.
    const dropped = await hotline(['migrate'], { ...env, DATA_KEY: `${KEY},${wrong}` });
    expect(dropped.code).toBe(1);
    expect(dropped.lines[0]).toMatch(/look-ups were made with key id [0-9a-f]{8}, which must stay the last/);
    // Five CLI processes, each compiling TypeScript with tsx: ~12 s alone on a 2-core machine, and
    // past the default 20 s when the whole suite (or CI's second Node run) shares the CPU.
  }, 60_000);
});
