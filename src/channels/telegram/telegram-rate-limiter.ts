/**
 * Keeps sends within Telegram's limits before Telegram has to refuse them. Each chat has a token
 * bucket: a bot turn of a few messages goes back to back (Telegram allows short bursts to one
 * chat), then about one a second. The bot as a whole keeps to about thirty a second. A 429's
 * `retry_after` holds the chat back exactly that long.
 *
 * Waiting sends queue per chat, then for the bot; a priority send (an officer alert, an emergency
 * reply) is queued ahead of every ordinary one, so it never waits behind a reporter's burst or a
 * long claim summary to the same officer.
 */
import type { Clock } from '../../lib/clock.js';

export interface TelegramRateLimits {
  /** Messages one chat may receive back to back: one bot turn (emergency numbers, greeting, question). */
  perChatBurst: number;
  /** Sustained gap between messages to one chat once its burst is spent. */
  perChatIntervalMs: number;
  /** Messages the bot may send back to back across chats. */
  globalBurst: number;
  /** Sustained gap between two messages of the bot, whatever the chat. */
  globalIntervalMs: number;
}

/** Telegram's published limits (core.telegram.org/bots/faq#broadcasting-to-users). */
export const TELEGRAM_RATE_LIMITS: TelegramRateLimits = {
  perChatBurst: 3,
  perChatIntervalMs: 1_000,
  globalBurst: 3,
  globalIntervalMs: Math.ceil(1_000 / 30),
};

/** `TELEGRAM_RATE_LIMIT=off`: a self-hosted Bot API stand-in or a load test (a 429 is still honoured). */
export const NO_RATE_LIMITS: TelegramRateLimits = {
  perChatBurst: 1,
  perChatIntervalMs: 0,
  globalBurst: 1,
  globalIntervalMs: 0,
};

/** Past this many remembered chats, forget the idle ones whose bucket is full again. */
const PRUNE_AT = 10_000;

export interface AcquireOptions {
  /** Goes ahead of every ordinary send waiting for the same chat and for the bot. */
  priority?: boolean;
  /** Gives up waiting (shutdown): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface Waiter {
  priority: boolean;
  go: () => void;
}

/**
 * One queue paced by the generic cell rate algorithm: `burst` sends at once, then one per
 * `intervalMs`. `tat` is the theoretical arrival time of the next send if the pace were even.
 */
class Lane {
  tat = 0;
  blockedUntil = 0;
  readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly burst: number,
    private readonly intervalMs: number,
    private readonly clock: Clock,
  ) {}

  enter(waiter: Waiter): void {
    // Priority waiters keep their own order, ahead of every ordinary one.
    const at = waiter.priority ? this.waiters.findIndex((w) => !w.priority) : -1;
    if (at === -1) this.waiters.push(waiter);
    else this.waiters.splice(at, 0, waiter);
    this.pump();
  }

  leave(waiter: Waiter): void {
    const at = this.waiters.indexOf(waiter);
    if (at !== -1) this.waiters.splice(at, 1);
    if (this.waiters.length === 0) this.cancelTimer();
  }

  block(until: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, until);
    if (this.waiters.length > 0) this.pump();
  }

  idle(now: number): boolean {
    return this.waiters.length === 0 && this.tat <= now && this.blockedUntil <= now;
  }

  pump(): void {
    this.cancelTimer();
    while (this.waiters.length > 0) {
      const now = this.clock.now();
      const at = Math.max(this.blockedUntil, this.tat - (this.burst - 1) * this.intervalMs);
      if (at > now) {
        this.timer = setTimeout(() => this.pump(), at - now);
        // A paced send never holds the process open on its own; shutdown aborts the waiters.
        this.timer.unref();
        return;
      }
      this.tat = Math.max(this.tat, now) + this.intervalMs;
      this.waiters.shift()!.go();
    }
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export class TelegramRateLimiter {
  private readonly chats = new Map<string, Lane>();
  private readonly global: Lane;

  constructor(
    private readonly limits: TelegramRateLimits,
    private readonly clock: Clock,
  ) {
    this.global = new Lane(limits.globalBurst, limits.globalIntervalMs, clock);
  }

  /** Resolves when a message to `chat` may go; each call takes one message's room. */
  acquire(chat: string, options: AcquireOptions = {}): Promise<void> {
    const lane = this.chats.get(chat);
    const unpaced = this.limits.perChatIntervalMs === 0 && this.limits.globalIntervalMs === 0;
    if (unpaced && (!lane || lane.blockedUntil <= this.clock.now())) return Promise.resolve();
    options.signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      const chatLane = lane ?? this.laneOf(chat);
      const signal = options.signal;
      const onAbort = () => {
        chatLane.leave(inChat);
        this.global.leave(inGlobal);
        reject(signal?.reason);
      };
      const inGlobal: Waiter = {
        priority: options.priority === true,
        go: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const inChat: Waiter = { ...inGlobal, go: () => this.global.enter(inGlobal) };
      signal?.addEventListener('abort', onAbort, { once: true });
      chatLane.enter(inChat);
    });
  }

  /** Telegram said wait: nothing more goes to this chat for `ms`. */
  backOff(chat: string, ms: number): void {
    this.laneOf(chat).block(this.clock.now() + ms);
  }

  private laneOf(chat: string): Lane {
    let lane = this.chats.get(chat);
    if (!lane) {
      if (this.chats.size >= PRUNE_AT) this.prune();
      lane = new Lane(this.limits.perChatBurst, this.limits.perChatIntervalMs, this.clock);
      this.chats.set(chat, lane);
    }
    return lane;
  }

  private prune(): void {
    const now = this.clock.now();
    for (const [chat, lane] of this.chats) if (lane.idle(now)) this.chats.delete(chat);
  }
}
