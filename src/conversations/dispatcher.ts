/**
 * Sends outbox rows through each channel's sender, with retries and backoff. Rows are claimed in the
 * database, so a crash mid-send means the row is sent again after the restart (at-least-once), and
 * one conversation's messages go out in order.
 */
import type { Logger } from 'pino';
import type { OutboxRepository } from '../db/outbox-repository.js';
import type { Clock } from '../lib/clock.js';
import { type ChannelSender, type OutboundMessage, SendError } from './messages.js';

/** Rows sent in parallel per round; each belongs to a different conversation. */
const CLAIM_BATCH = 64;
/** How long a claimed row is ours; longer than any send's HTTP timeout. */
const LEASE_MS = 60_000;
/** Backoff: 1 s, 2 s, 4 s, … capped at 5 minutes; then give up after MAX_ATTEMPTS. */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 10;
/** Look for due rows at least this often even without a wake-up (retries, other processes). */
const IDLE_POLL_MS = 1_000;

export class Dispatcher {
  private readonly senders = new Map<string, ChannelSender>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** When the reporter last wrote, passed to senders with time rules (WhatsApp's 24-hour window). */
    private readonly lastInboundAt: (conversationId: string) => number | undefined = () => undefined,
  ) {}

  register(sender: ChannelSender): void {
    this.senders.set(sender.channel, sender);
    this.wake();
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Stops claiming new rows and waits for the sends under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      this.schedule();
    });
  }

  /** Sends everything due now; resolves when nothing due is left. Tests await it. */
  async flush(): Promise<void> {
    while (await this.round()) {
      /* keep going */
    }
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      while (!this.stopped && (await this.round())) {
        /* keep going while rounds find work */
      }
    } while (this.again && !this.stopped);
  }

  private schedule(): void {
    if (this.stopped) return;
    const next = this.outbox.nextDueAt([...this.senders.keys()]);
    const delay =
      next === undefined ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, Math.max(0, next - this.clock.now()));
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }

  private async round(): Promise<boolean> {
    const rows = this.outbox.claimDue<OutboundMessage>(
      [...this.senders.keys()],
      this.clock.now(),
      LEASE_MS,
      CLAIM_BATCH,
    );
    await Promise.all(rows.map((row) => this.send(row)));
    return rows.length > 0;
  }

  private async send(row: {
    id: number;
    conversationId: string;
    channel: string;
    address: string;
    payload: OutboundMessage;
    attempts: number;
  }) {
    const sender = this.senders.get(row.channel);
    if (!sender) return;
    try {
      const { platformMessageId } = await sender.send(row.address, row.payload, {
        outboxId: row.id,
        conversationId: row.conversationId,
        lastInboundAt: this.lastInboundAt(row.conversationId),
      });
      this.outbox.markSent(row.id, this.clock.now(), platformMessageId);
    } catch (error) {
      const attempts = row.attempts + 1;
      const failure =
        error instanceof SendError
          ? error
          : new SendError(String(error), true, 'unexpected', undefined, { cause: error });
      if (!failure.retryable || attempts >= MAX_ATTEMPTS) {
        this.outbox.markFailed(row.id, attempts, failure.code);
        this.logger.error(
          { outboxId: row.id, channel: row.channel, code: failure.code, attempts },
          'message given up',
        );
        return;
      }
      const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
      const delay = Math.max(failure.retryAfterMs ?? 0, backoff);
      this.outbox.markRetry(row.id, attempts, this.clock.now() + delay, failure.code);
      this.logger.warn(
        { outboxId: row.id, channel: row.channel, code: failure.code, attempts, delay },
        'send failed; will retry',
      );
    }
  }
}
