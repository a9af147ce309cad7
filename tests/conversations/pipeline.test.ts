import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError } from '../../src/conversations/channel-contract.js';
import type { Input } from '../../src/engine/types.js';
import { createTestHotline, RecordingSender, type TestHotline, tempDir } from '../support/test-hotline.js';

let dir: ReturnType<typeof tempDir>;
let t: TestHotline;
let sender: RecordingSender;
let seq = 0;

function say(text: string, userId = 'u1', externalId = `m${++seq}`) {
  return t.hotline.ingest({
    channel: 'console',
    externalId,
    userId,
    address: `addr-${userId}`,
    input: { type: 'text', text },
  });
}

async function settle(): Promise<void> {
  await t.hotline.whenIdle();
}

beforeEach(() => {
  dir = tempDir();
  t = createTestHotline(`${dir.dir}/hotline.db`);
  sender = new RecordingSender();
  t.hotline.registerSender(sender);
});

afterEach(async () => {
  await t.hotline.close();
  dir.cleanup();
});

describe('inbound pipeline', () => {
  it('should store a repeated delivery once and answer it once', async () => {
    expect((await say('halo', 'u1', 'same-id')).stored).toBe(true);
    expect((await say('halo', 'u1', 'same-id')).stored).toBe(false);
    await settle();
    expect(sender.texts().filter((x) => x.startsWith('Halo'))).toHaveLength(1);
    expect(t.data.repos.inbox.countPending()).toBe(0);
  });

  it('should process one conversation in arrival order and keep conversations apart', async () => {
    say('halo', 'u1');
    say('halo', 'u2');
    say('1', 'u1'); // consent yes
    await settle();
    const toU1 = sender.sent.filter((s) => s.address === 'addr-u1').map((s) => s.message.text);
    const toU2 = sender.sent.filter((s) => s.address === 'addr-u2').map((s) => s.message.text);
    expect(toU1.at(-1)).toMatch(/^Apa yang ingin Anda lakukan\?/);
    expect(toU2.at(-1)).toMatch(/setuju kami menyimpan/);
  });

  it('should retry a failed send with backoff and deliver it later', async () => {
    sender.failures.push(new SendError('platform down', true, 'http_503'));
    say('halo');
    await settle();
    // Nothing overtakes the failed greeting: the consent question waits behind it.
    expect(sender.sent).toHaveLength(0);
    expect(t.data.repos.outbox.countByStatus('pending')).toBe(2);
    await t.hotline.whenIdle();
    expect(sender.sent).toHaveLength(0); // backoff not over yet
    t.clock.advance(1_000);
    await t.hotline.whenIdle();
    expect(sender.texts().map((x) => x.split('\n')[0])).toEqual([
      'Halo, terima kasih sudah menghubungi kami.',
      'Apakah Anda setuju kami menyimpan pesan Anda untuk membantu?',
    ]);
    expect(t.data.repos.outbox.countByStatus('sent')).toBe(2);
  });

  it('should give up on a send the platform refuses for good, and go on with the next', async () => {
    sender.failures.push(new SendError('blocked by user', false, 'http_403'));
    say('halo');
    await settle();
    await t.hotline.whenIdle();
    expect(t.data.repos.outbox.countByStatus('failed')).toBe(1);
    expect(sender.sent.at(-1)?.message.options?.map((o) => o.id)).toEqual(['yes', 'no']);
  });

  it('should fire a stored inactivity timer as an input to the flow', async () => {
    for (const text of ['halo', '1', '1']) say(text); // consent, then "report" → story prompt with a timer
    await settle();
    expect(await t.hotline.fireDueTimers()).toBe(0);
    t.clock.advance(30 * 60 * 1000);
    expect(await t.hotline.fireDueTimers()).toBe(1);
    await settle();
    expect(sender.texts().at(-2)).toMatch(/^Kami masih di sini/);
  });

  it('should quarantine a message whose processing fails and tell the reporter, without blocking the next', async () => {
    const broken: Input = { type: 'choice', optionId: 'x' };
    say('halo');
    await settle();
    // A poisoned stored payload: the conversation row is gone, so processing must fail.
    t.data.storeUnprocessed(
      { channel: 'console', externalId: 'bad', userId: 'u9', address: 'addr-u9', input: broken },
      t.clock,
    );
    t.data.sql
      .prepare("update conversations set snapshot_enc = 'garbage' where id = ?")
      .run(t.data.repos.conversations.findId('console', 'u9'));
    say('1');
    await settle();
    expect(sender.sent.find((s) => s.address === 'addr-u9')?.message.text).toMatch(/^Maaf, ada gangguan/);
    expect(sender.sent.filter((s) => s.address === 'addr-u1').at(-1)?.message.text).toMatch(
      /^Apa yang ingin/,
    );
    expect(t.logs.text).toContain('inbound message failed');
  });
});

describe('a message that failed', () => {
  it('should be tried again at the next start while it is its chat’s newest, telling the reporter only once', async () => {
    const file = `${dir.dir}/hotline.db`;
    const snapshotOf = (userId: string) =>
      t.data.sql
        .prepare('select snapshot_enc from conversations where id = ?')
        .pluck()
        .get(t.data.repos.conversations.findId('console', userId)) as string;
    const setSnapshot = (userId: string, value: string) =>
      t.data.sql
        .prepare('update conversations set snapshot_enc = ? where id = ?')
        .run(value, t.data.repos.conversations.findId('console', userId));
    for (const user of ['fixed', 'broken', 'moved-on']) say('halo', user);
    await settle();
    const good = snapshotOf('fixed');
    // What a bug or a missing key does: the chat's state cannot be read, so each message fails.
    for (const user of ['fixed', 'broken', 'moved-on']) setSnapshot(user, 'garbage');
    for (const user of ['fixed', 'broken', 'moved-on']) say('1', user);
    await settle();
    const apologies = (user: string) =>
      sender.sent.filter((s) => s.address === `addr-${user}` && /^Maaf, ada gangguan/.test(s.message.text));
    for (const user of ['fixed', 'broken', 'moved-on']) expect(apologies(user)).toHaveLength(1);
    // One chat goes on after its failure: its failed message is behind it now, never replayed.
    setSnapshot('moved-on', good);
    say('halo lagi', 'moved-on');
    await settle();
    const movedOnBefore = sender.sent.filter((s) => s.address === 'addr-moved-on').length;

    // The cause is fixed for one chat, and the service restarts.
    setSnapshot('fixed', good);
    await t.hotline.close();
    t = createTestHotline(file);
    const after = new RecordingSender();
    t.hotline.registerSender(after);
    t.hotline.start(); // as serve starts it
    await expect.poll(() => after.sent.some((s) => s.address === 'addr-fixed')).toBe(true);
    await t.hotline.whenIdle();
    const to = (user: string) =>
      after.sent.filter((s) => s.address === `addr-${user}`).map((s) => s.message.text);
    expect(to('fixed').at(-1)).toMatch(/^Apa yang ingin Anda lakukan\?/); // the "1" (yes) is answered now
    expect(to('broken')).toEqual([]); // failed again: not told a second time
    expect(to('moved-on')).toEqual([]);
    expect(movedOnBefore).toBeGreaterThan(0);
    expect(t.logs.text).toContain('"count":2,"msg":"messages that failed before are tried again"');
  });
});

describe('deleting my data', () => {
  it('should erase messages, answers and case details but keep an anonymous count', async () => {
    // The test triage calls "URGENT" urgent: the shortest way to an open case (consent, place).
    for (const text of ['URGENT suami saya memukul saya RAHASIA123', '1', 'Pati']) say(text);
    await settle();
    const before = t.data.repos.cases.latest(t.data.repos.conversations.findId('console', 'u1')!);
    expect(before?.details).toMatchObject({ story: 'URGENT suami saya memukul saya RAHASIA123' });
    say('hapus');
    say('ya');
    await settle();
    expect(sender.texts().at(-1)).toMatch(/^Selesai\. Pesan dan data pribadi Anda sudah dihapus/);
    const db = t.data.sql;
    expect(db.prepare('select count(*) n from inbound_messages where status = ?').get('pending')).toEqual({
      n: 0,
    });
    const cases = db.prepare('select conversation_id, details_enc, reference from cases').all();
    expect(cases).toEqual([{ conversation_id: null, details_enc: null, reference: before!.reference }]);
    // Only the confirmation remains in the outbox; the earlier messages are gone.
    expect(sender.texts().filter((x) => x.includes('RAHASIA123'))).toEqual([]);
    expect(db.prepare('select count(*) n from outbox').get()).toEqual({ n: 1 });
  });

  it('should not let an erased case be looked up or added to by its reference', async () => {
    for (const text of ['URGENT suami saya memukul saya', '1', 'Pati']) say(text);
    await settle();
    const conversationId = t.data.repos.conversations.findId('console', 'u1')!;
    const { reference } = t.data.repos.cases.latest(conversationId)!;
    say('hapus');
    say('ya');
    await settle();
    say(reference, 'u2');
    await settle();
    const toU2 = sender.sent.filter((s) => s.address === 'addr-u2').map((s) => s.message.text);
    expect(toU2.join('\n')).not.toContain(reference);
    expect(toU2.join('\n')).not.toMatch(/sudah kembali/);
  });
});

describe('a case erased while another phone still holds its reference', () => {
  it('should not take new notes into the anonymous count', async () => {
    for (const text of ['URGENT suami saya memukul saya', '1', 'Pati']) say(text);
    await settle();
    const { reference } = t.data.repos.cases.latest(t.data.repos.conversations.findId('console', 'u1')!)!;
    say(reference, 'u2'); // a second phone opens the case by its reference
    await settle();
    say('hapus');
    say('ya');
    await settle();
    say('dia datang lagi kemarin', 'u2'); // a note from the second phone after the erasure
    await settle();
    const row = t.data.sql.prepare('select details_enc from cases where reference = ?').get(reference);
    expect(row).toEqual({ details_enc: null });
  });
});
