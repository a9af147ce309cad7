/**
 * The impure loop around the engine. For each stored inbound message, in arrival order, ONE unit of
 * work loads the conversation and the facts its decision reads, runs the decision (the flow's
 * `step()`, or the handoff's), has the executor perform its outputs, stores the new snapshot and
 * marks the message processed. A crash anywhere leaves either all of it or none of it; an
 * unprocessed message is simply processed after the restart.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { Storage, StoragePorts, UnitOfWork } from '../db/storage-ports.js';
import type { FlowDefinition } from '../engine/flow-definition.js';
import { FAILURE_KEY, step } from '../engine/step.js';
import type { Env, Input, Language, Snapshot } from '../engine/types.js';
import type { Handoff } from '../handoff/handoff.js';
import type { Clock } from '../lib/clock.js';
import { channelReceives } from './channel-receives.js';
import { choiceWordsFrom, commandMatcher } from './command-words.js';
import { renderMessage } from './message-renderer.js';
import type { OutputExecutor } from './output-executor.js';
import { SenderBlockGate } from './sender-block-gate.js';
import { StepFactsLoader } from './step-facts-loader.js';
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';
import { isRetryableStorageError } from '../db/retryable-error.js';

/** A batch that failed as a whole (its unit rolled back) is tried again after this long. */
const RETRY_AFTER_FAILURE_MS = 200;
/** `drain` tries a batch that met a retryable database error again this many times at most. */
const MAX_DRAIN_RETRIES = 5;
/** Messages processed in one transaction at most. */
const BATCH_SIZE = 100;
/**
 * A batch stops taking messages after this long, so webhooks stay responsive under load (their
 * acknowledgement waits for the event loop) while commits are still shared by several messages.
 */
const BATCH_BUDGET_MS = 4;
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
  storage: Storage;
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
  /** Batches under way: at most `storage.parallelUnits` (one on SQLite). */
  private readonly running = new Set<Promise<'empty' | 'more'>>();
  /** A wake came while every batch slot was taken: the next batch to end wakes again. */
  private wokenWhileFull = false;
  private stopped = false;
  private readonly matchCommand: (text: string) => ReturnType<Env['matchCommand']>;
  private readonly choiceWords: Env['choiceWords'];
  private readonly facts: StepFactsLoader;
  private readonly blocks: SenderBlockGate | undefined;

  constructor(private readonly deps: WorkerDeps) {
    this.matchCommand = commandMatcher(deps.translator);
    this.choiceWords = choiceWordsFrom(deps.translator);
    this.facts = new StepFactsLoader(deps.random);
    const { handoff, translator, executor } = deps;
    this.blocks = handoff
      ? new SenderBlockGate({ handoff, translator, executor, matchCommand: this.matchCommand })
      : undefined;
  }

  /** A reloaded directory's flow services: the next step reads them (one in flight keeps the old). */
  replaceServices(services: Env['services']): void {
    this.deps.services = services;
  }

  /**
   * Schedules a drain soon; many wakes before it runs cost one drain. With every batch slot taken,
   * the wake is remembered and a batch starts when one ends (rather than queueing one per wake,
   * most of which would find nothing left).
   */
  wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.running.size >= this.deps.storage.parallelUnits) {
        this.wokenWhileFull = true;
        return;
      }
      void this.drainBatch(BATCH_SIZE).then(
        (outcome) => {
          if (outcome === 'more') this.wake();
        },
        (error: unknown) => {
          this.deps.logger.error({ err: errorSummary(error) }, 'worker batch failed; retried shortly');
          // Nothing of the batch was committed: its messages are still pending. Come back for them
          // even if no new message or notification wakes this worker.
          this.wakeLater(RETRY_AFTER_FAILURE_MS);
        },
      );
    });
  }

  /** After this, wake-ups do nothing: the database is about to close. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.heldTimer);
  }

  /** Processes up to `limit` pending messages now; resolves with how many it took. */
  async drain(limit = Number.POSITIVE_INFINITY): Promise<number> {
    let count = 0;
    let retries = MAX_DRAIN_RETRIES;
    while (count < limit) {
      const before = count;
      const outcome = await this.drainBatch(Math.min(BATCH_SIZE, limit - count), (n) => {
        count += n;
      }).catch((error: unknown) => {
        // Rolled back as a whole (another unit held what it needed): its messages are still there.
        if (isRetryableStorageError(error) && retries-- > 0) return 'retry' as const;
        throw error;
      });
      if (outcome === 'retry') continue;
      if (outcome === 'empty' || count === before) break;
    }
    // Batches woken beside this drain (PostgreSQL runs several): done when the drain is.
    await Promise.allSettled([...this.running]);
    return count;
  }

  /**
   * One unit of work for a batch of messages, each in its own savepoint: a message that fails rolls
   * back alone and is quarantined, the others commit together (one commit, not one per message).
   * The batch ends when the inbox is empty, at `max`, or after BATCH_BUDGET_MS, so the event loop
   * gets back to acknowledging webhooks. On SQLite a batch under way is waited for, never run
   * twice at once. On PostgreSQL up to `parallelUnits` batches run side by side, each in its own
   * transaction: `nextPending` skips a message another unit holds and every later message of its
   * conversation (as for another instance), so one conversation is still never stepped twice at once.
   */
  private async drainBatch(
    max: number,
    counted: (n: number) => void = () => undefined,
  ): Promise<'empty' | 'more'> {
    while (this.running.size >= this.deps.storage.parallelUnits)
      await Promise.race(this.running).catch(() => undefined);
    if (this.stopped) return 'empty';
    const run = this.runBatch(max, counted);
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
      if (this.wokenWhileFull) {
        this.wokenWhileFull = false;
        this.wake();
      }
    }
  }

  private async runBatch(max: number, counted: (n: number) => void): Promise<'empty' | 'more'> {
    let count = 0;
    // A CPU budget, not a time of day: performance.now() is not the domain clock.
    const started = performance.now();
    // `heldUntil`: when the inbox ran dry, the time its first held-back message becomes due.
    let firstFailed: { id: number; conversationId: string; error: unknown } | undefined;
    const unit = this.deps.storage.unitOfWork(async (tx) => {
      while (count < max && (count === 0 || performance.now() - started < BATCH_BUDGET_MS)) {
        const message = await tx.inbox.nextPending<StoredInput>(this.deps.clock.now());
        if (!message) return { outcome: 'empty' as const, heldUntil: await tx.inbox.nextAvailableAt() };
        const { id, conversationId, payload } = message;
        if (count === 0) {
          // Alone in the unit: if it fails, rolling the whole unit back loses nothing else, and it is
          // set aside in a unit of its own below. No savepoint, then: on PostgreSQL most units hold
          // one message, and a savepoint costs two round trips of the ~20 a message takes.
          try {
            await this.process(tx, id, conversationId, payload);
          } catch (error) {
            if (!isRetryableStorageError(error)) firstFailed = { id, conversationId, error };
            throw error;
          }
        } else {
          try {
            await tx.savepoint(() => this.process(tx, id, conversationId, payload));
          } catch (error) {
            // Another unit held what this one needed (a deadlock on PostgreSQL): the whole batch rolls
            // back and is tried again; only a failure of the message itself sets it aside.
            if (isRetryableStorageError(error)) throw error;
            await this.quarantine(tx, id, conversationId, error);
          }
        }
        count += 1;
      }
      return { outcome: 'more' as const, heldUntil: undefined };
    });
    const { outcome, heldUntil } = await unit.catch(async (error: unknown) => {
      if (!firstFailed) throw error;
      const failed = firstFailed;
      await this.deps.storage.unitOfWork((tx) =>
        this.quarantine(tx, failed.id, failed.conversationId, failed.error),
      );
      count = 1;
      return { outcome: 'more' as const, heldUntil: undefined };
    });
    counted(count);
    if (count > 0) this.deps.onOutbox();
    if (heldUntil !== undefined) this.wakeForHeld(heldUntil);
    return outcome;
  }

  /** Messages held back from a flooding sender: come back when the first of them is due. */
  private wakeForHeld(at: number): void {
    this.wakeLater(Math.max(0, at - this.deps.clock.now()));
  }

  private wakeLater(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.heldTimer);
    this.heldTimer = setTimeout(() => this.wake(), ms);
    this.heldTimer.unref();
  }

  /** A message that cannot be processed must not block its conversation: mark it failed, say sorry. */
  private async quarantine(
    tx: UnitOfWork,
    inboundId: number,
    conversationId: string,
    error: unknown,
  ): Promise<void> {
    const { translator, clock, logger } = this.deps;
    logger.error(
      { inboundId, conversationId, err: errorSummary(error) },
      'inbound message failed; reporter told',
    );
    const now = clock.now();
    await tx.savepoint(async () => {
      await tx.inbox.markProcessed(inboundId, now, 'failed');
      // Only the address: the snapshot may be what is broken.
      const target = await tx.conversations.address(conversationId);
      if (!target) return;
      await tx.outbox.enqueue({
        conversationId,
        channel: target.channel,
        address: target.address,
        payload: renderMessage(translator, { keys: [FAILURE_KEY] }, 'id'),
        now,
      });
    });
  }

  private async process(
    tx: StoragePorts,
    inboundId: number,
    conversationId: string,
    stored: StoredInput,
  ): Promise<void> {
    const { clock, flows } = this.deps;
    const now = clock.now();
    const conversation = await tx.conversations.load<Snapshot>(conversationId);
    if (!conversation) throw new Error(`inbound ${inboundId} names a missing conversation`);
    const flow =
      flows.byId.get(conversation.snapshot?.flowId ?? flows.defaultFlowId) ??
      flows.byId.get(flows.defaultFlowId)!;
    const triage = memoizeLast(this.deps.triage);
    // An officer's block command, or a message from a sender an officer blocked: nothing else runs.
    if (await this.blocks?.handled(tx, conversation, stored.input, stored.phoneKey, triage, now)) {
      await tx.inbox.markProcessed(inboundId, now);
      return;
    }
    if (await this.handledByHandoff(tx, conversation, flow, stored, triage, now)) {
      await this.tellNotices(tx, conversation, conversation.snapshot?.lang ?? 'id', stored, now);
      await tx.inbox.markProcessed(inboundId, now);
      return;
    }
    const env: Env = {
      now,
      facts: await this.facts.load(tx, conversationId, flow, conversation.snapshot, stored.input, now),
      chat: conversationId,
      triage,
      choiceWords: (key, lang) => this.choiceWords(key, lang),
      matchCommand: (text) => this.matchCommand(text),
      services: this.deps.services,
      receives: channelReceives(conversation.channel),
    };
    const result = step(flow, conversation.snapshot, stored.input, env, initialLanguage(stored.languageHint));
    this.facts.releaseIfTaken(conversationId, env.facts.reserved, result.outputs);
    await this.deps.executor.perform(tx, result.outputs, now, {
      conversationId,
      inboundId,
      channel: conversation.channel,
      address: conversation.address,
      lang: result.snapshot.lang,
    });
    await this.tellNotices(tx, conversation, result.snapshot.lang, stored, now);
    await tx.conversations.saveSnapshot(conversationId, result.snapshot, now);
    await tx.inbox.markProcessed(inboundId, now);
  }

  /**
   * After the step's own replies: a text cut at MAX_MESSAGE_CHARS is never cut silently, and a
   * sender who is being slowed down hears it once.
   */
  private async tellNotices(
    tx: StoragePorts,
    conversation: { id: string; channel: string; address: string },
    lang: Language,
    stored: StoredInput,
    now: number,
  ): Promise<void> {
    const notices = [
      ...(stored.slowed ? [{ keys: ['common:flood.slowed'] }] : []),
      ...(stored.cutChars
        ? [{ keys: ['common:text_limit.message'], params: { max: MAX_MESSAGE_CHARS } }]
        : []),
    ];
    for (const notice of notices) {
      await tx.outbox.enqueue({
        conversationId: conversation.id,
        channel: conversation.channel,
        address: conversation.address,
        payload: renderMessage(this.deps.translator, notice, lang),
        now,
      });
    }
  }

  /**
   * Officers' messages, alert deadlines, and a reporter's words while an officer holds their case
   * belong to the handoff, not to the reporter flow.
   */
  private async handledByHandoff(
    tx: StoragePorts,
    conversation: { id: string; channel: string; address: string; snapshot: Snapshot | undefined },
    flow: AnyFlow,
    stored: StoredInput,
    triage: Env['triage'],
    now: number,
  ): Promise<boolean> {
    const { handoff, executor } = this.deps;
    if (!handoff) return false;
    const input = stored.input;
    if (input.type === 'timer_fired') {
      const outputs = await handoff.onTimer(tx, input.name, input.token, now);
      if (outputs) {
        await executor.perform(tx, outputs, now);
        return true;
      }
    }
    const officer = handoff.officerAt(conversation.channel, conversation.address, stored.phoneKey);
    if (officer) {
      const chat = { id: conversation.id, channel: conversation.channel, address: conversation.address };
      await executor.perform(tx, await handoff.fromOfficer(tx, officer, chat, input, now), now);
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
    const relay = await handoff.fromReporter(tx, conversation.id, input, {
      resting,
      isCommand: (text) => this.matchCommand(text) !== undefined,
      isUrgent: (text) => triage(text).urgent,
    });
    await executor.perform(tx, relay.outputs, now);
    return relay.handled;
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
