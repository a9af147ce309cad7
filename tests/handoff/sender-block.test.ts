import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeCaseReference } from '../../src/engine/case-reference-text.js';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../src/directory/index.js';
import { readBlockCommand } from '../../src/handoff/sender-block.js';
import { triage } from '../../src/triage/index.js';
import { Conversation } from '../support/conversation-harness.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, tempDir, testTranslator } from '../support/test-hotline.js';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
const DAY_S = 86_400;

describe('an officer blocks an abusive sender', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  /** A case of UPTD PPA Kota Palu whose chat palu-a took and closed; its reference. */
  async function closedCase(): Promise<string> {
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    const reference = /kasus (\S+) menunggu/.exec(scene.to('palu-a')[0]!.text)![1]!;
    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    await scene.officerSays('palu-a', '/selesai');
    return reference;
  }

  const audits = () =>
    scene.data.sql
      .prepare(
        "select actor, action, case_id is not null as has_case from audit_events where alert_id is null and action like '%block%' order by id",
      )
      .all();

  it('should store but not answer them, still give the emergency numbers, refuse another office, and end by itself', async () => {
    scene = HandoffScene.open();
    const reference = await closedCase();
    const alertsBefore = scene.data.sql.prepare('select count(*) as n from alerts').get();

    await scene.officerSays('sumbar-a', `/blokir ${reference}`);
    expect(scene.to('sumbar-a').at(-1)!.text).toContain('di luar wilayah kantor Anda');
    await scene.officerSays('palu-a', `/blokir ${reference} 2`);
    expect(scene.to('palu-a').at(-1)!.text).toContain(`Pengirim kasus ${reference} diblokir selama 2 hari`);

    const officersBefore = scene.officers.sent.length;
    expect(await scene.reporterSays('kamu tidak berguna, saya akan terus kirim pesan')).toEqual([]);
    expect(await scene.reporterSays('petugas')).toEqual([]); // not even a request for an officer
    const danger = await scene.reporterSays('tolong dia datang lagi bawa pisau mau bunuh saya');
    expect(danger).toHaveLength(1);
    expect(danger[0]!.text).toContain('112'); // safety first: the emergency numbers, and only them
    expect(scene.officers.sent.slice(officersBefore)).toEqual([]); // nothing reached any officer
    expect(scene.data.sql.prepare('select count(*) as n from alerts').get()).toEqual(alertsBefore);
    // Stored all the same (encrypted, like every message).
    const stored = scene.data.sql
      .prepare(
        "select count(*) as n from inbound_messages where status = 'processed' and conversation_id = (select conversation_id from cases where reference = ?)",
      )
      .get(reference) as { n: number };
    expect(stored.n).toBeGreaterThanOrEqual(5);

    await scene.wait(2 * DAY_S);
    const again = await scene.reporterSays('halo');
    expect(again.length).toBeGreaterThan(0); // the block ended by itself: answered again

    expect(audits()).toEqual([
      { actor: 'sumbar-a', action: 'block_refused', has_case: 1 },
      { actor: 'palu-a', action: 'sender_blocked', has_case: 1 },
    ]);
    await expect(scene.transcript()).toMatchFileSnapshot('transcripts/sender-blocked.id.txt');
  });

  it('should still let a blocked sender delete their data and leave at once', async () => {
    scene = HandoffScene.open();
    const reference = await closedCase();
    await scene.officerSays('palu-a', `/blokir ${reference}`);
    expect(await scene.reporterSays('halo')).toEqual([]);
    const exit = await scene.reporterSays('keluar'); // the quick exit still answers
    expect(exit.length).toBeGreaterThan(0);
    const question = await scene.reporterSays('hapus');
    expect(question.at(-1)!.options?.map((o) => o.id)).toEqual(['yes', 'no']);
    const done = await scene.reporterSays('ya');
    expect(done.length).toBeGreaterThan(0);
    const row = scene.data.sql
      .prepare('select conversation_id, details_enc from cases where reference = ?')
      .get(reference);
    expect(row).toEqual({ conversation_id: null, details_enc: null }); // erased, an anonymous count remains
    expect(await scene.reporterSays('halo lagi')).toEqual([]); // still blocked after it
  });

  it('should let an officer of the office lift the block, and explain the command when it is incomplete', async () => {
    scene = HandoffScene.open();
    const reference = await closedCase();
    await scene.officerSays('palu-a', '/blokir');
    expect(scene.to('palu-a').at(-1)!.text).toContain('Tulis /blokir diikuti nomor kasus');
    await scene.officerSays('palu-a', `/buka ${reference}`);
    expect(scene.to('palu-a').at(-1)!.text).toContain('tidak sedang diblokir');
    // The provincial office is above UPTD Palu: its officer may block Palu's cases.
    await scene.officerSays('sulteng-a', `/blokir ${reference.toLowerCase().replace('-', ' ')}`);
    expect(scene.to('sulteng-a').at(-1)!.text).toContain('diblokir selama 7 hari');
    expect(await scene.reporterSays('halo')).toEqual([]);
    await scene.officerSays('palu-a', `/buka ${reference}`);
    expect(scene.to('palu-a').at(-1)!.text).toContain('dicabut');
    expect((await scene.reporterSays('halo')).length).toBeGreaterThan(0);
    expect(
      audits().map((a) => `${(a as { actor: string }).actor} ${(a as { action: string }).action}`),
    ).toEqual(['sulteng-a sender_blocked', 'palu-a sender_unblocked']);
  });
});

describe('reading a block command', () => {
  const words = { block: new Set(['/blokir', '/block']), unblock: new Set(['/buka', '/unblock']) };
  const read = (text: string) => readBlockCommand(text, words, normalizeCaseReference);

  it('should read the reference in any spelling, the days, and cut them at 30', () => {
    expect(read('/blokir VP4-XGT')).toEqual({ kind: 'block', reference: 'VP4-XGT', days: 7 });
    expect(read('/BLOKIR vp4 xgt 3')).toEqual({ kind: 'block', reference: 'VP4-XGT', days: 3 });
    expect(read('/block VP4XGT 99')).toEqual({ kind: 'block', reference: 'VP4-XGT', days: 30 });
    expect(read('/blokir VP4-XGT 100')).toEqual({ kind: 'block', reference: 'VP4-XGT', days: 30 });
    // A reference whose second half is three digits is still a reference, not days.
    expect(read('/blokir VPX 346')).toEqual({ kind: 'block', reference: 'VPX-346', days: 7 });
    expect(read('/blokir VP4XGT 0')).toEqual({ kind: 'block', reference: undefined, days: 0 });
    expect(read('/buka VP4-XGT')).toEqual({ kind: 'unblock', reference: 'VP4-XGT' });
    expect(read('/blokir bukan-nomor')).toEqual({ kind: 'block', reference: undefined, days: 7 });
    expect(read('blokir VP4-XGT')).toBeUndefined(); // only the slash command: plain words are chat
    expect(read('/selesai')).toBeUndefined();
  });
});

const postgres = await postgresForTests();
describePostgres('an officer blocks an abusive sender, on PostgreSQL', postgres, (server) => {
  it('should keep the block, the emergency numbers and the refusal as on SQLite', async () => {
    const database = await server.freshDatabase();
    const dir = tempDir();
    const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
    const t = createTestHotline(join(dir.dir, 'unused.db'), {
      triage,
      directory,
      services: {
        hotline: createHotlineServices(directory, createDirectoryGazetteer(directory), testTranslator()),
      },
      storage: await openTestPostgres(database.url),
    });
    const scene = new HandoffScene(Conversation.open({ hotline: t }));
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      const reference = /kasus (\S+) menunggu/.exec(scene.to('palu-a')[0]!.text)![1]!;
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      await scene.officerSays('sumbar-a', `/blokir ${reference}`);
      expect(scene.to('sumbar-a').at(-1)!.text).toContain('di luar wilayah kantor Anda');
      await scene.officerSays('palu-a', `/blokir ${reference} 1`);
      const officersBefore = scene.officers.sent.length;
      // Blocked while an officer holds the case: not even relayed to them.
      expect(await scene.reporterSays('halo halo halo')).toEqual([]);
      const danger = await scene.reporterSays('tolong dia datang lagi bawa pisau mau bunuh saya');
      expect(danger.map((m) => m.text)).toEqual([expect.stringContaining('112')]);
      expect(scene.officers.sent.slice(officersBefore)).toEqual([]);
      await scene.wait(DAY_S);
      await scene.reporterSays('halo, masih ada?');
      expect(scene.to('palu-a').at(-1)!.text).toContain('halo, masih ada?'); // relayed again

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query(
        "select actor, action from audit_events where alert_id is null and action like '%block%' order by id",
      );
      await client.end();
      expect(rows).toEqual([
        { actor: 'sumbar-a', action: 'block_refused' },
        { actor: 'palu-a', action: 'sender_blocked' },
      ]);
    } finally {
      await t.hotline.close();
      dir.cleanup();
      await database.drop();
    }
  });
});
