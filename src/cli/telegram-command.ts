import { GrammyError } from 'grammy';
import { createTelegramApi, type TelegramSettings } from '../channels/telegram/telegram-channel.js';
import { ALLOWED_UPDATES } from '../channels/telegram/telegram-polling.js';
import { TELEGRAM_WEBHOOK_PATH } from '../channels/telegram/telegram-webhook-plugin.js';

const USAGE = `Usage: hotline telegram set-webhook <url>   register https://your.host${TELEGRAM_WEBHOOK_PATH} with Telegram
       hotline telegram delete-webhook      go back to long polling (pending updates are kept)
`;

export interface TelegramCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: TelegramCommandIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/**
 * `hotline telegram set-webhook <url>` / `delete-webhook`. The webhook is registered with the
 * configured TELEGRAM_WEBHOOK_SECRET, so Telegram sends it back in X-Telegram-Bot-Api-Secret-Token.
 */
export async function telegramCommand(
  args: string[],
  settings: TelegramSettings | undefined,
  io: TelegramCommandIo = processIo,
): Promise<number> {
  const [sub, url] = args;
  if (sub !== 'set-webhook' && sub !== 'delete-webhook') {
    io.err(USAGE);
    return 2;
  }
  if (!settings) {
    io.err('TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and set its token first.\n');
    return 1;
  }
  const api = createTelegramApi(settings);
  try {
    if (sub === 'delete-webhook') {
      await api.deleteWebhook({ drop_pending_updates: false });
      io.out('Webhook deleted. The service will use long polling when TELEGRAM_WEBHOOK_SECRET is unset.\n');
      return 0;
    }
    if (!url || !isHttpUrl(url)) {
      io.err(
        `set-webhook needs the public URL of the service, e.g. https://hotline.example.org${TELEGRAM_WEBHOOK_PATH}\n`,
      );
      return 2;
    }
    if (!settings.webhookSecret) {
      io.err(
        'TELEGRAM_WEBHOOK_SECRET is not set: set it (1-256 of A-Z a-z 0-9 _ -) in the service and here.\n',
      );
      return 1;
    }
    if (!new URL(url).pathname.endsWith(TELEGRAM_WEBHOOK_PATH))
      io.err(`Note: the service answers Telegram at ${TELEGRAM_WEBHOOK_PATH}; this URL ends elsewhere.\n`);
    await api.setWebhook(url, {
      secret_token: settings.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    io.out(`Webhook set: Telegram will POST updates to ${url}\n`);
    return 0;
  } catch (error) {
    // The token is in the request URL: report Telegram's answer, never the underlying error.
    io.err(
      error instanceof GrammyError
        ? `Telegram refused ${sub}: ${error.error_code} ${error.description}\n`
        : `Could not reach the Telegram Bot API at ${settings.apiRoot}.\n`,
    );
    return 1;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
