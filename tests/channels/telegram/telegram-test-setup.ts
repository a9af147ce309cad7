/**
 * A hotline with the Telegram channel pointed at a fake Bot API on a real loopback port, and the
 * app built around it: webhook tests inject() updates, grammY calls the fake over real HTTP.
 */
import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../../src/app.js';
import {
  TelegramChannel,
  type TelegramChannelOptions,
} from '../../../src/channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS } from '../../../src/channels/telegram/telegram-rate-limiter.js';
import type { HotlineOptions } from '../../../src/conversations/hotline-options.js';
import type { ManualClock } from '../../../src/lib/clock.js';
import { createHotlineServices } from '../../../src/conversations/directory-services.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../../src/directory/index.js';
import { triage } from '../../../src/triage/index.js';
import { FakeTelegramApi, type SentMessage } from '../../support/fake-telegram-api.js';
import { createTestHotline, type TestHotline, tempDir, testTranslator } from '../../support/test-hotline.js';

export const SECRET = 'test-webhook-secret_123';
export const CHAT = 555_000_111;

export interface TelegramHarness {
  api: FakeTelegramApi;
  t: TestHotline;
  channel: TelegramChannel;
  app: FastifyInstance;
  post(
    update: unknown,
    headers?: Record<string, string>,
  ): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  /** Runs the worker and the dispatcher until nothing is left; returns the messages sent meanwhile. */
  settle(): Promise<SentMessage[]>;
  close(): Promise<void>;
}

export async function telegramHarness(
  options: {
    webhookSecret?: string | undefined;
    channel?: TelegramChannelOptions;
    /** Share a fake API and a database folder with an earlier harness (restart tests). */
    api?: FakeTelegramApi;
    dir?: ReturnType<typeof tempDir>;
    /** `storage`: another backend than the SQLite file in `dir` (PostgreSQL). */
    hotline?: Pick<HotlineOptions, 'walSync' | 'delivery' | 'storage'> & { clock?: ManualClock };
  } = {},
): Promise<TelegramHarness> {
  const api = options.api ?? new FakeTelegramApi();
  if (!options.api) await api.listen();
  const dir = options.dir ?? tempDir();
  const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
  const gazetteer = createDirectoryGazetteer(directory);
  // The real triage, directory and locales: a report over Telegram is the report a reporter gets.
  const t = createTestHotline(`${dir.dir}/hotline.db`, {
    triage,
    services: { hotline: createHotlineServices(directory, gazetteer, testTranslator()) },
    ...options.hotline,
  });
  const webhookSecret = 'webhookSecret' in options ? options.webhookSecret : SECRET;
  const channel = new TelegramChannel(
    t.hotline,
    { token: api.token, apiRoot: api.root, webhookSecret },
    t.hotline.logger,
    { rateLimits: NO_RATE_LIMITS, clock: t.clock, ...options.channel },
  );
  const app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger, telegram: channel });
  let seen = 0;
  return {
    api,
    t,
    channel,
    app,
    post: (update, headers = { 'x-telegram-bot-api-secret-token': SECRET }) =>
      app.inject({
        method: 'POST',
        url: '/webhooks/telegram',
        headers: { 'content-type': 'application/json', ...headers },
        payload: typeof update === 'string' ? update : JSON.stringify(update),
      }),
    settle: async () => {
      await t.hotline.whenIdle();
      const sent = api.sentMessages();
      const fresh = sent.slice(seen);
      seen = sent.length;
      return fresh;
    },
    close: async () => {
      await channel.stop();
      await app.close();
      await t.hotline.close();
      if (!options.api) await api.close();
      if (!options.dir) dir.cleanup();
    },
  };
}

export const STORY = 'suami saya sering memukul saya kalau marah, sudah setahun';

/**
 * A reporter who reads the bot's last message and answers like a person would: buttons where
 * offered, typing the story and the place. Keeps the report tests readable when wording moves.
 */
export function reporterAnswer(
  last: SentMessage,
): { type: 'press'; id: string; label: string } | { type: 'type'; text: string } {
  const press = (id: string) => {
    const option = last.options.find((o) => o.id === id) ?? last.options[0]!;
    return { type: 'press' as const, id: option.id, label: option.label };
  };
  if (last.options.length > 0) {
    if (/bahaya|di bawah 18/i.test(last.text)) return press('no');
    if (last.options.some((o) => o.id === 'report')) return press('report');
    return press('yes');
  }
  if (/Ceritakan/.test(last.text)) return { type: 'type', text: STORY };
  if (/kabupaten|daerah/i.test(last.text)) return { type: 'type', text: 'kota palu' };
  return { type: 'type', text: 'ya' };
}
