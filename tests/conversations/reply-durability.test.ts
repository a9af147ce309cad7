import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeldSync, ioError } from '../support/held-sync.js';
import { createTestHotline, RecordingSender, type TestHotline, tempDir } from '../support/test-hotline.js';

let dir: ReturnType<typeof tempDir>;
let held: HeldSync;
let t: TestHotline;
let sender: RecordingSender;
let seq = 0;

/**
 * The reporter's message is stored (as a channel's ingest would, without waiting for its sync);
 * `answer()` then lets the service process it and send what is due.
 */
function say(text: string): void {
  t.data.storeUnprocessed(
    {
      channel: 'console',
      externalId: `m${++seq}`,
      userId: 'u1',
      address: 'addr-u1',
      input: { type: 'text', text },
    },
    t.clock,
  );
}

/** The worker answers at once (committed, not yet synced); the dispatcher sends what a sync covers. */
const answer = () => t.hotline.whenIdle();

/** Lets the held syncs run one by one until `count` messages went out. */
async function syncUntilSent(count: number): Promise<void> {
  await vi.waitFor(() => {
    if (held.waiting > 0) held.release();
    expect(sender.sent).toHaveLength(count);
  });
}

beforeEach(() => {
  dir = tempDir();
  held = new HeldSync();
  t = createTestHotline(`${dir.dir}/hotline.db`, { walSync: held.sync });
  sender = new RecordingSender();
  t.hotline.registerSender(sender);
});

afterEach(async () => {
  held.releaseAll();
  await t.hotline.close();
  dir.cleanup();
});

describe('replies and the disk', () => {
  it('should show a turn no reply before its commit is synced, then all of its replies without another sync', async () => {
    say('halo');
    const sending = answer();
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    expect(sender.sent).toHaveLength(0);
    held.release();
    // The greeting and the consent question were committed together: one sync covers both.
    await vi.waitFor(() => expect(sender.sent).toHaveLength(2));
    expect(held.waiting).toBe(0);
    await sending;
    expect(sender.texts().map((x) => x.split('\n')[0])).toEqual([
      'Halo, terima kasih sudah menghubungi kami.',
      'Apakah Anda setuju kami menyimpan pesan Anda untuk membantu?',
    ]);
  });

  it('should hold the next turn’s reply until a sync after its own commit', async () => {
    say('halo');
    const first = answer();
    await syncUntilSent(2);
    await first;
    say('1');
    const second = answer();
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    expect(sender.sent).toHaveLength(2);
    held.release();
    await second;
    expect(sender.texts().at(-1)).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should send nothing when the sync fails, and the whole turn once a later sync succeeds', async () => {
    say('halo');
    held.failNext = ioError();
    const failing = answer();
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    held.release();
    await failing;
    expect(sender.sent).toHaveLength(0);
    t.clock.advance(1_000);
    const retry = answer();
    await syncUntilSent(2);
    await retry;
  });
});
