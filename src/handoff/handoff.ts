/**
 * The on-call handoff, as the conversation worker sees it. Every call runs inside the worker's
 * transaction for one inbound message, so an alert, its timer and its outbox rows commit together
 * with the step that caused them, or not at all.
 */
import type { i18n } from 'i18next';
import type { Input } from '../engine/types.js';
import { type AlertReason, AlertRinger } from './alert-ringer.js';
import { HandoffContext, type HandoffDeps } from './handoff-context.js';
import { type DeskWords, decideDesk, readDeskIntent } from './officer-desk.js';
import type { OfficerOnDuty, OfficerRoster } from './officer-roster.js';
import { HandoffFactsLoader } from './handoff-facts-loader.js';
import type { HandoffOutput, OfficerChat } from './handoff-output.js';
import {
  decideErased,
  decideLeft,
  decideRelay,
  type RelayChecks,
  type RelayDecision,
} from './reporter-relay.js';

export type { AlertReason } from './alert-ringer.js';

export class Handoff {
  private readonly ringer: AlertRinger;
  private readonly facts: HandoffFactsLoader;
  private readonly words: DeskWords;

  constructor(private readonly deps: HandoffDeps) {
    const ctx = new HandoffContext(deps);
    this.ringer = new AlertRinger(ctx);
    this.facts = new HandoffFactsLoader(deps.repos);
    this.words = {
      close: officerWords(deps.translator, 'officer:commands.close'),
      claim: officerWords(deps.translator, 'officer:commands.claim'),
    };
  }

  /** Who the officers are and where they are reached (in memory, from the directory). */
  get roster(): OfficerRoster {
    return this.deps.roster;
  }

  /** The officer writing from this chat, if it is one: their messages never reach the reporter flow. */
  officerAt(channel: string, address: string, phoneKey?: string): OfficerOnDuty | undefined {
    return this.deps.roster.officerAt(channel, address, phoneKey);
  }

  /** An officer's message: claim, write to the reporter, close, or be told what they can do. */
  fromOfficer(on: OfficerOnDuty, chat: OfficerChat, input: Input, now: number): HandoffOutput[] {
    const intent = readDeskIntent(input, this.words);
    const facts = this.facts.desk(on, chat, intent);
    return [
      {
        type: 'log',
        level: 'info',
        fields: { officerId: on.officer.id, input: input.type },
        message: 'officer message',
      },
      ...decideDesk(facts, intent, this.words, this.deps.roster, now),
    ];
  }

  /** While an officer holds the case, the reporter's words go to them (`handled`: to them only). */
  fromReporter(conversationId: string, input: Input, checks: RelayChecks): RelayDecision {
    return decideRelay(this.facts.relay(conversationId), input, checks);
  }

  /** After a reporter's step: open or join an alert, and ring it once the case has an office. */
  afterReporterStep(conversationId: string, signal: AlertReason | undefined, now: number): void {
    this.ringer.afterStep(conversationId, signal, now);
  }

  /** True when the timer was an alert's acknowledgement deadline (handled here, not by the flow). */
  onTimer(name: string, token: number, now: number): boolean {
    return this.ringer.onTimer(name, token, now);
  }

  /** Alert messages the platform accepted (audited as `alert_delivered`). */
  alertsDelivered(outboxIds: number[], now: number): void {
    for (const id of outboxIds) this.ringer.delivered(id, now);
  }

  /** Outbox rows the platform refused for good: an undeliverable alert rings the next officer now. */
  undeliverable(outboxIds: number[], now: number): void {
    for (const id of outboxIds) this.ringer.undeliverable(id, now);
  }

  /** The reporter ended the chat (often the quick-exit word): the officer holding the case is told. */
  reporterLeft(conversationId: string, now: number): HandoffOutput[] {
    return decideLeft(this.facts.relay(conversationId), now);
  }

  /** The reporter deleted their data: their alerts close, and the officer holding one is told. */
  reporterErased(conversationId: string): HandoffOutput[] {
    return decideErased(this.facts.erased(conversationId), conversationId);
  }
}

/** The words of a pipe-separated list key in every language officers read ("/selesai|/done"). */
function officerWords(translator: i18n, key: string): Set<string> {
  return new Set(
    (['id', 'en'] as const).flatMap((lng) =>
      translator
        .t(key, { lng })
        .split('|')
        .map((word) => word.trim().toLowerCase()),
    ),
  );
}
