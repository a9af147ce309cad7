/**
 * Keeps sends within Telegram's limits before Telegram has to refuse them: about one message a
 * second per chat and thirty a second overall. Each send reserves the next free slot of its chat
 * and of the bot, then waits for it; a 429's `retry_after` pushes the chat's next slot back.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Clock } from '../../lib/clock.js';

export interface TelegramRateLimits {
  /** Minimum gap between two messages to one chat. */
  perChatIntervalMs: number;
  /** Minimum gap between two messages of the bot, whatever the chat. */
  globalIntervalMs: number;
}

/** Telegram's published limits (core.telegram.org/bots/faq#broadcasting-to-users). */
export const TELEGRAM_RATE_LIMITS: TelegramRateLimits = {
  perChatIntervalMs: 1_000,
  globalIntervalMs: Math.ceil(1_000 / 30),
};

/** For a local Bot API stand-in that has no limits (tests, the benchmark). */
export const NO_RATE_LIMITS: TelegramRateLimits = { perChatIntervalMs: 0, globalIntervalMs: 0 };

/** Past this many remembered chats, forget the ones whose slot has passed. */
const PRUNE_AT = 10_000;

export class TelegramRateLimiter {
  private readonly nextByChat = new Map<string, number>();
  private nextGlobal = 0;

  constructor(
    private readonly limits: TelegramRateLimits,
    private readonly clock: Clock,
    private readonly sleep: (ms: number) => Promise<unknown> = sleepFor,
  ) {}

  /** Resolves when a message to `chat` may go. */
  async acquire(chat: string): Promise<void> {
    const { perChatIntervalMs, globalIntervalMs } = this.limits;
    if (perChatIntervalMs === 0 && globalIntervalMs === 0) return;
    const now = this.clock.now();
    const at = Math.max(now, this.nextByChat.get(chat) ?? 0, this.nextGlobal);
    this.nextByChat.set(chat, at + perChatIntervalMs);
    this.nextGlobal = at + globalIntervalMs;
    if (this.nextByChat.size > PRUNE_AT) this.prune(now);
    if (at > now) await this.sleep(at - now);
  }

  /** Telegram said wait: nothing more goes to this chat for `ms`. */
  backOff(chat: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.nextByChat.set(chat, Math.max(until, this.nextByChat.get(chat) ?? 0));
  }

  private prune(now: number): void {
    for (const [chat, next] of this.nextByChat) if (next <= now) this.nextByChat.delete(chat);
  }
}
