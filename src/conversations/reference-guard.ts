/**
 * A case reference is not a password: it is read aloud, written on paper, seen over a shoulder, and
 * 21^6 of them can be guessed. From any chat but the reporter's own, a reference alone reveals
 * nothing (not even whether it exists); the status needs the PIN shown once with it. Look-ups from
 * other chats are limited per chat and over all chats, PIN tries per chat and per case, and every
 * refusal is audited (ids and times only).
 *
 * Pure decisions over the facts the worker loaded before the step (`StepFacts`): what to count and
 * what to audit come back as outputs, which the worker stores with the rest of the step.
 */
import type { Guarded } from '../../flows/hotline/hotline-services.js';
import type { CaseFact, StepFacts } from '../engine/types.js';

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
/** The subject under which look-ups from every chat are counted together. */
export const ALL_CHATS = '*';

export type ReferenceLookup =
  | { type: 'own'; found: CaseFact }
  /** Another chat's case, an erased one, or none at all: answered alike, so nothing is revealed. */
  | { type: 'other'; reference: string }
  | { type: 'throttled' };

/**
 * What a typed reference may show this chat. `candidates`: every reference-shaped word, checked
 * against the chat's own cases; `clear`: those the text clearly means (case-reference.ts), the only
 * ones that lead to the other-chat answer.
 */
export function guardLookUp(
  candidates: string[],
  clear: string[],
  facts: StepFacts,
  chat: string,
  limits: ReferenceLimits,
): Guarded<ReferenceLookup | undefined> {
  for (const reference of candidates) {
    const found = live(facts, reference);
    if (found?.ownChat) return { value: { type: 'own', found }, outputs: [] };
  }
  const first = clear[0];
  if (first === undefined) return { value: undefined, outputs: [] };
  const { attempts } = facts;
  if (
    attempts.referenceLookupsByChat >= limits.lookupsPerChat ||
    attempts.referenceLookupsTotal >= limits.lookupsTotal
  ) {
    return { value: { type: 'throttled' }, outputs: [{ type: 'audit', action: 'reference_throttled' }] };
  }
  return {
    value: { type: 'other', reference: first },
    outputs: [{ type: 'attempt_recorded', kind: 'reference_lookup', keys: [chat, ALL_CHATS] }],
  };
}

/**
 * The case a reference and its PIN open from another chat, or undefined: a wrong PIN, an unknown or
 * erased reference and a paused one all look the same to the asker.
 */
export function guardPin(
  reference: string,
  pin: string,
  facts: StepFacts,
  chat: string,
): Guarded<CaseFact | undefined> {
  const found = live(facts, reference);
  if (
    facts.attempts.pinFailuresByChat >= PIN_FAILURES_PER_CHAT ||
    (found && found.pinFailures >= PIN_FAILURES_PER_CASE)
  ) {
    return {
      value: undefined,
      outputs: [{ type: 'audit', action: 'pin_paused', ...(found ? { caseId: found.id } : {}) }],
    };
  }
  if (found?.pinMatches(pin)) return { value: found, outputs: [] };
  return {
    value: undefined,
    outputs: [{ type: 'attempt_recorded', kind: 'pin_failure', keys: found ? [chat, found.id] : [chat] }],
  };
}

/** An erased case is an anonymous count: its reference no longer finds it (safety rule 7). */
function live(facts: StepFacts, reference: string): CaseFact | undefined {
  const found = facts.cases.find((c) => c.reference === reference);
  return found && !found.anonymized ? found : undefined;
}
