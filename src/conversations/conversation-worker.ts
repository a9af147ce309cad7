/**
 * The impure loop around the engine. Stored inbound messages are taken in arrival order (per
 * conversation) in batches, each batch ONE unit of work in which `MessageProcessor` loads each
 * message's conversation and facts, runs its decision, performs the outputs, stores the new snapshot
 * and marks it processed. A crash anywhere leaves either all of a unit or none of it; an unprocessed
 * message is simply processed after the restart. A message that fails for its own sake is set aside
 * and its reporter told; a deadlock rolls the batch back and tries it again.
 */
import type { Logger } from 'pino';
import { isRetryableStorageError } from '../db/retryable-error.js';
import type { Storage, UnitOfWork } from '../db/storage-ports.js';
import { FAILURE_KEY } from '../engine/step.js';
import type { Env } from '../engine/types.js';
import { renderMessage } from './message-renderer.js';
import { MessageProcessor, type ProcessorDeps, type StoredInput } from './message-processor.js';

/** A batch that failed as a whole (its unit rolled back) is tried again after this long. */
const RETRY_AFTER_FAILURE_MS = 200;
/** `drain` tries a batch that met a retryable database error again this many times at most. */
const MAX_DRAIN_RETRIES = 5;
/** Messages processed in one transaction at most. */
const BATCH_SIZE = 100;
/**
 * A batch stops taking messages after this long, so webhooks stay responsive under load (their
 * acknowledgement waits for the event loop) while commits are still shared by several messages.
 */
const BATCH_BUDGET_MS = 4;
export interface WorkerDeps extends ProcessorDeps {
  storage: Storage;
  logger: Logger;
  /** Called after a batch stored outbox rows, to wake the dispatcher. */
  onOutbox: () => void;
}

export class ConversationWorker {
  private scheduled = false;
  private heldTimer: NodeJS.Timeout | undefined;
  /** Batches under way: at most `storage.parallelUnits` (one on SQLite). */
  private readonly running = new Set<Promise<'empty' | 'more'>>();
  /** A wake came while every batch slot was taken: the next batch to end wakes again. */
  private wokenWhileFull = false;
  private stopped = false;
  private readonly processor: MessageProcessor;

  constructor(private readonly deps: WorkerDeps) {
    this.processor = new MessageProcessor(deps);
  }

  /** A reloaded directory's flow services: the next step reads them (one in flight keeps the old). */
  replaceServices(services: Env['services']): void {
    this.processor.replaceServices(services);
  }

  /**
   * Schedules a drain soon; many wakes before it runs cost one drain. With every batch slot taken,
   * the wake is remembered and a batch starts when one ends (rather than queueing one per wake,
   * most of which would find nothing left).
   */
  wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.running.size >= this.deps.storage.parallelUnits) {
        this.wokenWhileFull = true;
        return;
      }
      void this.drainBatch(BATCH_SIZE).then(
        (outcome) => {
          if (outcome === 'more') this.wake();
        },
        (error: unknown) => {
          this.deps.logger.error({ err: errorSummary(error) }, 'worker batch failed; retried shortly');
          // Nothing of the batch was committed: its messages are still pending. Come back for them
          // even if no new message or notification wakes this worker.
          this.wakeLater(RETRY_AFTER_FAILURE_MS);
        },
      );
    });
  }

  /** After this, wake-ups do nothing: the database is about to close. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.heldTimer);
  }

  /** Processes up to `limit` pending messages now; resolves with how many it took. */
  async drain(limit = Number.POSITIVE_INFINITY): Promise<number> {
    let count = 0;
    let retries = MAX_DRAIN_RETRIES;
    while (count < limit) {
      const before = count;
      const outcome = await this.drainBatch(Math.min(BATCH_SIZE, limit - count), (n) => {
        count += n;
      }).catch((error: unknown) => {
        // Rolled back as a whole (another unit held what it needed): its messages are still there.
        if (isRetryableStorageError(error) && retries-- > 0) return 'retry' as const;
        throw error;
      });
      if (outcome === 'retry') continue;
      if (outcome === 'empty' || count === before) break;
    }
    // Batches woken beside this drain (PostgreSQL runs several): done when the drain is.
    await Promise.allSettled([...this.running]);
    return count;
  }

  /**
   * One unit of work for a batch of messages, each in its own savepoint: a message that fails rolls
   * back alone and is quarantined, the others commit together (one commit, not one per message).
   * The batch ends when the inbox is empty, at `max`, or after BATCH_BUDGET_MS, so the event loop
   * gets back to acknowledging webhooks. On SQLite a batch under way is waited for, never run
   * twice at once. On PostgreSQL up to `parallelUnits` batches run side by side, each in its own
   * transaction: `nextPending` skips a message another unit holds and every later message of its
   * conversation (as for another instance), so one conversation is still never stepped twice at once.
   */
  private async drainBatch(
    max: number,
    counted: (n: number) => void = () => undefined,
  ): Promise<'empty' | 'more'> {
    while (this.running.size >= this.deps.storage.parallelUnits)
      await Promise.race(this.running).catch(() => undefined);
    if (this.stopped) return 'empty';
    const run = this.runBatch(max, counted);
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
      if (this.wokenWhileFull) {
        this.wokenWhileFull = false;
        this.wake();
      }
    }
  }

  private async runBatch(max: number, counted: (n: number) => void): Promise<'empty' | 'more'> {
    let count = 0;
    // A CPU budget, not a time of day: performance.now() is not the domain clock.
    const started = performance.now();
    // `heldUntil`: when the inbox ran dry, the time its first held-back message becomes due.
    let firstFailed: { id: number; conversationId: string; error: unknown } | undefined;
    const unit = this.deps.storage.unitOfWork(async (tx) => {
      while (count < max && (count === 0 || performance.now() - started < BATCH_BUDGET_MS)) {
        const message = await tx.inbox.nextPending<StoredInput>(this.deps.clock.now());
        if (!message) return { outcome: 'empty' as const, heldUntil: await tx.inbox.nextAvailableAt() };
        const { id, conversationId, payload } = message;
        if (count === 0) {
          // Alone in the unit: if it fails, rolling the whole unit back loses nothing else, and it is
          // set aside in a unit of its own below. No savepoint, then: on PostgreSQL most units hold
          // one message, and a savepoint costs two round trips of the ~20 a message takes.
          try {
            await this.processor.process(tx, id, conversationId, payload);
          } catch (error) {
            if (!isRetryableStorageError(error)) firstFailed = { id, conversationId, error };
            throw error;
          }
        } else {
          try {
            await tx.savepoint(() => this.processor.process(tx, id, conversationId, payload));
          } catch (error) {
            // Another unit held what this one needed (a deadlock on PostgreSQL): the whole batch rolls
            // back and is tried again; only a failure of the message itself sets it aside.
            if (isRetryableStorageError(error)) throw error;
            await this.quarantine(tx, id, conversationId, error);
          }
        }
        count += 1;
      }
      return { outcome: 'more' as const, heldUntil: undefined };
    });
    const { outcome, heldUntil } = await unit.catch(async (error: unknown) => {
      if (!firstFailed) throw error;
      const failed = firstFailed;
      await this.deps.storage.unitOfWork((tx) =>
        this.quarantine(tx, failed.id, failed.conversationId, failed.error),
      );
      count = 1;
      return { outcome: 'more' as const, heldUntil: undefined };
    });
    counted(count);
    if (count > 0) this.deps.onOutbox();
    if (heldUntil !== undefined) this.wakeForHeld(heldUntil);
    return outcome;
  }

  /** Messages held back from a flooding sender: come back when the first of them is due. */
  private wakeForHeld(at: number): void {
    this.wakeLater(Math.max(0, at - this.deps.clock.now()));
  }

  private wakeLater(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.heldTimer);
    this.heldTimer = setTimeout(() => this.wake(), ms);
    this.heldTimer.unref();
  }

  /** A message that cannot be processed must not block its conversation: mark it failed, say sorry. */
  private async quarantine(
    tx: UnitOfWork,
    inboundId: number,
    conversationId: string,
    error: unknown,
  ): Promise<void> {
    const { translator, clock, logger } = this.deps;
    logger.error(
      { inboundId, conversationId, err: errorSummary(error) },
      'inbound message failed; reporter told',
    );
    const now = clock.now();
    await tx.savepoint(async () => {
      // Tried again after a restart and failed again: the reporter was told the first time.
      const told = await tx.inbox.triedBefore(inboundId);
      await tx.inbox.markProcessed(inboundId, now, 'failed');
      if (told) return;
      // Only the address: the snapshot may be what is broken.
      const target = await tx.conversations.address(conversationId);
      if (!target) return;
      await tx.outbox.enqueue({
        conversationId,
        channel: target.channel,
        address: target.address,
        payload: renderMessage(translator, { keys: [FAILURE_KEY] }, 'id'),
        now,
      });
    });
  }
}

/** The error's class and message only: stack traces and causes may quote a reporter's words. */
function errorSummary(error: unknown): { type: string; message: string } {
  return error instanceof Error
    ? { type: error.name, message: error.message }
    : { type: typeof error, message: 'non-error thrown' };
}
