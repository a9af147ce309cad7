/**
 * Fires due timers by turning each into an inbound message of its conversation, in the same
 * unit of work that removes the timer. The worker then steps the flow with it like any message, so a
 * timer that came due while the service was down fires right after the restart.
 */
import type { Storage } from '../db/storage-ports.js';
import type { Clock } from '../lib/clock.js';
import { priorityOf } from './inbox-priority.js';
import type { StoredInput } from './message-processor.js';
import { INTERNAL_CHANNEL } from './channel-contract.js';

/** Check at least this often, so timers set by another process are not missed for long. */
const POLL_MS = 1_000;
const FIRE_BATCH = 100;

export class TimerScheduler {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  /** A tick is firing or planning; a wake meanwhile is covered by the plan it makes. */
  private ticking = false;

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly onFired: () => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.tick();
  }

  /** Another instance set a timer: plan again now, in case it is due before the next poll. */
  wake(): void {
    if (this.stopped || this.ticking) return;
    clearTimeout(this.timer);
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Turns every due timer into an inbound message now; returns how many fired. */
  async fireDue(): Promise<number> {
    const now = this.clock.now();
    const fired = await this.storage.unitOfWork(async (tx) => {
      const due = await tx.timers.due(now, FIRE_BATCH);
      for (const timer of due) {
        const payload: StoredInput = { input: { type: 'timer_fired', name: timer.name, token: timer.token } };
        await tx.inbox.insert({
          channel: INTERNAL_CHANNEL,
          externalId: `timer:${timer.id}:${timer.token}:${timer.dueAt}`,
          conversationId: timer.conversationId,
          payload,
          now,
          priority: priorityOf(payload.input, () => false),
        });
        await tx.timers.remove(timer);
      }
      return due.length;
    });
    if (fired > 0) this.onFired();
    return fired;
  }

  private tick(): void {
    if (this.stopped) return;
    this.ticking = true;
    void this.fireAndPlan().then(
      (delay) => this.plan(delay),
      // A database busy or closing: try again on the next poll, the timers stay stored.
      () => this.plan(POLL_MS),
    );
  }

  private async fireAndPlan(): Promise<number> {
    const fired = await this.fireDue();
    if (fired > 0) return 0;
    const next = await this.storage.autocommit((tx) => tx.timers.nextDueAt());
    return Math.min(POLL_MS, Math.max(0, (next ?? Number.POSITIVE_INFINITY) - this.clock.now()));
  }

  private plan(delay: number): void {
    this.ticking = false;
    if (this.stopped) return;
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }
}
