/**
 * How fast replies reach a reporter over the Bot API, on the real clock and real HTTP: a bot turn
 * arrives at once, later messages to the same chat are paced, and a 429 is waited out exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TELEGRAM_RATE_LIMITS } from '../../../src/channels/telegram/telegram-rate-limiter.js';
import { ManualClock } from '../../../src/lib/clock.js';
import type { ApiCall } from '../../support/fake-telegram-api.js';
import { textUpdate } from '../../support/telegram-updates.js';
import { CHAT, type TelegramHarness, telegramHarness } from './telegram-test-setup.js';

/** The hotline on the wall clock, so the dispatcher's retry times pass for real. */
class WallClock extends ManualClock {
  override now(): number {
    return Date.now();
  }
}

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Milliseconds between two calls' arrival at the fake API. */
const gap = (a: ApiCall, b: ApiCall) => Number(b.at - a.at) / 1e6;

describe('Telegram pacing over the Bot API', () => {
  it("should deliver a three-message turn back to back and pace the chat's next message", async () => {
    const clock = new WallClock();
    h = await telegramHarness({ channel: { rateLimits: TELEGRAM_RATE_LIMITS }, hotline: { clock } });
    h.t.hotline.start();
    await h.post(textUpdate(1, CHAT, URGENT_OPENING));
    await h.api.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length >= 3);
    await h.post(textUpdate(2, CHAT, 'halo'));
    await h.api.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length >= 4);

    const [first, second, third, fourth] = h.api.callsOf('sendMessage');
    // The emergency numbers, the greeting and the question: on the screen together. Back to back
    // takes a few milliseconds; paced, the third would come two seconds after the first. The bound
    // leaves room for a loaded CI machine (103 ms was seen with other suites running beside it).
    expect(String(first!.payload.text)).toMatch(
      /^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama/,
    );
    expect(String(third!.payload.text)).toMatch(/^Di mana Anda sekarang/);
    expect(gap(first!, third!)).toBeLessThan(400);
    expect(gap(first!, second!)).toBeLessThan(400);
    // The burst is spent: the next message to the chat waits for its second (counted from when the
    // first was let go, a little before it arrived; unpaced it would follow within milliseconds).
    expect(gap(first!, fourth!)).toBeGreaterThanOrEqual(700);
  });

  it('should retry a message refused with 429 exactly when retry_after says, each time', async () => {
    const clock = new WallClock();
    h = await telegramHarness({ channel: { rateLimits: TELEGRAM_RATE_LIMITS }, hotline: { clock } });
    h.t.hotline.start();
    const tooMany = {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    };
    h.api.failNext('sendMessage', tooMany, 2);
    await h.post(textUpdate(1, CHAT, 'halo'));
    await h.api.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length >= 3, 8_000);

    const [refused, refusedAgain, accepted] = h.api.callsOf('sendMessage');
    expect(refused!.result).toBeUndefined();
    expect(accepted!.result).toBeDefined();
    expect(accepted!.payload.text).toBe(refused!.payload.text); // the same message, not the next one
    for (const wait of [gap(refused!, refusedAgain!), gap(refusedAgain!, accepted!)]) {
      expect(wait).toBeGreaterThanOrEqual(995); // never before Telegram allows it
      expect(wait).toBeLessThan(1_300); // and not a backoff's seconds later
    }
  });
});
