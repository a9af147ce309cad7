import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dataKey } from '../../src/db/field-cipher.js';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';
import { runHotline } from '../support/cli.js';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.cleanup();
});

const hotline = runHotline;

/** The key id of every encrypted value in the file, text and binary. */
function keyIdsIn(file: string): Set<string> {
  const sqlite = new Database(file, { readonly: true });
  const ids = new Set<string>();
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    const columns = (sqlite.prepare('select name from pragma_table_info(?)').all(name) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c.endsWith('_enc'));
    for (const column of columns) {
      for (const row of sqlite
        .prepare(`select ${column} as v from ${name} where ${column} is not null`)
        .all() as {
        v: string | Buffer;
      }[]) {
        ids.add(
          typeof row.v === 'string'
            ? row.v.split(':')[1]!
            : row.v.subarray(2, 2 + row.v[1]!).toString('latin1'),
        );
      }
    }
  }
  sqlite.close();
  return ids;
}

describe('hotline keys rotate', () => {
  it('should re-encrypt everything under the new key while the service runs, and keep look-ups working', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const oldKey = dataKey(randomBytes(32));
    const newKey = dataKey(randomBytes(32));

    const before = createTestHotline(database, { dataKeys: [oldKey] });
    const reporter = Conversation.open({ hotline: before, userId: 'reporter-1' });
    await reporter.run(['halo', 'ya', 'saya dipukul suami di Pati']);
    await before.hotline.close();
    expect(keyIdsIn(database)).toEqual(new Set([oldKey.id]));

    // The service is running with both keys (new first) during the rotation.
    const during = createTestHotline(database, { dataKeys: [newKey, oldKey] });
    const rotation = await hotline(['keys', 'rotate'], {
      DATABASE_URL: database,
      DATA_KEY: `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`,
    });
    expect(rotation.code).toBe(0);
    expect(rotation.stdout).toMatch(new RegExp(`Re-encrypted \\d+ value\\(s\\) under key ${newKey.id}`));
    expect(rotation.stdout).not.toContain(newKey.key.toString('base64'));
    expect(keyIdsIn(database)).toEqual(new Set([newKey.id]));

    // The same conversation goes on: its look-up hash still finds it, its state still reads.
    const again = Conversation.open({ hotline: during, userId: 'reporter-1' });
    during.hotline.ingest({
      channel: 'console',
      externalId: 'after-rotation',
      userId: 'reporter-1',
      address: 'reporter-1',
      input: { type: 'text', text: 'tidak' },
    });
    await during.hotline.whenIdle();
    expect(again.sender.texts().length).toBeGreaterThan(0);
    expect(again.sender.texts().join('\n')).not.toMatch(/Maaf, ada gangguan/);
    expect(during.data.repos.conversations.findId('console', 'reporter-1')).toBeDefined();
    await during.hotline.close();

    // The oldest key keys the look-ups: dropping it is refused at start, naming it.
    const dropped = await hotline(['migrate'], {
      DATABASE_URL: database,
      DATA_KEY: newKey.key.toString('base64'),
    });
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toContain(`look-ups were made with key id ${oldKey.id}`);
  });
});
