/**
 * `serve`'s wiring, with the core on its own thread and without: real HTTP into the webhook,
 * replies, callback feedback and media downloads (across the thread boundary) to a fake Bot API,
 * and the database state after the service closed.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { Hotline } from '../../src/conversations/hotline-runtime.js';
import { createLogger } from '../../src/log/logger.js';
import { type RunningService, startService } from '../../src/server.js';
import { NO_RATE_LIMITS } from '../../src/channels/telegram/telegram-rate-limiter.js';
import { triage } from '../../src/triage/index.js';
import { CHAT, reporterAnswer, SECRET } from '../channels/telegram/telegram-test-setup.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { callbackUpdate, photoUpdate, textUpdate } from '../support/telegram-updates.js';
import { LogCapture, TEST_KEY, tempDir } from '../support/test-hotline.js';

const REFERENCE = /<b>[A-Z0-9]{3}-[A-Z0-9]{3}<\/b>/;
let api: FakeTelegramApi;
let service: RunningService | undefined;
let dir: ReturnType<typeof tempDir>;
let updateId = 5_000;

afterEach(async () => {
  await service?.close();
  service = undefined;
  await api.close();
  dir.cleanup();
});

let coreThread: 'on' | 'off';

/** Starts the service; a restart keeps the fake API and the database folder. */
async function start(restart = false): Promise<RunningService> {
  if (!restart) {
    api = new FakeTelegramApi();
    await api.listen();
    dir = tempDir();
  }
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: join(dir.dir, 'hotline.db'),
    DATA_KEY: TEST_KEY.key.toString('base64'),
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.root,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    CORE_THREAD: coreThread,
  });
  service = await startService(config, createLogger('warn', new LogCapture()), {
    telegram: { rateLimits: NO_RATE_LIMITS },
    logTo: 'stderr',
  });
  return service;
}

async function post(update: unknown): Promise<number> {
  const res = await fetch(`${service!.address}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  });
  return res.status;
}

/** Posts and waits until the bot has sent `count` more messages; returns all sent so far. */
async function turn(update: unknown, count: number) {
  const before = api.sentMessages().length;
  expect(await post(update)).toBe(200);
  await api.waitFor(() => api.sentMessages().length >= before + count);
  return api.sentMessages();
}

describe.each(['on', 'off'] as const)('serve with CORE_THREAD=%s', (mode) => {
  beforeEach(() => {
    coreThread = mode;
  });

  it('should carry a whole report over the webhook and keep it after closing', async () => {
    await start();
    let sent = await turn(textUpdate(++updateId, CHAT, 'halo'), 2);
    for (let i = 0; i < 15 && !sent.some((m) => REFERENCE.test(m.text)); i++) {
      const last = sent.at(-1)!;
      const answer = reporterAnswer(last);
      sent =
        answer.type === 'press'
          ? await turn(callbackUpdate(++updateId, CHAT, answer.id, last), 1)
          : await turn(textUpdate(++updateId, CHAT, answer.text), 1);
    }
    expect(sent.some((m) => REFERENCE.test(m.text))).toBe(true);
    // Feedback on pressed buttons is the edge's own call, not routed through the core.
    expect(api.callsOf('answerCallbackQuery').length).toBeGreaterThan(0);

    // Closing may leave replies unsent (only sends under way finish): the next start sends them.
    await service!.close();
    await start(true);
    // A plain read-only look at the file the running service writes (no second runtime).
    const outboxRows = () => {
      const db = new Database(join(dir.dir, 'hotline.db'), { readonly: true });
      try {
        return db.prepare('select status from outbox').all() as { status: string }[];
      } finally {
        db.close();
      }
    };
    await vi.waitFor(
      () => {
        const rows = outboxRows();
        expect(rows.every((r) => r.status === 'sent')).toBe(true);
        expect(api.sentMessages()).toHaveLength(rows.length);
      },
      { timeout: 5_000, interval: 50 },
    );
  });

  it('should download a photo through the edge and store it encrypted', async () => {
    await start();
    const bytes = Buffer.from('JPEG-BYTES-'.repeat(40));
    api.addFile('photo-9', bytes);
    expect(await post(photoUpdate(++updateId, CHAT, 'photo-9'))).toBe(200);
    await api.waitFor((calls) => calls.some((c) => c.method === 'getFile'));
    await service!.close();
    service = undefined;
    const reopened = new Hotline({
      databaseFile: join(dir.dir, 'hotline.db'),
      dataKeys: [TEST_KEY],
      logger: createLogger('silent'),
      triage,
    });
    const stored = reopened.repos.media.load(`telegram:${updateId}:photo-9-u`);
    await reopened.close();
    expect(stored).toMatchObject({ status: 'stored', size: bytes.length });
    expect(stored?.bytes?.equals(bytes)).toBe(true);
  });

  it('should ring the on-call officer of an urgent case, and take the claim from the officer chat', async () => {
    await start();
    const urgent = 'tolong suami saya mau bunuh saya pakai parang sekarang, di kota palu';
    expect(await post(textUpdate(++updateId, CHAT, urgent))).toBe(200);
    // Who is on call depends on the hour in Palu (the real clock): any officer with the claim button.
    const alertOf = () => api.sentMessages().find((m) => m.options.some((o) => o.id === 'claim:1'));
    await api.waitFor(() => alertOf() !== undefined);
    const alert = alertOf()!;
    expect(alert.chat_id).not.toBe(CHAT);
    const joined = () =>
      api.sentMessages().filter((m) => m.chat_id === CHAT && /^Ada balasan untuk Anda\./.test(m.text));
    expect(joined()).toEqual([]);
    expect(await post(callbackUpdate(++updateId, Number(alert.chat_id), 'claim:1', alert))).toBe(200);
    await api.waitFor(() => joined().length === 1);
  });

  it('should answer readiness from the core', async () => {
    await start();
    const res = await fetch(`${service!.address}/readyz`);
    expect(await res.json()).toEqual({ status: 'ready' });
  });
});
