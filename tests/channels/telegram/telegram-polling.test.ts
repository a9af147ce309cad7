import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../../src/channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS } from '../../../src/channels/telegram/telegram-rate-limiter.js';
import { FakeTelegramApi, type SentMessage } from '../../support/fake-telegram-api.js';
import { tempDir } from '../../support/test-hotline.js';
import { callbackUpdate, textUpdate } from '../../support/telegram-updates.js';
import { CHAT, reporterAnswer, type TelegramHarness, telegramHarness } from './telegram-test-setup.js';

/** A report ends with its reference, rendered bold. */
const REFERENCE = /<b>[A-Z0-9]{3}-[A-Z0-9]{3}<\/b>/;
const MAX_TURNS = 15;
/** No message for this long means the bot has finished its turn. */
const QUIET_MS = 60;

let harnesses: TelegramHarness[] = [];
let dirs: ReturnType<typeof tempDir>[] = [];
let apis: FakeTelegramApi[] = [];
let updateId = 5_000;

afterEach(async () => {
  for (const h of harnesses.reverse()) await h.close();
  for (const api of apis) await api.close();
  for (const d of dirs) d.cleanup();
  harnesses = [];
  dirs = [];
  apis = [];
});

async function pollingHotline(options: { api?: FakeTelegramApi; dir?: ReturnType<typeof tempDir> } = {}) {
  const h = await telegramHarness({ webhookSecret: undefined, channel: { pollSeconds: 1 }, ...options });
  harnesses.push(h);
  h.t.hotline.start();
  h.channel.startPolling();
  return h;
}

/** Queues an update and waits until the bot has sent `count` messages in all. */
async function deliver(h: TelegramHarness, update: unknown, count: (before: number) => number) {
  const before = h.api.sentMessages().length;
  h.api.pushUpdate(update as Parameters<FakeTelegramApi['pushUpdate']>[0]);
  await h.api.waitFor(() => h.api.sentMessages().length >= count(before));
}

/** Waits until the bot stops sending for a moment, then returns what it sent since `from`. */
async function quietReplies(h: TelegramHarness, from: number): Promise<SentMessage[]> {
  let seen = -1;
  while (seen !== h.api.sentMessages().length) {
    seen = h.api.sentMessages().length;
    await new Promise((r) => setTimeout(r, QUIET_MS));
  }
  return h.api.sentMessages().slice(from);
}

describe('telegram long polling', () => {
  it('should carry a whole report over getUpdates, confirming each batch with the next offset', async () => {
    const h = await pollingHotline();
    await deliver(h, textUpdate(++updateId, CHAT, '/start'), (n) => n + 2);
    let replies = await quietReplies(h, 0);
    for (let i = 0; i < MAX_TURNS && !replies.some((m) => REFERENCE.test(m.text)); i++) {
      const last = replies.at(-1)!;
      const answer = reporterAnswer(last);
      const from = h.api.sentMessages().length;
      await deliver(
        h,
        answer.type === 'press'
          ? callbackUpdate(++updateId, CHAT, answer.id, last)
          : textUpdate(++updateId, CHAT, answer.text),
        (n) => n + 1,
      );
      replies = await quietReplies(h, from);
    }
    expect(replies.some((m) => REFERENCE.test(m.text))).toBe(true);
    const offsets = h.api.callsOf('getUpdates').map((c) => c.payload.offset);
    expect(offsets).toContain(updateId); // the last-but-one update confirmed by the next poll
    expect(h.api.callsOf('getUpdates')[0]?.payload).toMatchObject({
      timeout: 1,
      allowed_updates: ['message', 'edited_message', 'callback_query'],
    });
    expect(h.api.callsOf('answerCallbackQuery').length).toBeGreaterThan(0);
  });

  it('should neither lose nor repeat an update across a restart', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const api = new FakeTelegramApi();
    await api.listen();
    apis.push(api);
    const first = await pollingHotline({ api, dir });
    await deliver(first, textUpdate(++updateId, CHAT, 'halo'), (n) => n + 2);
    const answered = (await quietReplies(first, 0)).length;
    // Stopped before the next getUpdates confirmed it: Telegram still holds the update.
    await first.close();
    harnesses = harnesses.filter((x) => x !== first);

    const second = await pollingHotline({ api, dir });
    await second.api.waitFor((calls) => calls.filter((c) => c.method === 'getUpdates').length >= 3);
    await quietReplies(second, 0);
    expect(second.api.sentMessages()).toHaveLength(answered);
    await deliver(second, textUpdate(++updateId, CHAT, 'ya'), (n) => n + 1);
    expect((await quietReplies(second, answered)).at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should back off and keep polling after getUpdates fails', async () => {
    const h = await telegramHarness({ webhookSecret: undefined, channel: { pollSeconds: 1 } });
    harnesses.push(h);
    h.api.failNext('getUpdates', { error_code: 502, description: 'Bad Gateway' });
    h.t.hotline.start();
    h.channel.startPolling();
    await deliver(h, textUpdate(++updateId, CHAT, 'halo'), (n) => n + 2);
    expect(h.t.logs.text).toContain('"code":"telegram_502"');
    expect(h.t.logs.text).not.toContain(h.api.token);
  });
});

describe('telegram long polling from several instances', () => {
  it('should let one instance poll at a time, and the other take over when it stops', async () => {
    const h = await telegramHarness({ webhookSecret: undefined, channel: { pollSeconds: 1 } });
    harnesses.push(h);
    h.t.hotline.start();
    const other = new FakeTelegramApi();
    await other.listen();
    apis.push(other);
    // Two instances of the service (their own Bot API stand-ins, so each one's calls are seen),
    // sharing the lease in one database.
    const instance = (api: FakeTelegramApi, owner: string) =>
      new TelegramChannel(
        h.t.hotline,
        { token: api.token, apiRoot: api.root, webhookSecret: undefined },
        h.t.hotline.logger,
        {
          pollSeconds: 1,
          standbyMs: 50,
          rateLimits: NO_RATE_LIMITS,
          pollerLease: h.t.hotline.pollerLease('telegram-poller', owner),
        },
      );
    const first = instance(h.api, 'first');
    const second = instance(other, 'second');
    first.startPolling();
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'));
    second.startPolling();
    await sleep(300);
    expect(other.callsOf('getUpdates')).toHaveLength(0);

    await first.stop(); // releases the lease, as a clean shutdown does
    await other.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'), 3_000);
    const polledBefore = h.api.callsOf('getUpdates').length;
    await sleep(300);
    expect(h.api.callsOf('getUpdates')).toHaveLength(polledBefore);
    await second.stop();
  });
});
