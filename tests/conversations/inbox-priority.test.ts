import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { createTestHotline, RecordingSender, type TestHotline, tempDir } from '../support/test-hotline.js';

const URGENT = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
const SLOWED = /banyak pesan sekaligus/;

let dir: ReturnType<typeof tempDir>;
let t: TestHotline;
let sender: RecordingSender;
let seq = 0;

function say(text: string, userId: string) {
  return t.hotline.ingest({
    channel: 'console',
    externalId: `m${++seq}`,
    userId,
    address: `addr-${userId}`,
    input: { type: 'text', text },
  });
}

/** Conversations in the order the worker first answered them (outbox ids grow as it writes). */
function answeredInOrder(): string[] {
  const rows = t.data.sql
    .prepare('SELECT conversation_id AS chat FROM outbox GROUP BY conversation_id ORDER BY min(outbox.id)')
    .all() as { chat: string }[];
  const users = new Map(
    ['in-danger', 'reporter', 'other', 'crowd-0'].map((u) => [
      t.data.repos.conversations.findId('console', u),
      u,
    ]),
  );
  return rows.map((r) => users.get(r.chat) ?? 'someone else');
}

const to = (userId: string) =>
  sender.sent.filter((s) => s.address === `addr-${userId}`).map((s) => s.message.text);

beforeEach(() => {
  dir = tempDir();
  t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
  sender = new RecordingSender();
  t.hotline.registerSender(sender);
});

afterEach(async () => {
  await t.hotline.close();
  dir.cleanup();
});

describe('the order inbound messages are taken in', () => {
  it('should answer a danger signal before a flood of ordinary messages that arrived first', async () => {
    for (let i = 0; i < 100; i++) say('halo, saya mau tanya alamat kantor', `crowd-${i}`);
    say(URGENT, 'in-danger');
    await t.hotline.whenIdle();
    // All 101 were stored together; the worker took the urgent one first.
    expect(answeredInOrder()[0]).toBe('in-danger');
    expect(sender.sent[0]?.address).toBe('addr-in-danger');
    expect(sender.sent[0]?.message.text).toMatch(/112/);
  });

  it("should take a danger signal ahead of others' messages but never ahead of the same reporter's earlier one", async () => {
    say('halo', 'reporter');
    say('halo', 'other');
    say(URGENT, 'reporter');
    await t.hotline.whenIdle();
    // Arrival order would be reporter, other, reporter; plain priority would answer the danger
    // signal before the reporter's own greeting. Both of the reporter's go first, in their order.
    const texts = to('reporter');
    expect(texts[0]).toMatch(/^Halo/);
    expect(texts.findIndex((x) => /112/.test(x))).toBeGreaterThan(0);
    const rows = t.data.sql
      .prepare('SELECT conversation_id AS chat FROM outbox ORDER BY outbox.id')
      .all() as { chat: string }[];
    const other = t.data.repos.conversations.findId('console', 'other');
    const firstOther = rows.findIndex((r) => r.chat === other);
    const lastReporter = rows.findLastIndex((r) => r.chat !== other);
    expect(lastReporter).toBeLessThan(firstOther);
  });
});

describe('a sender who floods the hotline', () => {
  it('should be slowed down and told once, losing nothing, and a danger signal should still go at once', async () => {
    for (let i = 0; i < 25; i++) await say(`pesan ${i}`, 'flooder');
    await t.hotline.whenIdle();
    // The default burst (20) is taken at once; the rest wait a second apart.
    expect(t.data.repos.inbox.countPending()).toBe(5);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(0);

    t.clock.advance(1_000);
    await t.hotline.whenIdle();
    expect(t.data.repos.inbox.countPending()).toBe(4);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(1);

    // In danger while slowed: the held messages and the danger signal are all taken now.
    await say(URGENT, 'flooder');
    await t.hotline.whenIdle();
    expect(t.data.repos.inbox.countPending()).toBe(0);
    expect(to('flooder').some((x) => /112/.test(x))).toBe(true);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(1);
  });

  it('should not slow anyone else down', async () => {
    for (let i = 0; i < 40; i++) say(`pesan ${i}`, 'flooder');
    say('halo', 'neighbour');
    await t.hotline.whenIdle();
    expect(to('neighbour')[0]).toMatch(/^Halo/);
    expect(to('neighbour').filter((x) => SLOWED.test(x))).toHaveLength(0);
  });
});
