/**
 * The in-memory counter behind the rate limits: one fixed window per key, the least recently seen
 * keys forgotten past a capacity. It replaces @fastify/rate-limit's LocalStore (10.3), which hands
 * every caller the same mutable counter object and reads it after an await: requests that arrive in
 * one event-loop turn all read the final count, so a burst of 61 against a limit of 60 refused all
 * 61 — a burst of Telegram updates would have been refused whole. Here each caller gets its own
 * numbers, taken at its own increment.
 */

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** @fastify/rate-limit passes each route's window; its types leave the argument out. */
const FALLBACK_WINDOW_MS = 60_000;

/** Keys remembered per route by default; the oldest are forgotten first past it. */
export const DEFAULT_TRACKED_KEYS = 20_000;

export class WindowStore {
  private readonly windows = new Map<string, { count: number; startedAt: number }>();
  private readonly capacity: number;

  /** Called by @fastify/rate-limit with its options (`cache` is the capacity). */
  constructor(options: { cache?: number } = {}) {
    this.capacity = options.cache ?? DEFAULT_TRACKED_KEYS;
  }

  incr(key: string, callback: Callback, timeWindow = FALLBACK_WINDOW_MS): void {
    // A window length, not a time of day: the monotonic clock.
    const now = performance.now();
    let window = this.windows.get(key);
    if (window === undefined || now - window.startedAt >= timeWindow) window = { count: 0, startedAt: now };
    else this.windows.delete(key); // re-inserted below: the Map's order is the recency order
    window.count += 1;
    this.windows.set(key, window);
    if (this.windows.size > this.capacity) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    callback(null, { current: window.count, ttl: Math.max(0, timeWindow - (now - window.startedAt)) });
  }

  /** Each route (and each limiter made with createRateLimit) counts in a store of its own. */
  child(options: object): WindowStore {
    const { cache } = options as { cache?: number };
    return new WindowStore({ cache: cache ?? this.capacity });
  }
}
