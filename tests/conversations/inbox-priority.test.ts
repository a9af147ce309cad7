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
  return t.hotline.store({
    channel: 'console',
    externalId: `m${++seq}`,
    userId,
    address: `addr-${userId}`,
    input: { type: 'text', text },
  });
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
    t.hotline.worker.drain(1);
    // Checked before the event loop runs the worker's own wake-up: one message taken, the urgent one.
    expect(t.hotline.repos.inbox.countPending()).toBe(100);
    await t.hotline.dispatcher.flush();
    expect(sender.sent[0]?.address).toBe('addr-in-danger');
    expect(sender.sent[0]?.message.text).toMatch(/112/);
  });

  it("should never take a danger signal ahead of the same reporter's earlier message", async () => {
    say('halo', 'reporter');
    say(URGENT, 'reporter');
    say('halo', 'other');
    t.hotline.worker.drain(2);
    // Both of the reporter's messages were taken (the urgent one ahead of the other reporter's),
    // checked before the worker's own wake-up runs.
    expect(t.hotline.repos.inbox.countPending()).toBe(1);
    await t.hotline.dispatcher.flush();
    // Greeting first (their first message), then the emergency numbers.
    const texts = to('reporter');
    expect(texts[0]).toMatch(/^Halo/);
    expect(texts.findIndex((x) => /112/.test(x))).toBeGreaterThan(0);
  });
});

describe('a sender who floods the hotline', () => {
  it('should be slowed down and told once, losing nothing, and a danger signal should still go at once', async () => {
    for (let i = 0; i < 25; i++) say(`pesan ${i}`, 'flooder');
    t.hotline.worker.drain();
    await t.hotline.dispatcher.flush();
    // The default burst (20) is taken at once; the rest wait a second apart.
    expect(t.hotline.repos.inbox.countPending()).toBe(5);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(0);

    t.clock.advance(1_000);
    t.hotline.worker.drain();
    await t.hotline.dispatcher.flush();
    expect(t.hotline.repos.inbox.countPending()).toBe(4);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(1);

    // In danger while slowed: the held messages and the danger signal are all taken now.
    say(URGENT, 'flooder');
    t.hotline.worker.drain();
    await t.hotline.dispatcher.flush();
    expect(t.hotline.repos.inbox.countPending()).toBe(0);
    expect(to('flooder').some((x) => /112/.test(x))).toBe(true);
    expect(to('flooder').filter((x) => SLOWED.test(x))).toHaveLength(1);
  });

  it('should not slow anyone else down', async () => {
    for (let i = 0; i < 40; i++) say(`pesan ${i}`, 'flooder');
    say('halo', 'neighbour');
    t.hotline.worker.drain();
    await t.hotline.dispatcher.flush();
    expect(to('neighbour')[0]).toMatch(/^Halo/);
    expect(to('neighbour').filter((x) => SLOWED.test(x))).toHaveLength(0);
  });
});
