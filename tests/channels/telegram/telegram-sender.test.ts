import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramApi } from '../../../src/channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS, TelegramRateLimiter } from '../../../src/channels/telegram/telegram-rate-limiter.js';
import { TelegramSender } from '../../../src/channels/telegram/telegram-sender.js';
import { SendError } from '../../../src/conversations/channel-contract.js';
import { ManualClock } from '../../../src/lib/clock.js';
import { FakeTelegramApi } from '../../support/fake-telegram-api.js';

let api: FakeTelegramApi;
let sender: TelegramSender;

function senderFor(apiRoot: string, token = api.token): TelegramSender {
  return new TelegramSender(
    createTelegramApi({ token, apiRoot }),
    new TelegramRateLimiter(NO_RATE_LIMITS, new ManualClock()),
  );
}

beforeEach(async () => {
  api = new FakeTelegramApi();
  await api.listen();
  sender = senderFor(api.root);
});

afterEach(async () => {
  await api.close();
});

async function failure(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('TelegramSender', () => {
  it('should send choices as an inline keyboard, one button per row, with the option id as data', async () => {
    const result = await sender.send('42', {
      text: 'Apakah Anda *setuju*?',
      options: [
        { id: 'yes', label: 'Ya' },
        { id: 'no', label: 'Tidak' },
      ],
    });
    expect(result).toEqual({ platformMessageId: '1' });
    expect(api.callsOf('sendMessage')[0]?.payload).toEqual({
      chat_id: 42,
      text: 'Apakah Anda <b>setuju</b>?',
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_markup: {
        inline_keyboard: [[{ text: 'Ya', callback_data: 'yes' }], [{ text: 'Tidak', callback_data: 'no' }]],
      },
    });
  });

  it('should split an over-long text and put the keyboard under the last part', async () => {
    const paragraph = 'kata '.repeat(600).trim();
    await sender.send('42', { text: `${paragraph}\n\n${paragraph}`, options: [{ id: 'ok', label: 'OK' }] });
    const calls = api.callsOf('sendMessage');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.payload).not.toHaveProperty('reply_markup');
    expect(calls[1]?.payload).toHaveProperty('reply_markup');
    for (const call of calls) expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);
  });

  it('should turn a 429 into a retryable error carrying retry_after', async () => {
    api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests',
      parameters: { retry_after: 7 },
    });
    const error = await failure(sender.send('42', { text: 'halo' }));
    expect(error).toMatchObject({ retryable: true, code: 'telegram_429', retryAfterMs: 7_000 });
  });

  it.each([
    [403, 'Forbidden: bot was blocked by the user', false],
    [400, 'Bad Request: chat not found', false],
    [500, 'Internal Server Error', true],
  ])('should treat a %i as retryable=%s', async (code, description, retryable) => {
    api.failNext('sendMessage', { error_code: code, description });
    const error = await failure(sender.send('42', { text: 'halo' }));
    expect(error).toMatchObject({ retryable, code: `telegram_${code}` });
  });

  it('should fall back to plain text when Telegram cannot parse the HTML', async () => {
    api.failNext('sendMessage', { error_code: 400, description: "Bad Request: can't parse entities: x" });
    await sender.send('42', { text: 'Ketik *hapus*' });
    const calls = api.callsOf('sendMessage');
    expect(calls[1]?.payload).toEqual({
      chat_id: 42,
      text: 'Ketik hapus',
      link_preview_options: { is_disabled: true },
    });
  });

  it('should report an unreachable API as retryable without the token in the message', async () => {
    const root = api.root;
    await api.close();
    const error = await failure(senderFor(root).send('42', { text: 'halo' }));
    expect(error).toMatchObject({ retryable: true, code: 'network' });
    expect(`${error.message} ${String(error.cause)}`).not.toContain(api.token);
    api = new FakeTelegramApi();
    await api.listen();
  });

  it('should refuse an address that is not a chat id for good', async () => {
    const error = await failure(sender.send('not-a-chat', { text: 'halo' }));
    expect(error).toMatchObject({ retryable: false, code: 'bad_address' });
  });
});
