import { describe, expect, it } from 'vitest';
import {
  TELEGRAM_RATE_LIMITS,
  TelegramRateLimiter,
  type TelegramRateLimits,
} from '../../../src/channels/telegram/telegram-rate-limiter.js';
import { systemClock } from '../../../src/lib/clock.js';

/** Telegram's shape at a tenth of the time, so the test runs on the real clock in a second. */
const FAST: TelegramRateLimits = {
  perChatBurst: 3,
  perChatIntervalMs: 100,
  globalBurst: 3,
  globalIntervalMs: 10,
};

/** When each acquire resolved, in ms after the start. */
async function times(
  limiter: TelegramRateLimiter,
  calls: { chat: string; priority?: boolean }[],
): Promise<number[]> {
  const start = performance.now();
  const at: number[] = [];
  await Promise.all(
    calls.map(async (c, i) => {
      await limiter.acquire(c.chat, { priority: c.priority === true });
      at[i] = performance.now() - start;
    }),
  );
  return at;
}

describe('TelegramRateLimiter', () => {
  it('should let a turn of three messages to one chat go at once, then about one an interval', async () => {
    const at = await times(new TelegramRateLimiter(FAST, systemClock), [
      { chat: 'a' },
      { chat: 'a' },
      { chat: 'a' },
      { chat: 'a' },
      { chat: 'a' },
    ]);
    for (const t of at.slice(0, 3)) expect(t).toBeLessThan(40);
    expect(at[3]).toBeGreaterThanOrEqual(95);
    expect(at[4]).toBeGreaterThanOrEqual(195);
  });

  it('should keep the whole bot to its global pace across chats', async () => {
    const at = await times(
      new TelegramRateLimiter(FAST, systemClock),
      ['a', 'b', 'c', 'd', 'e', 'f'].map((chat) => ({ chat })),
    );
    // Three at once, then one per 10 ms.
    expect(at[5]).toBeGreaterThanOrEqual(28);
  });

  it("should put a priority send ahead of a chat's queued burst", async () => {
    const limiter = new TelegramRateLimiter(FAST, systemClock);
    const at = await times(limiter, [
      ...Array.from({ length: 6 }, () => ({ chat: 'officer' })),
      { chat: 'officer', priority: true },
    ]);
    // The first three went at once; the alert is next, before the three ordinary ones still queued.
    expect(at[6]).toBeLessThan(at[3]!);
    expect(at[6]).toBeLessThan(150);
  });

  it("should hold a chat back for exactly Telegram's retry_after", async () => {
    const limiter = new TelegramRateLimiter(TELEGRAM_RATE_LIMITS, systemClock);
    limiter.backOff('a', 300);
    const [t] = await times(limiter, [{ chat: 'a' }]);
    expect(t).toBeGreaterThanOrEqual(295);
    expect(t).toBeLessThan(400);
  });

  it('should stop waiting when the send is aborted', async () => {
    const limiter = new TelegramRateLimiter(FAST, systemClock);
    limiter.backOff('a', 10_000);
    const abort = new AbortController();
    const waiting = limiter.acquire('a', { signal: abort.signal });
    abort.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
  });
});
