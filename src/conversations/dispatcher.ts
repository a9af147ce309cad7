/**
 * Sends outbox rows through each channel's sender, with retries and backoff. Rows are claimed in the
 * database, so a crash mid-send means the row is sent again after the restart (at-least-once), and
 * one conversation's messages go out in order.
 *
 * Sends run as a pool: whenever a send finishes, the next due rows are claimed, so one slow send (a
 * rate-limit wait, a slow platform) never holds up the others. Outcomes are written in one
 * transaction per event-loop turn rather than one per row.
 */
import type { Logger } from 'pino';
import type { OutboxRepository } from '../db/outbox-repository.js';
import type { Clock } from '../lib/clock.js';
import { type ChannelSender, type OutboundMessage, SendError } from './messages.js';

/** Sends under way at once; each belongs to a different conversation. */
const MAX_IN_FLIGHT = 64;
/** How long a claimed row is ours; longer than any send's HTTP timeout. */
const LEASE_MS = 60_000;
/** Backoff: 1 s, 2 s, 4 s, … capped at 5 minutes; then give up after MAX_ATTEMPTS. */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;
const MAX_ATTEMPTS = 10;
/** Look for due rows at least this often even without a wake-up (retries, other processes). */
const IDLE_POLL_MS = 1_000;

interface ClaimedRow {
  id: number;
  conversationId: string;
  channel: string;
  address: string;
  payload: OutboundMessage;
  attempts: number;
}

type Outcome =
  | { type: 'sent'; id: number; at: number; platformMessageId: string | undefined }
  | { type: 'retry'; id: number; attempts: number; at: number; code: string }
  | { type: 'failed'; id: number; attempts: number; code: string };

export interface DispatcherHooks {
  /** When the reporter last wrote, passed to senders with time rules (WhatsApp's 24-hour window). */
  lastInboundAt?: (conversationId: string) => number | undefined;
  /**
   * Resolves once the claimed rows (and the message that caused them) are on the disk: a reporter
   * is never shown a reply that a power loss could make the hotline forget.
   */
  flushed?: () => Promise<void>;
  /** Rows given up for good, after their outcome is recorded (an undeliverable officer alert escalates). */
  givenUp?: (outboxIds: number[]) => void;
}

export class Dispatcher {
  private readonly senders = new Map<string, ChannelSender>();
  private readonly inFlight = new Set<Promise<void>>();
  private outcomes: Outcome[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pumpScheduled = false;
  private stopped = true;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly hooks: DispatcherHooks = {},
  ) {}

  register(sender: ChannelSender): void {
    this.senders.set(sender.channel, sender);
    this.wake();
  }

  /** Channels that have a sender: where messages can go now. */
  channels(): string[] {
    return [...this.senders.keys()];
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Stops claiming new rows and waits for the sends under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.all(this.inFlight);
    this.writeOutcomes();
  }

  /** Schedules a claim soon; many wakes in one turn cost one claim. */
  wake(): void {
    if (this.stopped || this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      if (!this.stopped) this.pump();
    });
  }

  /** Sends everything due now; resolves when nothing due is left. Tests await it. */
  async flush(): Promise<void> {
    for (;;) {
      this.pump();
      if (this.inFlight.size === 0) return;
      await Promise.race(this.inFlight);
    }
  }

  /** Records finished sends, then claims due rows up to the pool's room and starts them. */
  private pump(): void {
    const room = MAX_IN_FLIGHT - this.inFlight.size;
    const claim = (): ClaimedRow[] =>
      room > 0
        ? this.outbox.claimDue<OutboundMessage>([...this.senders.keys()], this.clock.now(), LEASE_MS, room)
        : [];
    // The finished sends' outcomes and the next claim share one commit (a commit per pump, not two).
    let rows: ClaimedRow[] = [];
    if (this.outcomes.length === 0) rows = claim();
    else
      this.outbox.record(() => {
        this.reportGivenUp(this.writeOutcomes());
        // Claimed after: what the given-up rows caused (the next officer's alert) goes out now.
        rows = claim();
      });
    this.startSends(rows);
    if (rows.length === 0 && this.inFlight.size === 0) this.schedule();
  }

  private startSends(rows: ClaimedRow[]): void {
    for (const row of rows) {
      const sending = this.send(row).finally(() => {
        this.inFlight.delete(sending);
        this.wake();
      });
      this.inFlight.add(sending);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const next = this.outbox.nextDueAt([...this.senders.keys()]);
    const delay =
      next === undefined ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, Math.max(0, next - this.clock.now()));
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }

  private reportGivenUp(ids: number[]): void {
    if (ids.length === 0 || !this.hooks.givenUp) return;
    try {
      this.hooks.givenUp(ids);
    } catch (error) {
      // The outcomes are recorded either way; an alert then escalates on its timer instead.
      this.logger.error({ err: { type: (error as Error).name } }, 'reacting to given-up messages failed');
    }
  }

  /** Records the finished sends; returns the rows given up for good. */
  private writeOutcomes(): number[] {
    if (this.outcomes.length === 0) return [];
    const outcomes = this.outcomes;
    this.outcomes = [];
    this.outbox.record(() => {
      for (const o of outcomes) {
        if (o.type === 'sent') this.outbox.markSent(o.id, o.at, o.platformMessageId);
        else if (o.type === 'retry') this.outbox.markRetry(o.id, o.attempts, o.at, o.code);
        else this.outbox.markFailed(o.id, o.attempts, o.code);
      }
    });
    return outcomes.flatMap((o) => (o.type === 'failed' ? [o.id] : []));
  }

  private async send(row: ClaimedRow): Promise<void> {
    const sender = this.senders.get(row.channel);
    if (!sender) return;
    try {
      await this.hooks.flushed?.().catch((error: unknown) => {
        throw new SendError(
          'the database could not be synced to disk',
          true,
          'storage_sync_failed',
          undefined,
          {
            cause: error,
          },
        );
      });
      const { platformMessageId } = await sender.send(row.address, row.payload, {
        outboxId: row.id,
        conversationId: row.conversationId,
        lastInboundAt: this.hooks.lastInboundAt?.(row.conversationId),
      });
      this.outcomes.push({ type: 'sent', id: row.id, at: this.clock.now(), platformMessageId });
    } catch (error) {
      const attempts = row.attempts + 1;
      const failure =
        error instanceof SendError
          ? error
          : new SendError(String(error), true, 'unexpected', undefined, { cause: error });
      if (!failure.retryable || attempts >= MAX_ATTEMPTS) {
        this.outcomes.push({ type: 'failed', id: row.id, attempts, code: failure.code });
        this.logger.error(
          { outboxId: row.id, channel: row.channel, code: failure.code, attempts },
          'message given up',
        );
        return;
      }
      const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
      const delay = Math.max(failure.retryAfterMs ?? 0, backoff);
      this.outcomes.push({
        type: 'retry',
        id: row.id,
        attempts,
        at: this.clock.now() + delay,
        code: failure.code,
      });
      this.logger.warn(
        { outboxId: row.id, channel: row.channel, code: failure.code, attempts, delay },
        'send failed; will retry',
      );
    }
  }
}
