/**
 * The workspace on PostgreSQL: sign-in, sessions, the queue, a claim, a reply and a note through
 * the same HTTP routes as on SQLite, with what is stored checked on the server (hashes and
 * ciphertext only).
 */
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const postgres = await postgresForTests();
const dir = tempDir();
afterAll(() => dir.cleanup());

describePostgres('the officer workspace on PostgreSQL', postgres, (server) => {
  it('should sign in, take a case, reply and keep a note, storing only hashes and ciphertext', async () => {
    const database = await server.freshDatabase();
    const storage = await openTestPostgres(database.url);
    const hotline = createTestHotline('', { triage, storage });
    const ws = await WorkspaceScene.open(undefined, { hotline });
    const client = new pg.Client({ connectionString: database.url });
    try {
      const reference = await ws.report();
      const palu = ws.browser();
      const queue = await palu.signIn('palu-a');
      expect(queue.body).toContain(reference);
      const page = await palu.get(`/petugas/kasus/${reference}`);
      expect(page.body).toContain('memukul');
      await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(page) });
      expect(ws.scene.reporter.sender.sent.at(-1)!.message.text).toContain('Seorang petugas sudah membaca');
      await palu.post(`/petugas/kasus/${reference}/balas`, {
        _csrf: Browser.csrf(page),
        text: 'Apakah Anda aman?',
      });
      expect(ws.scene.reporter.sender.sent.at(-1)!.message.text).toContain('Apakah Anda aman?');
      await palu.post(`/petugas/kasus/${reference}/catatan`, {
        _csrf: Browser.csrf(page),
        text: 'rujuk ke RS',
      });
      expect((await palu.get(`/petugas/kasus/${reference}`)).body).toContain('rujuk ke RS');

      await client.connect();
      const stored = JSON.stringify(
        (await client.query('select * from officer_sessions, case_notes, cases')).rows,
      );
      expect(stored).not.toContain(palu.cookies.get('ppa_sid')!);
      expect(stored).not.toContain('rujuk ke RS');
      expect(stored).toContain('"desk_status":"ditangani"');
      const audit = (await client.query("select action from audit_events where actor = 'palu-a' order by id"))
        .rows;
      expect(audit.map((r) => r.action)).toEqual(
        expect.arrayContaining([
          'signed_in',
          'case_viewed',
          'claimed',
          'message_to_reporter',
          'desk_note_added',
        ]),
      );
    } finally {
      await client.end().catch(() => undefined);
      await ws.close();
      await database.drop();
    }
  }, 60_000);
});
