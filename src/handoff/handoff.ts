/**
 * The on-call handoff, as the conversation worker sees it. Every call runs inside the worker's
 * transaction for one inbound message, so an alert, its timer and its outbox rows commit together
 * with the step that caused them, or not at all.
 */
import type { Input } from '../engine/types.js';
import { type AlertReason, AlertRinger } from './alert-ringer.js';
import { HandoffContext, type HandoffDeps } from './handoff-context.js';
import { type OfficerChat, OfficerDesk } from './officer-desk.js';
import type { OfficerOnDuty, OfficerRoster } from './officer-roster.js';
import { HandoffFactsLoader } from './handoff-facts-loader.js';
import type { HandoffOutput } from './handoff-output.js';
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
  private readonly desk: OfficerDesk;
  private readonly facts: HandoffFactsLoader;

  constructor(private readonly deps: HandoffDeps) {
    const ctx = new HandoffContext(deps);
    this.ringer = new AlertRinger(ctx);
    this.desk = new OfficerDesk(ctx);
    this.facts = new HandoffFactsLoader(deps.repos);
  }

  /** Who the officers are and where they are reached (in memory, from the directory). */
  get roster(): OfficerRoster {
    return this.deps.roster;
  }

  /** The officer writing from this chat, if it is one: their messages never reach the reporter flow. */
  officerAt(channel: string, address: string, phoneKey?: string): OfficerOnDuty | undefined {
    return this.deps.roster.officerAt(channel, address, phoneKey);
  }

  fromOfficer(on: OfficerOnDuty, chat: OfficerChat, input: Input, now: number): void {
    this.deps.logger.info({ officerId: on.officer.id, input: input.type }, 'officer message');
    this.desk.handle(on, chat, input, now);
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
