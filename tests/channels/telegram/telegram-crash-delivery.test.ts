/**
 * Sends that a process does not finish: killed with SIGKILL mid-send, stopped while a send hangs,
 * or holding a message longer than its lease. The next process sends what is left at once, and
 * nothing is sent twice once the platform accepted it.
 */
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hotline } from '../../../src/conversations/hotline-runtime.js';
import { TelegramChannel } from '../../../src/channels/telegram/telegram-channel.js';
import { ManualClock } from '../../../src/lib/clock.js';
import { FakeTelegramApi } from '../../support/fake-telegram-api.js';
import { textUpdate } from '../../support/telegram-updates.js';
import { createTestHotline, TEST_KEY, tempDir } from '../../support/test-hotline.js';
import { inspectDatabase } from '../../support/inspect-database.js';
import { startServe } from '../../support/cli.js';

const KEY = randomBytes(32).toString('base64');
const SECRET = 'crash-test-secret';
const CHAT = 555_000_222;

class WallClock extends ManualClock {
  override now(): number {
    return Date.now();
  }
}

const children: ChildProcess[] = [];
const hotlines: Hotline[] = [];
let api: FakeTelegramApi | undefined;
let dir: ReturnType<typeof tempDir> | undefined;

afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const h of hotlines.splice(0)) await h.close().catch(() => undefined);
  await api?.close();
  api = undefined;
  dir?.cleanup();
});

/** `hotline serve` as a real process, in Telegram webhook mode against the fake Bot API. */
async function serve(
  databaseFile: string,
  fake: FakeTelegramApi,
): Promise<{ child: ChildProcess; url: string }> {
  const service = await startServe({
    DATABASE_URL: databaseFile,
    DATA_KEY: KEY,
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.root,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
  children.push(service.child);
  return service;
}

const sentTexts = (fake: FakeTelegramApi) => fake.sentMessages().map((m) => m.text);

describe('delivery across a crash', () => {
  it('should send the reply a killed process had on the wire within seconds of the restart', async () => {
    dir = tempDir();
    api = new FakeTelegramApi();
    await api.listen();
    const db = join(dir.dir, 'hotline.db');
    const first = await serve(db, api);
    const release = api.hold('sendMessage');
    const posted = await fetch(`${first.url}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(textUpdate(1, CHAT, 'tolong suami saya mau bunuh saya, dia bawa parang sekarang')),
    });
    expect(posted.status).toBe(200);
    // The emergency numbers are on the wire when the process dies.
    await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'), 10_000);
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    release();

    await serve(db, api);
    const restarted = Date.now();
    await api.waitFor(
      (calls) => calls.filter((c) => c.method === 'sendMessage' && c.result).length >= 3,
      10_000,
    );
    // Not the 60 s lease: the dead process's claim is taken back as soon as the new one starts.
    expect(Date.now() - restarted).toBeLessThan(3_000);
    expect(sentTexts(api)).toEqual([
      expect.stringMatching(/^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama/),
      expect.stringMatching(/^Halo, terima kasih/),
      expect.stringMatching(/^Di mana Anda sekarang/),
    ]);
  }, 30_000);

  it('should send a 100-part message once per part, and stop within the grace while a send hangs', async () => {
    dir = tempDir();
    api = new FakeTelegramApi();
    await api.listen();
    const file = join(dir.dir, 'hotline.db');
    // A lease far shorter than the whole message takes to send, as a claim summary with a long
    // story once outlived the 60 s lease at one part a second.
    const delivery = { leaseMs: 300, sendGraceMs: 500 };
    const limits = { perChatBurst: 3, perChatIntervalMs: 15, globalBurst: 3, globalIntervalMs: 1 };
    const boot = () => {
      const t = createTestHotline(file, { clock: new WallClock(), delivery });
      hotlines.push(t.hotline);
      new TelegramChannel(
        t.hotline,
        { token: api!.token, apiRoot: api!.root, webhookSecret: SECRET },
        t.hotline.logger,
        { rateLimits: limits },
      );
      t.hotline.start();
      return t.hotline;
    };
    const parts = Array.from({ length: 100 }, (_, i) => `bagian ${i + 1}: ${'catatan '.repeat(400).trim()}`);
    // The long message is in the outbox when the service starts (written beside it, as the worker would).
    inspectDatabase(file, [TEST_KEY]).repos.outbox.enqueue({
      conversationId: 'officer-chat',
      channel: 'telegram',
      address: String(CHAT),
      payload: { text: parts.join('\n\n') },
      now: Date.now(),
    });
    const first = boot();
    await api.waitFor((calls) => calls.filter((c) => c.result).length >= 60, 10_000);
    const hung = api.hold('sendMessage');
    await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage' && !c.result));

    const stopping = Date.now();
    await first.close();
    expect(Date.now() - stopping).toBeLessThan(delivery.sendGraceMs + 1_000);

    // The hung request never got an answer: a new process sends it and the rest, once each. (Its
    // abort has reached the fake before it is released: on a loaded machine it once arrived after,
    // and the fake counted the part as sent by the old process too.)
    await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage' && c.abandoned === true));
    hung();
    boot();
    await api.waitFor(() => sentTexts(api!).length >= 100, 10_000);
    const sent = sentTexts(api);
    expect(sent.map((t) => t.slice(0, t.indexOf(':')))).toEqual(parts.map((p) => p.slice(0, p.indexOf(':'))));
  }, 30_000);
});
