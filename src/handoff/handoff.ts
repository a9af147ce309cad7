/**
 * The on-call handoff, as the conversation worker sees it: each call loads the facts its decision
 * reads (handoff-facts-loader.ts, through the unit of work's ports `tx`), runs the pure decision,
 * and returns its outputs. The worker's
 * output executor performs them inside the transaction of the message that caused them, so an
 * alert, its timer and its outbox rows commit together with that step, or not at all.
 */
import type { i18n } from 'i18next';
import type { Input } from '../engine/types.js';
import type { AlertRow, StoragePorts } from '../db/storage-ports.js';
import { decideDigest } from './alert-digest.js';
import { type AlertLimits, type AlertReason, DEFAULT_ALERT_LIMITS, handoffTimer } from './alert-limits.js';
import {
  decideAlertTimer,
  decideDelivered,
  decideSignal,
  decideStartRinging,
  decideUndeliverable,
} from './alert-ringer.js';
import { decideAnnounce, decideNoticeDeadline, decideNoticeStart } from './case-notice.js';
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

export type { AlertReason } from './alert-limits.js';

export interface HandoffDeps {
  roster: OfficerRoster;
  translator: i18n;
  /** Per-reporter alert limit and the digest threshold; defaults in alert-ringer.ts. */
  alertLimits?: AlertLimits;
  /** The workspace's address: a case notice links to the case there (none without PUBLIC_URL). */
  workspaceUrl?: string;
}

export class Handoff {
  private readonly words: DeskWords;
  private readonly limits: AlertLimits;

  constructor(private readonly deps: HandoffDeps) {
    this.limits = {
      ...(deps.alertLimits ?? DEFAULT_ALERT_LIMITS),
      ...(deps.workspaceUrl ? { workspaceUrl: deps.workspaceUrl } : {}),
    };
    this.words = {
      close: officerWords(deps.translator, 'officer:commands.close'),
      claim: officerWords(deps.translator, 'officer:commands.claim'),
    };
  }

  /** Who the officers are and where they are reached (in memory, from the directory). */
  get roster(): OfficerRoster {
    return this.deps.roster;
  }

  /** The workspace's address, for links in officers' messages (undefined without PUBLIC_URL). */
  get workspaceUrl(): string | undefined {
    return this.deps.workspaceUrl;
  }

  /** The officer writing from this chat, if it is one: their messages never reach the reporter flow. */
  officerAt(channel: string, address: string, phoneKey?: string): OfficerOnDuty | undefined {
    return this.deps.roster.officerAt(channel, address, phoneKey);
  }

  /** An officer's message: claim, write to the reporter, close, or be told what they can do. */
  async fromOfficer(
    tx: StoragePorts,
    on: OfficerOnDuty,
    chat: OfficerChat,
    input: Input,
    now: number,
  ): Promise<HandoffOutput[]> {
    const intent = readDeskIntent(input, this.words);
    const facts = await new HandoffFactsLoader(tx).desk(on, chat, intent);
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
  async fromReporter(
    tx: StoragePorts,
    conversationId: string,
    input: Input,
    checks: RelayChecks,
    /** The conversation's active alert, loaded with it (ConversationPort.loadForStep). */
    activeAlert: AlertRow | undefined,
  ): Promise<RelayDecision> {
    return decideRelay(
      await new HandoffFactsLoader(tx).relay(conversationId, { activeAlert }),
      input,
      checks,
    );
  }

  /** After a reporter's step with an alert signal: open an alert, or join the open one. */
  async alertSignal(
    tx: StoragePorts,
    conversationId: string,
    signal: AlertReason,
    now: number,
  ): Promise<HandoffOutput[]> {
    return decideSignal(
      await new HandoffFactsLoader(tx).signal(conversationId, now),
      conversationId,
      signal,
      this.limits,
      now,
    );
  }

  /** After a reporter's step that gave their case an office: a case no alert covers gets a notice. */
  async announce(tx: StoragePorts, conversationId: string, now: number): Promise<HandoffOutput[]> {
    const facts = await new HandoffFactsLoader(tx).announce(conversationId, now);
    return decideAnnounce(facts, conversationId, this.limits, now);
  }

  /**
   * After a reporter's step: an alert waiting for its case's office rings once the office is known;
   * a notice is announced.
   */
  async ringWaiting(tx: StoragePorts, conversationId: string, now: number): Promise<HandoffOutput[]> {
    const facts = await new HandoffFactsLoader(tx).waiting(conversationId, now);
    if (!facts) return [];
    return facts.alert.reason === 'notice'
      ? decideNoticeStart(facts, this.deps.roster, now, this.deps.workspaceUrl)
      : decideStartRinging(facts, this.deps.roster, this.limits, now);
  }

  /** A due timer that is the handoff's (an alert's deadline, an officer's digest); undefined for the flow's. */
  async onTimer(
    tx: StoragePorts,
    name: string,
    token: number,
    now: number,
  ): Promise<HandoffOutput[] | undefined> {
    const timer = handoffTimer(name);
    if (!timer) return undefined;
    const facts = new HandoffFactsLoader(tx);
    if (timer.kind === 'digest') return decideDigest(await facts.digest(timer.officerId), this.deps.roster);
    const due = await facts.alertById(timer.alertId, now);
    if (due?.alert.reason === 'notice')
      return decideNoticeDeadline(due, token, this.deps.roster, now, this.deps.workspaceUrl);
    return decideAlertTimer(due, token, this.deps.roster, this.limits, now);
  }

  /** An alert message the platform accepted (audited as `alert_delivered`). */
  async delivered(tx: StoragePorts, outboxId: number): Promise<HandoffOutput[]> {
    return decideDelivered(await new HandoffFactsLoader(tx).alertOfRingOutbox(outboxId));
  }

  /** An outbox row the platform refused for good: an undeliverable alert rings the next officer now. */
  async undeliverable(tx: StoragePorts, outboxId: number, now: number): Promise<HandoffOutput[]> {
    return decideUndeliverable(
      await new HandoffFactsLoader(tx).byRingOutbox(outboxId, now),
      this.deps.roster,
      this.limits,
      now,
    );
  }

  /** The reporter ended the chat (often the quick-exit word): the officer holding the case is told. */
  async reporterLeft(tx: StoragePorts, conversationId: string, now: number): Promise<HandoffOutput[]> {
    return decideLeft(await new HandoffFactsLoader(tx).relay(conversationId), now);
  }

  /** The reporter deleted their data: their alerts close, and the officer holding one is told. */
  async reporterErased(tx: StoragePorts, conversationId: string): Promise<HandoffOutput[]> {
    return decideErased(await new HandoffFactsLoader(tx).erased(conversationId), conversationId);
  }
}

/** The words of a pipe-separated list key in every language officers read ("/selesai|/done"). */
export function officerWords(translator: i18n, key: string): Set<string> {
  return new Set(
    (['id', 'en'] as const).flatMap((lng) =>
      translator
        .t(key, { lng })
        .split('|')
        .map((word) => word.trim().toLowerCase()),
    ),
  );
}
