import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, TEST_KEY, tempDir } from '../support/test-hotline.js';
import { runHotline, type ServeProcess, startServe } from '../support/cli.js';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.cleanup();
});

const hotline = runHotline;

const REPORT = ['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru'];

describe('hotline backup and restore', () => {
  it('should copy the database while the service writes, and bring that moment back', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const env = { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') };

    // The service is running (its connection open, its WAL not yet checkpointed) during the backup.
    const service = createTestHotline(database);
    const first = Conversation.open({ hotline: service, userId: 'first' });
    await first.run(REPORT);
    const kept = first.latestCase()?.reference;
    expect(kept).toBeDefined();
    const backup = join(dir.dir, 'backup.db');
    const backedUp = await hotline(['backup', backup], env);
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(/Backed up .* stays encrypted: keep DATA_KEY/);

    // More happens after the backup.
    const second = Conversation.open({ hotline: service, userId: 'second' });
    await second.run(REPORT);
    const lost = second.latestCase()?.reference;
    await service.hotline.close();
    service.data.close(); // the restore replaces the file: read the restored one afresh

    // The copy holds no readable text either.
    expect(readFileSync(backup).toString('latin1')).not.toMatch(/dipukul suami/);

    const restored = await hotline(['restore', backup], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/The database it replaced is kept as .*before-restore-/);
    expect(readdirSync(dir.dir).some((name) => name.startsWith('hotline.db.before-restore-'))).toBe(true);

    const reopened = createTestHotline(database);
    expect(reopened.data.repos.cases.findByReference(kept!)?.details).toMatchObject({
      notes: expect.arrayContaining(['baru']),
    });
    expect(reopened.data.repos.cases.findByReference(lost!)).toBeUndefined();
    await reopened.hotline.close();
  });

  it('should erase again what reporters had erased since the backup, and keep everyone else', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const env = { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') };
    const service = createTestHotline(database);
    const erasing = Conversation.open({ hotline: service, userId: 'erasing' });
    await erasing.run(REPORT);
    const erasedCase = erasing.latestCase()!.reference;
    const chatting = Conversation.open({ hotline: service, userId: 'chatting' }); // no report yet
    await chatting.run(['halo', 'ya', 'saya mau tanya dulu soal suami saya']);
    const staying = Conversation.open({ hotline: service, userId: 'staying' });
    await staying.run(REPORT);
    const keptCase = staying.latestCase()!.reference;
    const backup = join(dir.dir, 'backup.db');
    expect((await hotline(['backup', backup], env)).code).toBe(0);

    // After the backup two of them delete their data.
    await erasing.run(['hapus', 'ya']);
    await chatting.run(['hapus', 'ya']);
    await service.hotline.close();
    service.data.close();

    const restored = await hotline(['restore', backup], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Erased again 2 chat\(s\) that had been erased since the backup/);
    expect(restored.stdout).toMatch(/kept as .*before-restore-.* delete it once the service runs well/);

    const reopened = createTestHotline(database);
    const found = (reference: string) => reopened.data.repos.cases.findByReference(reference);
    expect(found(erasedCase)).toMatchObject({ conversationId: null, details: {} });
    expect(found(keptCase)?.details).toMatchObject({ notes: expect.arrayContaining(['baru']) });
    // What each one wrote, as stored: the "hapus" that was kept until processed is emptied.
    const written = (userId: string) => {
      const id = reopened.data.repos.conversations.findId('console', userId);
      return id ? reopened.data.repos.inbox.allOf(id).filter((m) => m.input !== null) : [];
    };
    expect(written('chatting')).toEqual([]);
    expect(written('erasing')).toEqual([]);
    expect(written('staying')).toHaveLength(REPORT.length);
    await reopened.hotline.close();
  });

  it('should refuse a second service, a restore and a copy while a service runs on the file', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const env = { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') };
    const stopped = (serve: ServeProcess, signal: NodeJS.Signals) =>
      new Promise((resolve) => {
        serve.child.once('exit', resolve);
        serve.child.kill(signal);
      });

    // A service killed outright leaves its record behind; the next start sees a dead process.
    await stopped(await startServe(env), 'SIGKILL');
    expect(existsSync(`${database}.pid`)).toBe(true);
    const serve = await startServe(env);

    const second = await hotline(['serve'], env);
    expect(second.code).not.toBe(0);
    expect(second.lines.join('\n')).toMatch(new RegExp(`process ${serve.child.pid} on .* already serves`));
    // An online backup is what runs beside the service; the copy is the owner's alone.
    const backup = join(dir.dir, 'backup.db');
    expect((await hotline(['backup', backup], env)).code).toBe(0);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(statSync(database).mode & 0o777).toBe(0o600);
    const restore = await hotline(['restore', backup], env);
    expect(restore.code).not.toBe(0);
    expect(restore.lines.join('\n')).toMatch(/stop the service first: a restore while it runs would lose/);
    const copy = await hotline(
      ['db', 'copy', '--from', database, '--to', 'postgres://nobody@127.0.0.1:1/none'],
      env,
    );
    expect(copy.code).not.toBe(0);
    expect(copy.lines.join('\n')).toMatch(/stop the service first: a copy while it runs/);
    expect(copy.lines.join('\n')).toMatch(/--from names .*, which process/);
    const noTarget = await hotline(['db', 'copy', '--from', database], env);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(/--to is missing, and DATABASE_URL is not a postgres:\/\/ URL/);

    await stopped(serve, 'SIGTERM');
    expect(existsSync(`${database}.pid`)).toBe(false);
    expect((await hotline(['restore', backup], env)).code).toBe(0);
    // Seven processes start one after another: on a loaded two-core machine 20 s was not enough.
  }, 60_000);

  it('should refuse to restore a backup DATA_KEY cannot read, and leave the database alone', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const other = join(dir.dir, 'other.db');
    const otherKey = randomBytes(32).toString('base64');
    expect((await hotline(['migrate'], { DATABASE_URL: other, DATA_KEY: otherKey })).code).toBe(0);
    expect(
      (await hotline(['migrate'], { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') }))
        .code,
    ).toBe(0);
    const before = readFileSync(database);

    const result = await hotline(['restore', other], {
      DATABASE_URL: database,
      DATA_KEY: TEST_KEY.key.toString('base64'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATA_KEY cannot read this database/);
    expect(readFileSync(database).equals(before)).toBe(true);
    expect(readdirSync(dir.dir).some((name) => name.includes('before-restore'))).toBe(false);
  });

  it('should not overwrite an existing file with a backup', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const target = join(dir.dir, 'exists.db');
    writeFileSync(target, 'keep me');
    const result = await hotline(['backup', target], {
      DATABASE_URL: database,
      DATA_KEY: TEST_KEY.key.toString('base64'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/exists\.db already exists; name a new file/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(existsSync(database)).toBe(false);
  });
});
