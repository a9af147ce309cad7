/**
 * Everything a reporter's step may read besides its snapshot, loaded through the unit of work's
 * ports before `step()` runs (the decision itself never reads storage): a reserved case reference
 * and PIN, the cases its references name (typed now, or held by the flow), and the reference
 * guard's counts.
 */
import type { StoragePorts } from '../db/storage-ports.js';
import {
  type CaseFact,
  type Input,
  NO_ATTEMPTS,
  type Output,
  type Snapshot,
  type StepFacts,
} from '../engine/types.js';
import { findCaseReferences } from '../engine/case-reference-text.js';
import { randomCasePin, randomCaseReference } from './case-reference.js';
import type { AnyFlow } from './message-processor.js';
import { ALL_CHATS, REFERENCE_WINDOW_MS } from './reference-guard.js';

/** Case references drawn before giving up on finding an unused one (collisions are ~1 in 86 million). */
const MAX_REFERENCE_DRAWS = 20;
/**
 * Conversations whose reserved reference is remembered. A reservation is drawn at a conversation's
 * first step and kept until a case takes it, so references are drawn in the order cases open (the
 * seeded golden transcripts rely on it); past this many, the oldest are forgotten and redrawn.
 */
const MAX_RESERVATIONS = 10_000;

export class StepFactsLoader {
  private readonly reservations = new Map<string, StepFacts['reserved']>();

  /** `random` draws case-reference characters; seeded in golden tests. */
  constructor(private readonly random?: (max: number) => number) {}

  async load(
    tx: StoragePorts,
    chat: string,
    flow: AnyFlow,
    snapshot: Snapshot | undefined,
    input: Input,
    now: number,
    /** The input is the `status` command: the chat's own case is loaded too. */
    asksStatus = false,
    /** The kept reservation (`kept`), already checked for a case that took it meanwhile. */
    checked?: { reference: string; taken: boolean },
  ): Promise<StepFacts> {
    const { cases, attempts } = tx;
    const references = new Set(input.type === 'text' ? findCaseReferences(input.text) : []);
    const vars = snapshot?.vars ?? {};
    for (const held of flow.heldReferences?.(vars) ?? []) references.add(held);
    const own = asksStatus ? flow.ownReference?.(vars) : undefined;
    if (own) references.add(own);
    const since = now - REFERENCE_WINDOW_MS;
    const found: CaseFact[] = [];
    for (const reference of references) {
      const view = await cases.findByReference(reference);
      if (!view) continue;
      // A returning reporter asks whether anyone has taken it yet (night-shift trial: the status
      // said only when it was recorded, while nobody had taken it for half an hour).
      const active = await tx.alerts.activeOfCase(view.id);
      const handling = active?.status === 'claimed' ? 'taken' : active ? 'waiting' : undefined;
      found.push({
        ...(handling ? { handling } : {}),
        id: view.id,
        reference: view.reference,
        ownChat: view.conversationId === chat,
        anonymized: view.anonymized,
        ...(view.officeId ? { officeId: view.officeId } : {}),
        createdAt: view.createdAt,
        pinFailures: await attempts.count('pin_failure', view.id, since),
        pinMatches: await cases.pinCheck(view.id),
      });
    }
    return {
      reserved: await this.reserved(tx, chat, checked),
      cases: found,
      attempts:
        references.size === 0
          ? NO_ATTEMPTS
          : {
              referenceLookupsByChat: await attempts.count('reference_lookup', chat, since),
              referenceLookupsTotal: await attempts.count('reference_lookup', ALL_CHATS, since),
              pinFailuresByChat: await attempts.count('pin_failure', chat, since),
            },
    };
  }

  /** A case opened with the reservation: the next case of this chat needs a new one. */
  releaseIfTaken(chat: string, reserved: StepFacts['reserved'], outputs: Output[]): void {
    const taken = outputs.some((o) => o.type === 'case_update' && o.patch.reference === reserved.reference);
    if (taken) this.reservations.delete(chat);
  }

  /** The reference reserved for this chat's next case, if one is: checked before `load` uses it. */
  kept(chat: string): string | undefined {
    return this.reservations.get(chat)?.reference;
  }

  /** The conversation's reservation, redrawn if some other case took its reference meanwhile. */
  private async reserved(
    tx: StoragePorts,
    chat: string,
    checked: { reference: string; taken: boolean } | undefined,
  ): Promise<StepFacts['reserved']> {
    const kept = this.reservations.get(chat);
    const taken = async (reference: string) =>
      checked?.reference === reference ? checked.taken : tx.cases.referenceExists(reference);
    if (kept && !(await taken(kept.reference))) return kept;
    const fresh = { reference: await this.unusedReference(tx), pin: randomCasePin(this.random) };
    this.reservations.delete(chat);
    if (this.reservations.size >= MAX_RESERVATIONS) {
      const oldest = this.reservations.keys().next().value;
      if (oldest !== undefined) this.reservations.delete(oldest);
    }
    this.reservations.set(chat, fresh);
    return fresh;
  }

  private async unusedReference(tx: StoragePorts): Promise<string> {
    for (let i = 0; i < MAX_REFERENCE_DRAWS; i++) {
      const reference = randomCaseReference(this.random);
      if (!(await tx.cases.referenceExists(reference))) return reference;
    }
    throw new Error('no unused case reference found');
  }
}
