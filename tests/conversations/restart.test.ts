import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hotline } from '../../src/conversations/hotline-runtime.js';
import { createTestHotline, RecordingSender, tempDir } from '../support/test-hotline.js';

let dir: ReturnType<typeof tempDir>;
const open: Hotline[] = [];

afterEach(async () => {
  for (const h of open.splice(0)) await h.close().catch(() => undefined);
  dir?.cleanup();
});

function boot(file: string) {
  const t = createTestHotline(file);
  open.push(t.hotline);
  return t;
}

let n = 0;
const say = (h: Hotline, text: string) =>
  h.ingest({
    channel: 'console',
    externalId: `m${++n}`,
    userId: 'u1',
    address: 'u1',
    input: { type: 'text', text },
  });

describe('restart with the same database', () => {
  it('should deliver outbox rows and process messages that a crashed process left behind', async () => {
    dir = tempDir();
    const file = join(dir.dir, 'hotline.db');

    // First life: messages are processed, but the platform was unreachable, then the process died.
    const first = boot(file);
    say(first.hotline, 'halo');
    say(first.hotline, '1');
    await first.hotline.whenIdle(); // no sender for the console: the replies stay in the outbox
    first.data.storeUnprocessed(
      {
        channel: 'console',
        externalId: `m${++n}`,
        userId: 'u1',
        address: 'u1',
        input: { type: 'text', text: 'lapor' },
      },
      first.clock,
    ); // stored (and acknowledged) but never processed
    expect(first.data.repos.outbox.countByStatus('pending')).toBe(3);
    // No close(): the process is gone. A new process opens the same file.

    const second = boot(file);
    const sender = new RecordingSender();
    second.hotline.registerSender(sender);
    second.hotline.start();
    await waitFor(() => sender.sent.length === 4);
    expect(sender.texts()).toEqual([
      expect.stringMatching(/^Halo, terima kasih sudah menghubungi kami\./),
      expect.stringMatching(/^Apakah Anda setuju kami menyimpan pesan Anda/),
      expect.stringMatching(/^Apa yang ingin Anda lakukan\?/),
      expect.stringMatching(/^Ceritakan dengan kata-kata Anda sendiri/),
    ]);
    // The conversation resumes at the same step: the next answer is taken as the story.
    say(second.hotline, 'Saya dipukul');
    await waitFor(() =>
      sender.texts().some((t) => t.includes('\nApakah Anda, atau orang yang ingin Anda bantu')),
    );
  });

  it('should fire a timer that fell due while the service was down', async () => {
    dir = tempDir();
    const file = join(dir.dir, 'hotline.db');
    const first = boot(file);
    for (const text of ['halo', '1', '1']) say(first.hotline, text);
    await first.hotline.whenIdle();

    const second = createTestHotline(file, { clock: first.clock });
    open.push(second.hotline);
    second.clock.advance(31 * 60 * 1000);
    const sender = new RecordingSender();
    second.hotline.registerSender(sender);
    second.hotline.start();
    await waitFor(() => sender.texts().some((t) => t.startsWith('Kami masih di sini')));
  });
});

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
