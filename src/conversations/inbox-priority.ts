/**
 * Which inbound messages go first, and how a flooding sender is slowed. Decided at ingest, stored
 * with the message (inbound_messages.priority, .available_at), so the order survives a restart.
 *
 * - A danger signal (triage says urgent), an officer's claim and an alert deadline are taken ahead
 *   of everything else, still after the earlier messages of their own conversation.
 * - A sender past `burst` messages within `windowMs` has each further message held back
 *   `spacingMs` after the previous one: nothing is dropped, the worker just takes them slower, and
 *   the sender is told once (the worker says it, in their language). A danger signal is never held:
 *   it releases the sender's held messages, so it is not stuck behind them.
 */
import type { Input } from '../engine/types.js';
import { handoffTimer } from '../handoff/alert-limits.js';
import { CLAIM_PREFIX } from '../handoff/officer-desk.js';

export const PRIORITY = { ordinary: 0, urgent: 1, officer: 2 } as const;

export interface SenderPace {
  /** Messages a sender may send within `windowMs` before they are slowed (SENDER_BURST). */
  burst: number;
  windowMs: number;
  /** Gap between a slowed sender's messages (SENDER_SPACING_MS). */
  spacingMs: number;
}

/** A person typing a story in short messages, or an album of ten photos, stays well under this. */
export const DEFAULT_SENDER_PACE: SenderPace = { burst: 20, windowMs: 10_000, spacingMs: 1_000 };

export function priorityOf(input: Input, isUrgent: (text: string) => boolean): number {
  switch (input.type) {
    case 'text':
      return isUrgent(input.text) ? PRIORITY.urgent : PRIORITY.ordinary;
    case 'choice':
      return input.optionId.startsWith(CLAIM_PREFIX) ? PRIORITY.officer : PRIORITY.ordinary;
    case 'timer_fired':
      // The handoff's timers: alert deadlines and officer digests.
      return handoffTimer(input.name) ? PRIORITY.officer : PRIORITY.ordinary;
    default:
      return PRIORITY.ordinary;
  }
}

/**
 * When an ordinary message may be processed, given the sender's recent pace: now, or held back
 * after their previous held message. `firstHeld`: this message starts the slowing (tell them).
 */
export function holdFor(
  pace: { recent: number; heldUntil: number },
  now: number,
  limits: SenderPace,
): { availableAt: number; firstHeld: boolean } {
  if (pace.recent < limits.burst) return { availableAt: now, firstHeld: false };
  return {
    availableAt: Math.max(now, pace.heldUntil) + limits.spacingMs,
    firstHeld: pace.recent === limits.burst,
  };
}
