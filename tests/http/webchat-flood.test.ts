import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS } from '../../src/channels/telegram/telegram-rate-limiter.js';
import { triage } from '../../src/triage/index.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { textUpdate } from '../support/telegram-updates.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';

const SECRET = 'flood-test-secret';
const REPORTER_CHAT = 777_000_123;
/** The heavy text of the attack run: 4,000 characters that name a place again and again. */
const HEAVY = 'di jawa '.repeat(500);
const FLOOD = 500;
/** Issue 12: an urgent reply within 2 s while the flood arrives. */
const URGENT_REPLY_BUDGET_MS = 2_000;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('a web chat flood', () => {
  it('should be mostly refused, and not delay an urgent Telegram reply beyond 2 s', async () => {
    const dir = tempDir();
    const t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
    const api = new FakeTelegramApi();
    await api.listen();
    const telegram = new TelegramChannel(
      t.hotline,
      { token: api.token, apiRoot: api.root, webhookSecret: SECRET },
      t.hotline.logger,
      { rateLimits: NO_RATE_LIMITS, clock: t.clock },
    );
    // The service's defaults: what a production operator gets without tuning anything.
    const app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger, telegram });
    cleanup.push(async () => {
      await telegram.stop();
      await app.close();
      await t.hotline.close();
      await api.close();
      dir.cleanup();
    });
    t.hotline.start();
    // A running service is warm: one ordinary conversation first (triage and the locales loaded).
    await app.inject({
      method: 'POST',
      url: '/webhooks/telegram',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: textUpdate(0, REPORTER_CHAT + 1, 'halo, saya mau tanya'),
    });
    await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'));

    // One client: one address, a fresh session for every post (a new session costs nothing).
    const flood = Array.from({ length: FLOOD }, (_, i) =>
      app.inject({
        method: 'POST',
        url: '/chat/messages',
        remoteAddress: '203.0.113.9',
        payload: { session: `flood-${String(i).padStart(12, '0')}`, id: 'm1', text: HEAVY },
      }),
    );
    const started = performance.now();
    const urgent = await app.inject({
      method: 'POST',
      url: '/webhooks/telegram',
      remoteAddress: '149.154.167.220',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: textUpdate(1, REPORTER_CHAT, 'tolong suami saya bawa parang mau bunuh saya sekarang'),
    });
    expect(urgent.statusCode).toBe(200);
    await api.waitFor(
      (calls) =>
        calls.some(
          (c) =>
            c.method === 'sendMessage' &&
            c.payload.chat_id === REPORTER_CHAT &&
            /\b112\b/.test(String(c.payload.text)),
        ),
      30_000,
    );
    const elapsed = performance.now() - started;
    const codes = (await Promise.all(flood)).map((r) => r.statusCode);
    const accepted = codes.filter((c) => c === 202).length;
    const refused = codes.filter((c) => c === 429).length;
    expect(accepted + refused).toBe(FLOOD);
    expect(refused).toBeGreaterThan(FLOOD * 0.8);
    expect(elapsed).toBeLessThan(URGENT_REPLY_BUDGET_MS);
  }, 60_000);
});
