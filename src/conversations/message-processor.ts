/**
 * One stored message's decision and its effects, inside the unit of work the worker opened: load the
 * conversation and the facts the decision reads, route the message to exactly one handler (an
 * officer's block, the handoff, or the reporter flow's `step()`), have the executor perform its
 * outputs, store the new snapshot and mark the message processed.
 */
import type { i18n } from 'i18next';
import type { StepConversation, StoragePorts } from '../db/storage-ports.js';
import type { FlowDefinition } from '../engine/flow-definition.js';
import { step } from '../engine/step.js';
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';
import type { Env, Input, Language, Snapshot } from '../engine/types.js';
import type { Handoff } from '../handoff/handoff.js';
import type { Clock } from '../lib/clock.js';
import { channelReceives } from './channel-receives.js';
import { choiceWordsFrom, commandMatcher } from './command-words.js';
import { renderMessage } from './message-renderer.js';
import type { OutputExecutor } from './output-executor.js';
import { SenderBlockGate } from './sender-block-gate.js';
import { StepFactsLoader } from './step-facts-loader.js';

/** What ingest stores for one inbound message (encrypted), and what the processor reads back. */
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

export interface ProcessorDeps {
  translator: i18n;
  clock: Clock;
  flows: { byId: ReadonlyMap<string, AnyFlow>; defaultFlowId: string };
  triage: Env['triage'];
  services: Env['services'];
  /** Draws case-reference characters; seeded in golden tests. */
  random?: (max: number) => number;
  /** Officer alerts, officers' own messages and the relayed chat; absent, alerts are only logged. */
  handoff?: Handoff;
  /** Performs every step's outputs, the engine's and the handoff's (the one place they become writes). */
  executor: OutputExecutor;
}

export class MessageProcessor {
  private readonly matchCommand: (text: string) => ReturnType<Env['matchCommand']>;
  private readonly choiceWords: Env['choiceWords'];
  private readonly facts: StepFactsLoader;
  private readonly blocks: SenderBlockGate | undefined;

  constructor(private readonly deps: ProcessorDeps) {
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

  async process(
    tx: StoragePorts,
    inboundId: number,
    conversationId: string,
    stored: StoredInput,
  ): Promise<void> {
    const { clock, flows } = this.deps;
    const now = clock.now();
    // The reservation's re-check comes with the conversation (one statement on PostgreSQL).
    const reserved = this.facts.kept(conversationId);
    const conversation = await tx.conversations.loadForStep<Snapshot>(conversationId, reserved);
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
      facts: await this.facts.load(
        tx,
        conversationId,
        flow,
        conversation.snapshot,
        stored.input,
        now,
        stored.input.type === 'text' && this.matchCommand(stored.input.text) === 'status',
        reserved === undefined ? undefined : { reference: reserved, taken: conversation.reservedTaken },
      ),
      chat: conversationId,
      triage,
      choiceWords: (key, lang) => this.choiceWords(key, lang),
      matchCommand: (text) => this.matchCommand(text),
      services: this.deps.services,
      receives: channelReceives(conversation.channel),
    };
    // Only a conversation's first step starts in this language (later ones keep the snapshot's), so
    // only then is the text read for it.
    const firstText =
      conversation.snapshot === undefined && stored.input.type === 'text' ? stored.input.text : undefined;
    const lang = initialLanguage(
      stored.languageHint,
      firstText === undefined ? undefined : triage(firstText).language,
    );
    const result = step(flow, conversation.snapshot, stored.input, env, lang);
    this.facts.releaseIfTaken(conversationId, env.facts.reserved, result.outputs);
    await this.deps.executor.perform(tx, result.outputs, now, {
      conversationId,
      inboundId,
      channel: conversation.channel,
      address: conversation.address,
      lang: result.snapshot.lang,
    });
    await this.tellNotices(tx, conversation, result.snapshot.lang, stored, now);
    await tx.conversations.saveStep(conversationId, result.snapshot, now, inboundId);
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
    conversation: StepConversation<Snapshot>,
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
    const relay = await handoff.fromReporter(
      tx,
      conversation.id,
      input,
      {
        resting,
        isCommand: (text) => this.matchCommand(text) !== undefined,
        isUrgent: (text) => triage(text).urgent,
      },
      conversation.activeAlert,
    );
    await executor.perform(tx, relay.outputs, now);
    return relay.handled;
  }
}

/**
 * The language a new conversation starts in when its first text does not settle it: English when
 * the app or browser is set to English, unless the text reads as Indonesian. Many phones in
 * Indonesia are set to English; someone writing "tolong dia datang bawa pisau" gets the emergency
 * numbers in Indonesian (web-chat trial: they came in English).
 */
function initialLanguage(hint: string | undefined, textLanguage: Language | undefined): Language {
  if (!hint?.toLowerCase().startsWith('en')) return 'id';
  return textLanguage === undefined || textLanguage === 'en' ? 'en' : 'id';
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
