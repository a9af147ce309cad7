/**
 * What both modes (webhook and long polling) do with one update: map it, store its messages, and
 * return once they are durable — the caller may then acknowledge Telegram. Feedback on a pressed
 * button (stop the spinner, show the choice) follows in the background: losing it loses nothing.
 */
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { mapTelegramUpdate, type PressedButton } from './telegram-update-mapper.js';
import { TELEGRAM_MAX_TEXT } from './telegram-format.js';

/** Shown under a question once a button was pressed, before the chosen label. */
const CHOSEN_MARK = '✓';

export interface HandledUpdate {
  /** Messages newly stored; 0 for an ignored update or a repeated delivery. */
  stored: number;
  duplicate: boolean;
}

export class TelegramUpdateHandler {
  constructor(
    private readonly gateway: Pick<ChannelGateway, 'ingest'>,
    private readonly api: Api,
    private readonly logger: Logger,
  ) {}

  /**
   * Stores the update's messages and resolves once they are on the disk (rejects when the database
   * fails: then do not acknowledge).
   */
  async handle(update: Update): Promise<HandledUpdate> {
    const mapping = mapTelegramUpdate(update);
    if (mapping.ignored)
      this.logger.debug({ updateId: update.update_id, reason: mapping.ignored }, 'telegram update ignored');
    const results = await Promise.all(mapping.inbound.map((message) => this.gateway.ingest(message)));
    const stored = results.filter((r) => r.stored).length;
    const duplicate = mapping.inbound.length > 0 && stored === 0;
    if (mapping.callback && !duplicate) void this.showChoice(mapping.callback);
    return { stored, duplicate };
  }

  private async showChoice(pressed: PressedButton): Promise<void> {
    const answered = this.api.answerCallbackQuery(pressed.queryId).catch((error: unknown) => {
      this.logger.debug({ code: errorCode(error) }, 'callback query not answered');
    });
    const { message, label } = pressed;
    if (!message || label === undefined) return void (await answered);
    const text = `${message.text}\n\n${CHOSEN_MARK} ${label}`;
    // The edit drops the keyboard, so an old question cannot be answered twice by accident.
    const edited =
      text.length <= TELEGRAM_MAX_TEXT
        ? this.api.editMessageText(message.chatId, message.messageId, text, {
            entities: message.entities,
            link_preview_options: { is_disabled: true },
          })
        : this.api.editMessageReplyMarkup(message.chatId, message.messageId);
    await Promise.all([
      answered,
      edited.catch((error: unknown) => {
        this.logger.debug({ code: errorCode(error) }, 'pressed button not shown');
      }),
    ]);
  }
}

/** An error's code for a log line: never its message (a grammY error's cause holds the token). */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'error_code' in error)
    return `telegram_${String((error as { error_code: unknown }).error_code)}`;
  return error instanceof Error ? error.name : 'unknown';
}
