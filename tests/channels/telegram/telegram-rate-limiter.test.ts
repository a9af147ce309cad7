import { describe, expect, it } from 'vitest';
import { TelegramRateLimiter } from '../../../src/channels/telegram/telegram-rate-limiter.js';
import { ManualClock } from '../../../src/lib/clock.js';

function limiter() {
  const clock = new ManualClock(0);
  const waits: number[] = [];
  const rl = new TelegramRateLimiter(
    { perChatIntervalMs: 1_000, globalIntervalMs: 34 },
    clock,
    async (ms) => {
      waits.push(ms);
    },
  );
  return { rl, clock, waits };
}

describe('TelegramRateLimiter', () => {
  it('should space messages to one chat a second apart', async () => {
    const { rl, waits } = limiter();
    await rl.acquire('a');
    await rl.acquire('a');
    await rl.acquire('a');
    expect(waits).toEqual([1_000, 2_000]);
  });

  it('should space messages to different chats by the global interval only', async () => {
    const { rl, waits } = limiter();
    for (const chat of ['a', 'b', 'c']) await rl.acquire(chat);
    expect(waits).toEqual([34, 68]);
  });

  it('should not wait once the slot has passed', async () => {
    const { rl, clock, waits } = limiter();
    await rl.acquire('a');
    clock.advance(1_500);
    await rl.acquire('a');
    expect(waits).toEqual([]);
  });

  it("should hold a chat back for Telegram's retry_after", async () => {
    const { rl, waits } = limiter();
    rl.backOff('a', 5_000);
    await rl.acquire('a');
    expect(waits).toEqual([5_000]);
  });
});
