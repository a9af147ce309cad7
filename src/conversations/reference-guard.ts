/**
 * A case reference is not a password: it is read aloud, written on paper, seen over a shoulder, and
 * 21^6 of them can be guessed. From any chat but the reporter's own, a reference alone reveals
 * nothing (not even whether it exists); the status needs the PIN shown once with it. Look-ups from
 * other chats are limited per chat and over all chats, PIN tries per chat and per case, and every
 * refusal is audited (ids and times only).
 */
import type { CaseView } from '../db/case-repository.js';
import type { Repositories } from '../db/repositories.js';

export interface ReferenceLimits {
  /** References one chat may type for cases not its own per window (REFERENCE_LOOKUPS_PER_CHAT). */
  lookupsPerChat: number;
  /** The same over all chats together (REFERENCE_LOOKUPS_TOTAL): many chats cannot guess faster. */
  lookupsTotal: number;
}

export const DEFAULT_REFERENCE_LIMITS: ReferenceLimits = { lookupsPerChat: 5, lookupsTotal: 200 };

/** The window of every limit here: long enough to make guessing slow, short enough to forgive a typo. */
export const REFERENCE_WINDOW_MS = 15 * 60_000;
/** Wrong PINs from one chat before it must wait out the window ("a few attempts, then a pause"). */
const PIN_FAILURES_PER_CHAT = 3;
/** Wrong PINs for one case from all chats together, so many chats cannot share the guessing. */
const PIN_FAILURES_PER_CASE = 5;
const ALL_CHATS = '*';

export type ReferenceLookup =
  | { type: 'own'; found: CaseView }
  /** Another chat's case, an erased one, or none at all: answered alike, so nothing is revealed. */
  | { type: 'other'; reference: string }
  | { type: 'throttled' };

export class ReferenceGuard {
  constructor(
    private readonly repos: Pick<Repositories, 'cases' | 'attempts' | 'alerts'>,
    private readonly limits: ReferenceLimits = DEFAULT_REFERENCE_LIMITS,
  ) {}

  /**
   * What a typed reference may show this chat. `candidates`: every reference-shaped word, checked
   * against the chat's own cases; `clear`: those the text clearly means (case-reference.ts), the
   * only ones that lead to the other-chat answer.
   */
  lookUp(candidates: string[], clear: string[], chat: string, now: number): ReferenceLookup | undefined {
    for (const reference of candidates) {
      const found = this.repos.cases.findByReference(reference);
      if (found && !found.anonymized && found.conversationId === chat) return { type: 'own', found };
    }
    const first = clear[0];
    if (first === undefined) return undefined;
    const since = now - REFERENCE_WINDOW_MS;
    const { attempts, alerts } = this.repos;
    if (
      attempts.count('reference_lookup', chat, since) >= this.limits.lookupsPerChat ||
      attempts.count('reference_lookup', ALL_CHATS, since) >= this.limits.lookupsTotal
    ) {
      alerts.auditHotline(now, 'reference_throttled');
      return { type: 'throttled' };
    }
    attempts.record('reference_lookup', [chat, ALL_CHATS], now, since);
    return { type: 'other', reference: first };
  }

  /**
   * The case a reference and its PIN open from another chat, or undefined: a wrong PIN, an unknown
   * or erased reference and a paused one all look the same to the asker.
   */
  withPin(reference: string, pin: string, chat: string, now: number): CaseView | undefined {
    const since = now - REFERENCE_WINDOW_MS;
    const { attempts, alerts, cases } = this.repos;
    const found = cases.findByReference(reference);
    const live = found && !found.anonymized ? found : undefined;
    if (
      attempts.count('pin_failure', chat, since) >= PIN_FAILURES_PER_CHAT ||
      (live && attempts.count('pin_failure', live.id, since) >= PIN_FAILURES_PER_CASE)
    ) {
      alerts.auditHotline(now, 'pin_paused', live ? { caseId: live.id } : {});
      return undefined;
    }
    if (live && cases.pinMatches(live.id, pin)) return live;
    attempts.record('pin_failure', live ? [chat, live.id] : [chat], now, since);
    return undefined;
  }
}
