/**
 * The impure loop around the engine. For each stored inbound message, in arrival order, ONE
 * transaction loads the conversation, steps its flow, and stores the new snapshot, the outbox rows,
 * timers and case updates, and marks the message processed. A crash anywhere leaves either all of
 * it or none of it; an unprocessed message is simply processed after the restart.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { Repositories } from '../db/repositories.js';
import type { FlowDefinition } from '../engine/flow-definition.js';
import { FAILURE_KEY, step } from '../engine/step.js';
import {
  type CaseFact,
  type Env,
  type Input,
  type Language,
  NO_ATTEMPTS,
  type Output,
  type Snapshot,
  type StepFacts,
} from '../engine/types.js';
import type { Handoff } from '../handoff/handoff.js';
import type { Clock } from '../lib/clock.js';
import { findCaseReferences, randomCasePin, randomCaseReference } from './case-reference.js';
import { channelReceives } from './channel-receives.js';
import { choiceWordsFrom, commandMatcher } from './command-words.js';
import { renderMessage } from './message-renderer.js';
import type { OutputExecutor } from './output-executor.js';
import { ALL_CHATS, REFERENCE_WINDOW_MS } from './reference-guard.js';
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';

/** Messages processed in one transaction at most. */
const BATCH_SIZE = 100;
/**
 * A batch stops taking messages after this long, so webhooks stay responsive under load (their
 * acknowledgement waits for the event loop) while commits are still shared by several messages.
 */
const BATCH_BUDGET_MS = 4;
/** Case references drawn before giving up on finding an unused one (collisions are ~1 in 86 million). */
const MAX_REFERENCE_DRAWS = 20;
/**
 * Conversations whose reserved reference is remembered. A reservation is drawn at a conversation's
 * first step and kept until a case takes it, so references are drawn in the order cases open (the
 * seeded golden transcripts rely on it); past this many, the oldest are forgotten and redrawn.
 */
const MAX_RESERVATIONS = 10_000;

export interface StoredInput {
  input: Input;
  languageHint?: string;
  /** Keyed hash of InboundMessage.phone: only for recognising an officer. */
  phoneKey?: string;
  /** Characters left out of a text over MAX_MESSAGE_CHARS (ingest): the reporter is told. */
  cutChars?: number;
  /** The first message ingest held back from a flooding sender: they are told once. */
  slowed?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: flows differ in their variables; each checks its own at definition.
export type AnyFlow = FlowDefinition<any, string>;

export interface WorkerDeps {
  db: Db;
  repos: Repositories;
  translator: i18n;
  clock: Clock;
  logger: Logger;
  flows: { byId: ReadonlyMap<string, AnyFlow>; defaultFlowId: string };
  triage: Env['triage'];
  services: Env['services'];
  /** Called after a batch stored outbox rows, to wake the dispatcher. */
  onOutbox: () => void;
  /** Draws case-reference characters; seeded in golden tests. */
  random?: (max: number) => number;
  /** Officer alerts, officers' own messages and the relayed chat; absent, alerts are only logged. */
  handoff?: Handoff;
  /** Performs every step's outputs, the engine's and the handoff's (the one place they become writes). */
  executor: OutputExecutor;
}

export class ConversationWorker {
  private scheduled = false;
  private heldTimer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;
  private readonly matchCommand: (text: string) => ReturnType<Env['matchCommand']>;
  private readonly choiceWords: Env['choiceWords'];
  private readonly reservations = new Map<string, StepFacts['reserved']>();

  constructor(private readonly deps: WorkerDeps) {
    this.matchCommand = commandMatcher(deps.translator);
    this.choiceWords = choiceWordsFrom(deps.translator);
  }

  /** Schedules a drain soon; many wakes before it runs cost one drain. */
  wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.drainBatch(BATCH_SIZE) === 'more') this.wake();
    });
  }

  /** After this, wake-ups do nothing: the database is about to close. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.heldTimer);
  }

  /** Processes up to `limit` pending messages now; returns how many it took. */
  drain(limit = Number.POSITIVE_INFINITY): number {
    let count = 0;
    while (count < limit) {
      const before = count;
      const outcome = this.drainBatch(Math.min(BATCH_SIZE, limit - count), (n) => {
        count += n;
      });
      if (outcome === 'empty' || count === before) break;
    }
    return count;
  }

  /**
   * One write transaction for a batch of messages, each in its own savepoint: a message that fails
   * rolls back alone and is quarantined, the others commit together (one commit, not one per
   * message). The batch ends when the inbox is empty, at `max`, or after BATCH_BUDGET_MS, so the
   * event loop gets back to acknowledging webhooks.
   */
  private drainBatch(max: number, counted: (n: number) => void = () => undefined): 'empty' | 'more' {
    if (this.running || this.stopped) return 'empty'; // re-entrancy guard: never two steps of one conversation at once
    const { db, repos } = this.deps;
    this.running = true;
    let count = 0;
    let outcome: 'empty' | 'more';
    // A CPU budget, not a time of day: performance.now() is not the domain clock.
    const started = performance.now();
    try {
      outcome = db.transaction(
        () => {
          while (count < max && (count === 0 || performance.now() - started < BATCH_BUDGET_MS)) {
            const message = repos.inbox.nextPending<StoredInput>(this.deps.clock.now());
            if (!message) return 'empty';
            try {
              db.transaction(() => this.process(message.id, message.conversationId, message.payload));
            } catch (error) {
              this.quarantine(message.id, message.conversationId, error);
            }
            count += 1;
          }
          return 'more';
        },
        { behavior: 'immediate' },
      );
    } finally {
      this.running = false;
    }
    counted(count);
    if (count > 0) this.deps.onOutbox();
    if (outcome === 'empty') this.wakeForHeld();
    return outcome;
  }

  /** Messages held back from a flooding sender: come back when the first of them is due. */
  private wakeForHeld(): void {
    const at = this.deps.repos.inbox.nextAvailableAt();
    if (at === undefined || this.stopped) return;
    clearTimeout(this.heldTimer);
    this.heldTimer = setTimeout(() => this.wake(), Math.max(0, at - this.deps.clock.now()));
    this.heldTimer.unref();
  }

  /** A message that cannot be processed must not block its conversation: mark it failed, say sorry. */
  private quarantine(inboundId: number, conversationId: string, error: unknown): void {
    const { db, repos, translator, clock, logger } = this.deps;
    logger.error(
      { inboundId, conversationId, err: errorSummary(error) },
      'inbound message failed; reporter told',
    );
    const now = clock.now();
    db.transaction(() => {
      repos.inbox.markProcessed(inboundId, now, 'failed');
      // Only the address: the snapshot may be what is broken.
      const target = repos.conversations.address(conversationId);
      if (!target) return;
      repos.outbox.enqueue({
        conversationId,
        channel: target.channel,
        address: target.address,
        payload: renderMessage(translator, { keys: [FAILURE_KEY] }, 'id'),
        now,
      });
    });
  }

  private process(inboundId: number, conversationId: string, stored: StoredInput): void {
    const { repos, clock, flows } = this.deps;
    const now = clock.now();
    const conversation = repos.conversations.load<Snapshot>(conversationId);
    if (!conversation) throw new Error(`inbound ${inboundId} names a missing conversation`);
    const flow =
      flows.byId.get(conversation.snapshot?.flowId ?? flows.defaultFlowId) ??
      flows.byId.get(flows.defaultFlowId)!;
    const triage = memoizeLast(this.deps.triage);
    if (this.handledByHandoff(conversation, flow, stored, triage, now)) {
      this.tellNotices(conversation, conversation.snapshot?.lang ?? 'id', stored, now);
      repos.inbox.markProcessed(inboundId, now);
      return;
    }
    const env: Env = {
      now,
      facts: this.loadFacts(conversationId, flow, conversation.snapshot, stored.input, now),
      chat: conversationId,
      triage,
      choiceWords: (key, lang) => this.choiceWords(key, lang),
      matchCommand: (text) => this.matchCommand(text),
      services: this.deps.services,
      receives: channelReceives(conversation.channel),
    };
    const result = step(flow, conversation.snapshot, stored.input, env, initialLanguage(stored.languageHint));
    this.releaseIfTaken(conversationId, env.facts.reserved, result.outputs);
    this.deps.executor.perform(result.outputs, now, {
      conversationId,
      inboundId,
      channel: conversation.channel,
      address: conversation.address,
      lang: result.snapshot.lang,
    });
    this.tellNotices(conversation, result.snapshot.lang, stored, now);
    repos.conversations.saveSnapshot(conversationId, result.snapshot, now);
    repos.inbox.markProcessed(inboundId, now);
  }

  /**
   * After the step's own replies: a text cut at MAX_MESSAGE_CHARS is never cut silently, and a
   * sender who is being slowed down hears it once.
   */
  private tellNotices(
    conversation: { id: string; channel: string; address: string },
    lang: Language,
    stored: StoredInput,
    now: number,
  ): void {
    const { repos, translator } = this.deps;
    const notices = [
      ...(stored.slowed ? [{ keys: ['common:flood.slowed'] }] : []),
      ...(stored.cutChars
        ? [{ keys: ['common:text_limit.message'], params: { max: MAX_MESSAGE_CHARS } }]
        : []),
    ];
    for (const notice of notices) {
      repos.outbox.enqueue({
        conversationId: conversation.id,
        channel: conversation.channel,
        address: conversation.address,
        payload: renderMessage(translator, notice, lang),
        now,
      });
    }
  }

  /**
   * Officers' messages, alert deadlines, and a reporter's words while an officer holds their case
   * belong to the handoff, not to the reporter flow.
   */
  private handledByHandoff(
    conversation: { id: string; channel: string; address: string; snapshot: Snapshot | undefined },
    flow: AnyFlow,
    stored: StoredInput,
    triage: Env['triage'],
    now: number,
  ): boolean {
    const { handoff } = this.deps;
    if (!handoff) return false;
    const input = stored.input;
    if (input.type === 'timer_fired') {
      const outputs = handoff.onTimer(input.name, input.token, now);
      if (outputs) {
        this.deps.executor.perform(outputs, now);
        return true;
      }
    }
    const officer = handoff.officerAt(conversation.channel, conversation.address, stored.phoneKey);
    if (officer) {
      const chat = { id: conversation.id, channel: conversation.channel, address: conversation.address };
      this.deps.executor.perform(handoff.fromOfficer(officer, chat, input, now), now);
      return true;
    }
    if (input.type === 'timer_fired') return false;
    // Only free text at the flow's resting prompt (or after the chat ended) is chat with the officer:
    // a question the flow asked (confirming a deletion, choosing a language) gets its answer from it.
    const snapshot = conversation.snapshot;
    const resting =
      snapshot !== undefined &&
      snapshot.returnStack.length === 0 &&
      (snapshot.ended || flow.states[snapshot.state]?.type === 'ask_text');
    const relay = handoff.fromReporter(conversation.id, input, {
      resting,
      isCommand: (text) => this.matchCommand(text) !== undefined,
      isUrgent: (text) => triage(text).urgent,
    });
    this.deps.executor.perform(relay.outputs, now);
    return relay.handled;
  }

  /**
   * Everything the step may read besides the snapshot, loaded before it runs: a reserved reference
   * and PIN, the cases its references name (typed now, or held by the flow), and the guard's counts.
   */
  private loadFacts(
    chat: string,
    flow: AnyFlow,
    snapshot: Snapshot | undefined,
    input: Input,
    now: number,
  ): StepFacts {
    const { cases, attempts } = this.deps.repos;
    const references = new Set(input.type === 'text' ? findCaseReferences(input.text) : []);
    for (const held of flow.heldReferences?.(snapshot?.vars ?? {}) ?? []) references.add(held);
    const since = now - REFERENCE_WINDOW_MS;
    const found: CaseFact[] = [];
    for (const reference of references) {
      const view = cases.findByReference(reference);
      if (!view) continue;
      found.push({
        id: view.id,
        reference: view.reference,
        ownChat: view.conversationId === chat,
        anonymized: view.anonymized,
        ...(view.officeId ? { officeId: view.officeId } : {}),
        createdAt: view.createdAt,
        pinFailures: attempts.count('pin_failure', view.id, since),
        pinMatches: cases.pinCheck(view.id),
      });
    }
    return {
      reserved: this.reserved(chat),
      cases: found,
      attempts:
        references.size === 0
          ? NO_ATTEMPTS
          : {
              referenceLookupsByChat: attempts.count('reference_lookup', chat, since),
              referenceLookupsTotal: attempts.count('reference_lookup', ALL_CHATS, since),
              pinFailuresByChat: attempts.count('pin_failure', chat, since),
            },
    };
  }

  /** The conversation's reservation, redrawn if some other case took its reference meanwhile. */
  private reserved(chat: string): StepFacts['reserved'] {
    const kept = this.reservations.get(chat);
    if (kept && !this.deps.repos.cases.referenceExists(kept.reference)) return kept;
    const fresh = { reference: this.newCaseReference(), pin: randomCasePin(this.deps.random) };
    this.reservations.delete(chat);
    if (this.reservations.size >= MAX_RESERVATIONS) {
      const oldest = this.reservations.keys().next().value;
      if (oldest !== undefined) this.reservations.delete(oldest);
    }
    this.reservations.set(chat, fresh);
    return fresh;
  }

  /** A case opened with the reservation: the next case of this chat needs a new one. */
  private releaseIfTaken(chat: string, reserved: StepFacts['reserved'], outputs: Output[]): void {
    const taken = outputs.some((o) => o.type === 'case_update' && o.patch.reference === reserved.reference);
    if (taken) this.reservations.delete(chat);
  }

  private newCaseReference(): string {
    for (let i = 0; i < MAX_REFERENCE_DRAWS; i++) {
      const reference = randomCaseReference(this.deps.random);
      if (!this.deps.repos.cases.referenceExists(reference)) return reference;
    }
    throw new Error('no unused case reference found');
  }
}

function initialLanguage(hint: string | undefined): Language {
  return hint?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The error's class and message only: stack traces and causes may quote a reporter's words. */
function errorSummary(error: unknown): { type: string; message: string } {
  return error instanceof Error
    ? { type: error.name, message: error.message }
    : { type: typeof error, message: 'non-error thrown' };
}

/**
 * One step reads the same message several times (the urgent interrupt, the opening, the story):
 * triage it once. Only the last text is kept, so nothing outlives the step.
 */
function memoizeLast<R>(fn: (text: string) => R): (text: string) => R {
  let lastText: string | undefined;
  let lastResult: R | undefined;
  return (text) => {
    if (text !== lastText || lastResult === undefined) {
      lastResult = fn(text);
      lastText = text;
    }
    return lastResult;
  };
}
