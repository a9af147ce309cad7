/**
 * Delivers outbox rows to Telegram: HTML with our `*bold*` markers rendered and everything else
 * escaped, link previews off, long texts split at 4096 characters, choices as an inline keyboard
 * (one button per row, callback_data = option id). Failures become SendErrors the dispatcher acts
 * on: 429 waits Telegram's `retry_after`; a refusal for good (blocked bot, bad request) is not retried.
 */
import { type Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import {
  type ChannelSender,
  type OutboundMessage,
  type SendContext,
  SendError,
} from '../../conversations/channel-contract.js';
import { splitTelegramText, stripMarkers, toTelegramHtml } from './telegram-format.js';
import type { TelegramRateLimiter } from './telegram-rate-limiter.js';

/** Telegram's cap on callback_data; longer option ids could not come back from a button. */
const MAX_CALLBACK_DATA_BYTES = 64;

export class TelegramSender implements ChannelSender {
  readonly channel = 'telegram' as const;

  constructor(
    private readonly api: Api,
    private readonly limiter: TelegramRateLimiter,
  ) {}

  /**
   * One outbox row is one Telegram message (the outbox splits long texts when it queues them); the
   * split here only catches a row queued before that, so a failed part may repeat the earlier ones.
   */
  async send(
    address: string,
    message: OutboundMessage,
    context?: Pick<SendContext, 'urgent' | 'signal'>,
  ): Promise<{ platformMessageId?: string }> {
    const chatId = Number(address);
    if (!Number.isSafeInteger(chatId)) throw new SendError('not a Telegram chat id', false, 'bad_address');
    const parts = splitTelegramText(message.text);
    const signal = context?.signal;
    let sent: Message.TextMessage | undefined;
    for (const [i, part] of parts.entries()) {
      const keyboard = i === parts.length - 1 ? inlineKeyboard(message.options) : undefined;
      try {
        await this.limiter.acquire(address, { priority: context?.urgent === true, signal });
      } catch (error) {
        throw new SendError('the send was stopped before its turn', true, 'aborted', undefined, {
          cause: error,
        });
      }
      sent = await this.sendPart(chatId, address, part, keyboard, signal);
    }
    return sent ? { platformMessageId: String(sent.message_id) } : {};
  }

  private async sendPart(
    chatId: number,
    address: string,
    text: string,
    keyboard: InlineKeyboardMarkup | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Message.TextMessage> {
    const common = {
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    };
    try {
      return await this.api.sendMessage(
        chatId,
        toTelegramHtml(text),
        { parse_mode: 'HTML', ...common },
        grammySignal(signal),
      );
    } catch (error) {
      // Our escaping should make this impossible; if Telegram still disagrees, plain text beats silence.
      if (
        error instanceof GrammyError &&
        error.error_code === 400 &&
        /parse entities/i.test(error.description)
      ) {
        try {
          return await this.api.sendMessage(chatId, stripMarkers(text), common, grammySignal(signal));
        } catch (plainError) {
          throw this.toSendError(plainError, address);
        }
      }
      throw this.toSendError(error, address);
    }
  }

  /** Codes and numbers only: a grammY error's cause holds the request URL, and the URL holds the token. */
  private toSendError(error: unknown, address: string): SendError {
    if (error instanceof GrammyError) {
      const code = `telegram_${error.error_code}`;
      if (error.error_code === 429) {
        const retryAfterMs = (error.parameters.retry_after ?? 1) * 1_000;
        this.limiter.backOff(address, retryAfterMs);
        return new SendError('Telegram asked to slow down', true, code, retryAfterMs, { exactWait: true });
      }
      // 400: the request itself is wrong; 403: the reporter blocked the bot or deleted their account.
      const forGood = error.error_code === 400 || error.error_code === 403;
      return new SendError(`Telegram refused ${error.method} (${error.error_code})`, !forGood, code);
    }
    if (error instanceof HttpError) return new SendError('Telegram could not be reached', true, 'network');
    return new SendError('unexpected failure sending to Telegram', true, 'unexpected');
  }
}

/** grammY types its signal after an old polyfill; Node's own AbortSignal is what it uses at run time. */
function grammySignal(signal: AbortSignal | undefined): Parameters<Api['sendMessage']>[3] {
  return signal as Parameters<Api['sendMessage']>[3];
}

function inlineKeyboard(options: OutboundMessage['options']): InlineKeyboardMarkup | undefined {
  const usable = options?.filter((o) => Buffer.byteLength(o.id) <= MAX_CALLBACK_DATA_BYTES) ?? [];
  if (usable.length === 0) return undefined;
  return { inline_keyboard: usable.map((o) => [{ text: o.label, callback_data: o.id }]) };
}
