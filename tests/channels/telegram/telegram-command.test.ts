import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramCommand } from '../../../src/cli/telegram-command.js';
import { FakeTelegramApi } from '../../support/fake-telegram-api.js';

let api: FakeTelegramApi;
let out: string;
let err: string;
const io = {
  out: (t: string) => {
    out += t;
  },
  err: (t: string) => {
    err += t;
  },
};

beforeEach(async () => {
  api = new FakeTelegramApi();
  await api.listen();
  out = '';
  err = '';
});

afterEach(async () => {
  await api.close();
});

const settings = (webhookSecret: string | undefined) => ({
  token: api.token,
  apiRoot: api.root,
  webhookSecret,
});

describe('hotline telegram', () => {
  it('should register the webhook with the secret and the update types the bot reads', async () => {
    const code = await telegramCommand(
      ['set-webhook', 'https://hotline.example.org/webhooks/telegram'],
      settings('s3cret'),
      io,
    );
    expect(code).toBe(0);
    expect(api.callsOf('setWebhook')[0]?.payload).toEqual({
      url: 'https://hotline.example.org/webhooks/telegram',
      secret_token: 's3cret',
      allowed_updates: ['message', 'edited_message', 'callback_query'],
      drop_pending_updates: false,
    });
    expect(out).toContain('Webhook set');
  });

  it('should delete the webhook and keep pending updates', async () => {
    expect(await telegramCommand(['delete-webhook'], settings('s3cret'), io)).toBe(0);
    expect(api.callsOf('deleteWebhook')[0]?.payload).toEqual({ drop_pending_updates: false });
  });

  it.each([
    ['no token', ['set-webhook', 'https://x.org/webhooks/telegram'], 'no-token', 1, /TELEGRAM_BOT_TOKEN/],
    [
      'no secret',
      ['set-webhook', 'https://x.org/webhooks/telegram'],
      'no-secret',
      1,
      /TELEGRAM_WEBHOOK_SECRET/,
    ],
    ['no URL', ['set-webhook'], 'ok', 2, /public URL/],
    ['an unknown subcommand', ['get-updates'], 'ok', 2, /Usage/],
  ])('should refuse with %s', async (_, args, setup, code, message) => {
    const given = setup === 'no-token' ? undefined : settings(setup === 'no-secret' ? undefined : 's3cret');
    expect(await telegramCommand(args, given, io)).toBe(code);
    expect(err).toMatch(message);
    expect(api.callsOf('setWebhook')).toHaveLength(0);
  });

  it("should print Telegram's refusal without the token", async () => {
    api.failNext('setWebhook', {
      error_code: 400,
      description: 'Bad Request: bad webhook: HTTPS url must be provided',
    });
    expect(
      await telegramCommand(['set-webhook', 'http://x.org/webhooks/telegram'], settings('s3cret'), io),
    ).toBe(1);
    expect(err).toContain('400 Bad Request: bad webhook');
    expect(err).not.toContain(api.token);
  });
});
