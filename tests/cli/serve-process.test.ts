import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHotline, startServe } from '../support/cli.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
import { tempDir } from '../support/test-hotline.js';

const KEY = randomBytes(32).toString('base64');
const SESSION = 'process-test-session-0001';
const children: ChildProcess[] = [];
let dir: ReturnType<typeof tempDir> | undefined;

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  dir?.cleanup();
});

/** Starts `hotline serve` as a real process; resolves with its base URL once it listens. */
async function serve(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const service = await startServe({ DATABASE_URL: databaseUrl, DATA_KEY: KEY });
  children.push(service.child);
  return service;
}

let n = 0;
async function chat(url: string, text: string, expectReply: RegExp): Promise<string[]> {
  const res = await fetch(`${url}/chat/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session: SESSION, id: `p${++n}`, text }),
  });
  expect(res.status).toBe(202);
  const until = Date.now() + 10_000;
  for (;;) {
    const poll = await fetch(`${url}/chat/messages?after=0`, { headers: { 'x-chat-session': SESSION } });
    const { messages } = (await poll.json()) as { messages: { text: string }[] };
    const texts = messages.map((m) => m.text);
    if (texts.some((t) => expectReply.test(t))) return texts;
    if (Date.now() > until) throw new Error(`no reply matching ${expectReply}; got ${texts.length} messages`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('hotline serve as a process', () => {
  it('should resume the conversation at the same step after being killed', async () => {
    dir = tempDir();
    const db = join(dir.dir, 'hotline.db');
    const first = await serve(db);
    await chat(first.url, 'halo', /setuju kami menyimpan/);
    await chat(first.url, 'ya', /Apa yang ingin Anda lakukan/);
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');

    const second = await serve(db);
    const texts = await chat(second.url, 'lapor', /^Ceritakan dengan kata-kata Anda sendiri/);
    // The history from before the crash is still there, and nothing was sent twice.
    expect(texts.filter((t) => /^Apa yang ingin Anda lakukan/.test(t))).toHaveLength(1);
  });

  it('should shut down cleanly on SIGTERM and answer health checks before that', async () => {
    dir = tempDir();
    const { child, url } = await serve(join(dir.dir, 'hotline.db'));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});

const postgres = await postgresForTests();

describePostgres('hotline serve on PostgreSQL', postgres, (server) => {
  it('should migrate, serve a conversation and resume it after being killed, with DATABASE_URL=postgres://', async () => {
    const database = await server.freshDatabase();
    try {
      const migrated = await runHotline(['migrate'], { DATABASE_URL: database.url, DATA_KEY: KEY });
      expect(migrated.code).toBe(0);
      expect(migrated.stdout).toContain('Database is up to date: PostgreSQL');
      expect(migrated.stdout + migrated.stderr).not.toContain(database.url);

      const first = await serve(database.url);
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
      await chat(first.url, 'halo', /setuju kami menyimpan/);
      await chat(first.url, 'ya', /Apa yang ingin Anda lakukan/);
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');

      const second = await serve(database.url);
      const texts = await chat(second.url, 'lapor', /^Ceritakan dengan kata-kata Anda sendiri/);
      expect(texts.filter((t) => /^Apa yang ingin Anda lakukan/.test(t))).toHaveLength(1);
      second.child.kill('SIGKILL');
      await once(second.child, 'exit');
    } finally {
      await database.drop();
    }
  }, 60_000);

  it('should refuse to start on PostgreSQL without DATA_KEY, naming it', async () => {
    const database = await server.freshDatabase();
    try {
      const result = await runHotline(['migrate'], { DATABASE_URL: database.url, DATA_KEY: '' });
      expect(result.code).toBe(1);
      expect(result.lines.join('\n')).toMatch(/DATA_KEY/);
    } finally {
      await database.drop();
    }
  });
});
