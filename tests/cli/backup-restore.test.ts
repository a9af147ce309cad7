import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, TEST_KEY, tempDir } from '../support/test-hotline.js';
import { runHotline } from '../support/cli.js';

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
