/**
 * Long polling, for when the service has no public HTTPS address. Each getUpdates passes the offset
 * after the last update stored, which is what tells Telegram those are done; Telegram keeps the rest
 * for 24 hours. So the offset lives at Telegram: after a crash or restart the first getUpdates
 * returns exactly what was not confirmed, and anything stored twice is dropped by ingest (update_id).
 *
 * Telegram allows one getUpdates per bot at a time. With several instances of the service, the one
 * holding the poller lease (`PollerLease`, checked or renewed before every getUpdates) polls; the
 * others stand by, ask every second, and take over once the owner lets go: at once after a clean
 * stop; after a kill, at once on PostgreSQL (a session lock dies with its connection) and when the
 * lease runs out on SQLite.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Api, GrammyError } from 'grammy';
import type { Logger } from 'pino';
import type { PollerLease } from '../../conversations/channel-gateway.js';
import { errorCode, type TelegramUpdateHandler } from './telegram-update-handler.js';

/** Telegram holds an empty getUpdates open this long (seconds) before answering []. */
const LONG_POLL_SECONDS = 25;
/** The update types the mapper understands; Telegram filters the rest out for us. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/**
 * An instance without the lease asks again this often: on PostgreSQL a dead owner's lock is free at
 * once, so this is most of the takeover time (a cheap query a second per standing-by instance).
 */
const STANDBY_MS = 1_000;

export interface PollingOptions {
  pollSeconds?: number;
  lease?: PollerLease;
  /** How long a standing-by instance waits before asking for the lease again. */
  standbyMs?: number;
}

export class TelegramPolling {
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private offset: number | undefined;
  private readonly pollSeconds: number;
  private standingBy = false;

  constructor(
    private readonly api: Api,
    private readonly handler: TelegramUpdateHandler,
    private readonly logger: Logger,
    private readonly options: PollingOptions = {},
  ) {
    this.pollSeconds = options.pollSeconds ?? LONG_POLL_SECONDS;
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Ends the open getUpdates and waits for the loop to finish storing what it holds. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
    await this.options.lease?.release().catch(() => undefined);
  }

  /** Whether this instance may poll now (it holds the lease, or there is none). */
  private async mayPoll(): Promise<boolean> {
    const { lease } = this.options;
    if (!lease) return true;
    // Longer than one long poll, so the lease never runs out while a getUpdates is open.
    const held = await lease.acquire((this.pollSeconds + 10) * 1000);
    if (held === this.standingBy) {
      this.standingBy = !held;
      this.logger.info(
        held
          ? 'telegram poller lease taken: this instance polls'
          : 'another instance polls Telegram; standing by',
      );
    }
    return held;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        if (!(await this.mayPoll())) {
          await sleep(this.options.standbyMs ?? STANDBY_MS, undefined, { signal: this.abort.signal }).catch(
            () => undefined,
          );
          continue;
        }
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
