/**
 * Fires due timers by turning each into an inbound message of its conversation, in the same
 * transaction that removes the timer. The worker then steps the flow with it like any message, so a
 * timer that came due while the service was down fires right after the restart.
 */
import type { Db } from '../db/client.js';
import type { Repositories } from '../db/repositories.js';
import type { Clock } from '../lib/clock.js';
import { priorityOf } from './inbox-priority.js';
import type { StoredInput } from './conversation-worker.js';
import { INTERNAL_CHANNEL } from './channel-contract.js';

/** Check at least this often, so timers set by another process are not missed for long. */
const POLL_MS = 1_000;
const FIRE_BATCH = 100;

export class TimerScheduler {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly onFired: () => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Turns every due timer into an inbound message now; returns how many fired. */
  fireDue(): number {
    const now = this.clock.now();
    const fired = this.db.transaction(() => {
      const due = this.repos.timers.due(now, FIRE_BATCH);
      for (const timer of due) {
        const payload: StoredInput = { input: { type: 'timer_fired', name: timer.name, token: timer.token } };
        this.repos.inbox.insert({
          channel: INTERNAL_CHANNEL,
          externalId: `timer:${timer.id}:${timer.token}:${timer.dueAt}`,
          conversationId: timer.conversationId,
          payload,
          now,
          priority: priorityOf(payload.input, () => false),
        });
        this.repos.timers.remove(timer);
      }
      return due.length;
    });
    if (fired > 0) this.onFired();
    return fired;
  }

  private tick(): void {
    if (this.stopped) return;
    const fired = this.fireDue();
    const next = this.repos.timers.nextDueAt();
    const delay =
      fired > 0 ? 0 : Math.min(POLL_MS, Math.max(0, (next ?? Number.POSITIVE_INFINITY) - this.clock.now()));
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }
}
