/**
 * Long polling, for when the service has no public HTTPS address. Each getUpdates passes the offset
 * after the last update stored, which is what tells Telegram those are done; Telegram keeps the rest
 * for 24 hours. So the offset lives at Telegram: after a crash or restart the first getUpdates
 * returns exactly what was not confirmed, and anything stored twice is dropped by ingest (update_id).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Api, GrammyError } from 'grammy';
import type { Logger } from 'pino';
import { errorCode, type TelegramUpdateHandler } from './telegram-update-handler.js';

/** Telegram holds an empty getUpdates open this long (seconds) before answering []. */
const LONG_POLL_SECONDS = 25;
/** The update types the mapper understands; Telegram filters the rest out for us. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;

export class TelegramPolling {
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private offset: number | undefined;

  constructor(
    private readonly api: Api,
    private readonly handler: TelegramUpdateHandler,
    private readonly logger: Logger,
    private readonly pollSeconds = LONG_POLL_SECONDS,
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Ends the open getUpdates and waits for the loop to finish storing what it holds. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        const updates = await this.api.getUpdates(
          { timeout: this.pollSeconds, allowed_updates: [...ALLOWED_UPDATES], ...offsetOf(this.offset) },
          // grammY types its signal with a polyfill's class; Node's own works the same at run time.
          this.abort.signal as Parameters<Api['getUpdates']>[1],
        );
        // The next getUpdates confirms the offset to Telegram: only once the updates are on disk.
        // A database failure throws before the offset moves, so Telegram delivers them again.
        let offset = this.offset;
        for (const update of updates) {
          await this.handler.handle(update);
          offset = update.update_id + 1;
        }
        this.offset = offset;
        failures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures += 1;
        const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
        this.logFailure(error, delay);
        await sleep(delay, undefined, { signal: this.abort.signal }).catch(() => undefined);
      }
    }
  }

  private logFailure(error: unknown, delay: number): void {
    const code = errorCode(error);
    if (error instanceof GrammyError && error.error_code === 409) {
      this.logger.error(
        { code, delay },
        'telegram polling conflicts with a webhook or another poller; run `hotline telegram delete-webhook` or stop the other instance',
      );
    } else if (error instanceof GrammyError && error.error_code === 401) {
      this.logger.error({ code, delay }, 'telegram refused the bot token; check TELEGRAM_BOT_TOKEN');
    } else {
      this.logger.warn({ code, delay }, 'telegram polling failed; retrying');
    }
  }
}

function offsetOf(offset: number | undefined): { offset?: number } {
  return offset === undefined ? {} : { offset };
}
