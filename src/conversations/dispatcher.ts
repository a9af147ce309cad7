/**
 * Sends outbox rows through each channel's sender, with retries and backoff. Rows are claimed in the
 * database, so a crash mid-send means the row is sent again after the restart (at-least-once), and
 * one conversation's messages go out in order.
 *
 * Sends run as a pool: whenever a send finishes, the next due rows are claimed, so one slow send (a
 * rate-limit wait, a slow platform) never holds up the others. Outcomes are written in one unit of
 * work per round (with the next claim) rather than one per row. No send happens inside a unit.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Storage } from '../db/storage-ports.js';
import type { Clock } from '../lib/clock.js';
import type { ChannelSender, OutboundMessage } from './channel-contract.js';
import type { DispatcherHooks, DispatcherOptions } from './dispatcher-hooks.js';
import {
  type ClaimedRow,
  type Outcome,
  type OutcomeSummary,
  sendRow,
  sentRowsOf,
  summaryOf,
  writeOutcomes,
} from './send-outcomes.js';
import { settledWithin } from '../lib/settled-within.js';

/** Sends under way at once; each belongs to a different conversation. */
const MAX_IN_FLIGHT = 64;
/** How long a claimed row is ours; longer than any send's HTTP timeout, and renewed while it runs. */
const LEASE_MS = 60_000;
/** Claims of sends still under way are extended this often (a send waiting out a long 429). */
const LEASE_RENEWALS_PER_LEASE = 3;
/**
 * Shutdown waits this long for sends under way, then abandons them: their rows stay claimed by this
 * instance, and the next start sends them at once. Below the process's 10 s forced exit.
 */
export const SEND_GRACE_MS = 5_000;
/** After aborting the sends still under way, how long their outcomes may take to come back. */
const ABORT_SETTLE_MS = 500;
/** Look for due rows at least this often even without a wake-up (retries, other processes). */
const IDLE_POLL_MS = 1_000;

export class Dispatcher {
  private readonly senders = new Map<string, ChannelSender>();
  private readonly inFlight = new Set<Promise<void>>();
  /** The rows of the sends under way, whose leases are renewed. */
  private readonly sending = new Set<number>();
  /** Channels whose rows a dead instance left in `sending` were taken back. */
  private readonly reclaimed = new Set<string>();
  /** When rows were last looked for on every channel (performance.now(): a cadence, not a time of day). */
  private reclaimedAt = Number.NEGATIVE_INFINITY;
  /** One per send under way (a shared signal would carry a listener per send), aborted at shutdown. */
  private readonly aborts = new Set<AbortController>();
  private outcomes: Outcome[] = [];
  private timer: NodeJS.Timeout | undefined;
  private renewTimer: NodeJS.Timeout | undefined;
  private pumpScheduled = false;
  /** The round under way; a wake while it runs asks for one more after it. */
  private pumping: Promise<void> | undefined;
  private pumpAgain = false;
  private stopped = true;
  /**
   * Rows up to this id are on the disk: a sync that started after their commit has finished. A
   * turn's replies are committed together, so once the first is synced the others go out without
   * a sync of their own; each used to wait for a fresh sync after the previous send's response.
   */
  private syncedThrough = 0;
  /** The highest outbox id committed when rows were last claimed (read in the claim's unit). */
  private committedAtClaim = 0;

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly hooks: DispatcherHooks = {},
    private readonly options: DispatcherOptions = {},
  ) {
    this.instance = options.instance ?? randomBytes(8).toString('hex');
    this.leaseMs = options.leaseMs ?? LEASE_MS;
  }

  /** This process start's id, recorded with every claim. */
  readonly instance: string;
  private readonly leaseMs: number;

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
    clearInterval(this.renewTimer);
    this.renewTimer = setInterval(() => this.renewLeases(), this.leaseMs / LEASE_RENEWALS_PER_LEASE);
    this.renewTimer.unref();
    this.wake();
  }

  /**
   * Stops claiming new rows and waits for the sends under way, at most `graceMs`: then they are
   * aborted and left claimed by this instance, so the next start sends them again at once.
   */
  async stop(graceMs = this.options.sendGraceMs ?? SEND_GRACE_MS): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.renewTimer);
    if (!(await settledWithin([...this.inFlight], graceMs))) {
      this.logger.warn(
        { sends: this.inFlight.size },
        'sends still under way at shutdown; the next start resends them',
      );
      for (const abort of this.aborts) abort.abort(new Error('shutting down'));
      await settledWithin([...this.inFlight], ABORT_SETTLE_MS);
    }
    while (this.pumping) await this.pumping;
    const taken = this.takeOutcomes();
    if (taken.length > 0)
      this.reportOutcomes(await this.storage.unitOfWork((tx) => writeOutcomes(tx, taken)));
  }

  /** Schedules a claim soon; many wakes in one turn cost one claim. */
  wake(): void {
    if (this.stopped || this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      if (!this.stopped) void this.pump();
    });
  }

  /** Sends everything due now; resolves when nothing due is left. Tests await it. */
  async flush(): Promise<void> {
    for (;;) {
      await this.pump();
      if (this.inFlight.size === 0) return;
      await Promise.race(this.inFlight);
    }
  }

  /** One round at a time; a call while one runs waits for it and the one more it asked for. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      do {
        this.pumpAgain = false;
        try {
          await this.round();
        } catch (error) {
          // The database is closing or busy: the rows stay due, the next wake or poll takes them.
          this.logger.error({ err: errorType(error) }, 'outbox round failed; retried');
          this.schedule();
          return;
        }
      } while (this.pumpAgain && !this.stopped);
    })();
    try {
      await this.pumping;
    } finally {
      this.pumping = undefined;
    }
  }

  /** Records finished sends, then claims due rows up to the pool's room and starts them. */
  private async round(): Promise<void> {
    const room = MAX_IN_FLIGHT - this.inFlight.size;
    const channels = [...this.senders.keys()];
    // The finished sends' outcomes and the next claim share one commit (a commit per round, not two).
    // Sends are marked in the claim's own statement (one on PostgreSQL); only a retry or a give-up
    // is written apart, so the usual round, all sends, needs no transaction around it (on
    // PostgreSQL that saves its BEGIN and COMMIT).
    const taken = this.takeOutcomes();
    const failures = taken.filter((o) => o.type !== 'sent');
    const unit: Storage['autocommit'] =
      failures.length === 0
        ? (work) => this.storage.autocommit(work)
        : (work) => this.storage.unitOfWork(work);
    let claimed: { rows: ClaimedRow[]; outcomes: OutcomeSummary };
    try {
      claimed = await unit(async (tx) => {
        await this.reclaimAbandoned(tx.outbox, channels);
        await writeOutcomes(tx, failures);
        const rows = await tx.outbox.markSentAndClaim<OutboundMessage>(
          sentRowsOf(taken),
          channels,
          this.clock.now(),
          this.leaseMs,
          Math.max(0, room),
          this.instance,
        );
        // What was committed when these rows were claimed: a sync asked for later covers it.
        if (rows.length > 0 && this.hooks.flushed)
          this.committedAtClaim = Math.max(this.committedAtClaim, await tx.outbox.lastId());
        return { rows, outcomes: summaryOf(taken) };
      });
    } catch (error) {
      // Not recorded (the unit rolled back): kept for the next round, so no outcome is lost.
      this.outcomes.unshift(...taken);
      throw error;
    }
    const { rows, outcomes } = claimed;
    // What the given-up rows cause (the next officer's alert) is decided in its own unit, which
    // wakes this dispatcher again.
    this.reportOutcomes(outcomes);
    this.startSends(rows);
    if (rows.length === 0 && this.inFlight.size === 0) this.schedule();
  }

  private startSends(rows: ClaimedRow[]): void {
    for (const row of rows) {
      this.sending.add(row.id);
      const sending = this.send(row).finally(() => {
        this.inFlight.delete(sending);
        this.sending.delete(row.id);
        this.wake();
      });
      this.inFlight.add(sending);
    }
  }

  /**
   * Once per channel, before its first claim (and every `reclaimEveryMs` when instances share the
   * database): rows a killed process left in `sending` go out now rather than after their lease (a
   * reporter would otherwise hear nothing for a minute).
   */
  private async reclaimAbandoned(
    outbox: { reclaimAbandoned(channels: string[], instance: string): Promise<number> },
    channels: string[],
  ): Promise<void> {
    const every = this.options.reclaimEveryMs;
    const again = every !== undefined && performance.now() - this.reclaimedAt >= every;
    const fresh = again ? channels : channels.filter((c) => !this.reclaimed.has(c));
    if (fresh.length === 0) return;
    if (again) this.reclaimedAt = performance.now();
    for (const c of fresh) this.reclaimed.add(c);
    const rows = await outbox.reclaimAbandoned(fresh, this.instance);
    if (rows > 0)
      this.logger.warn({ rows, channels: fresh }, 'resending messages a stopped process left mid-send');
  }

  private renewLeases(): void {
    if (this.sending.size === 0) return;
    const ids = [...this.sending];
    const until = this.clock.now() + this.leaseMs;
    this.storage
      .autocommit((tx) => tx.outbox.renewLeases(ids, until, this.instance))
      .catch((error: unknown) => {
        // The lease then runs out and the row is sent again: at-least-once, never lost.
        this.logger.error({ err: { type: (error as Error).name } }, 'renewing outbox leases failed');
      });
  }

  /** Comes back when the next row is due (a retry's backoff), or after the idle poll. */
  private schedule(): void {
    if (this.stopped) return;
    const channels = [...this.senders.keys()];
    this.storage
      .autocommit((tx) => tx.outbox.nextDueAt(channels))
      .catch(() => undefined)
      .then((next) => {
        if (this.stopped) return;
        clearTimeout(this.timer);
        const delay =
          next === undefined ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, Math.max(0, next - this.clock.now()));
        this.timer = setTimeout(() => this.wake(), delay);
        this.timer.unref();
      });
  }

  private reportOutcomes({ givenUp, alertsSent }: { givenUp: number[]; alertsSent: number[] }): void {
    try {
      if (alertsSent.length > 0) this.hooks.alertsSent?.(alertsSent);
      if (givenUp.length > 0) this.hooks.givenUp?.(givenUp);
    } catch (error) {
      // The outcomes are recorded either way; an alert then escalates on its timer instead.
      this.logger.error({ err: { type: (error as Error).name } }, 'reacting to send outcomes failed');
    }
  }

  /** The finished sends not yet recorded; put back if recording them fails. */
  private takeOutcomes(): Outcome[] {
    const taken = this.outcomes;
    this.outcomes = [];
    return taken;
  }

  /**
   * Resolves once the row (and the message that caused it) is on the disk: a reporter is never
   * shown a reply that a power loss could make the hotline forget.
   */
  private async synced(row: ClaimedRow): Promise<void> {
    if (!this.hooks.flushed || row.id <= this.syncedThrough) return;
    // Taken before asking for the sync, which covers only the commits made before it was asked for.
    const committed = this.committedAtClaim;
    await this.hooks.flushed();
    this.syncedThrough = Math.max(this.syncedThrough, committed);
  }

  private async send(row: ClaimedRow): Promise<void> {
    const sender = this.senders.get(row.channel);
    if (!sender) return;
    const abort = new AbortController();
    this.aborts.add(abort);
    try {
      const outcome = await sendRow(row, sender, {
        now: () => this.clock.now(),
        logger: this.logger,
        signal: abort.signal,
        synced: () => this.synced(row),
        lastInboundAt: this.hooks.lastInboundAt,
      });
      this.outcomes.push(outcome);
    } finally {
      this.aborts.delete(abort);
    }
  }
}

/** What a failure was, for the log: its type and the database's error code, never its message. */
function errorType(error: unknown): { type: string; code?: string } {
  const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return { type: (error as Error).name, ...(typeof code === 'string' ? { code } : {}) };
}
