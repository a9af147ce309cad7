/**
 * What the handoff parts share: the repositories (inside the worker's transaction), the roster, and
 * the two ways of writing: to an officer (always Indonesian, the offices' working language) and to
 * a reporter (in their conversation's language).
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { renderMessage } from '../conversations/message-renderer.js';
import type { Repositories } from '../db/repositories.js';
import type { Language, Message } from '../engine/types.js';
import type { AlertLimits } from './alert-ringer.js';
import type { OfficerRoster } from './officer-roster.js';

/** Officers read the hotline in the offices' working language unless the directory says English. */
const OFFICER_LANGUAGE: Language = 'id';

export interface HandoffDeps {
  repos: Repositories;
  roster: OfficerRoster;
  translator: i18n;
  logger: Logger;
  /** Per-reporter alert limit and the digest threshold; defaults in alert-ringer.ts. */
  alertLimits?: AlertLimits;
}

export class HandoffContext {
  constructor(readonly deps: HandoffDeps) {}

  get repos(): Repositories {
    return this.deps.repos;
  }

  get roster(): OfficerRoster {
    return this.deps.roster;
  }

  /** Queues a message to an officer: its outbox row, or undefined when no running channel reaches them. */
  toOfficer(
    officerId: string,
    message: Message,
    now: number,
    /** urgent: ahead of every queue; standalone (an alert): not behind earlier messages to this officer. */
    options: { urgent?: boolean; standalone?: boolean } = {},
  ): number | undefined {
    const reach = this.roster.reach(officerId);
    if (!reach) return undefined;
    const lang = this.roster.officer(officerId)?.officer.language ?? OFFICER_LANGUAGE;
    const conversationId = this.repos.conversations.findOrCreate(
      reach.channel,
      reach.userKey,
      reach.address,
      now,
    );
    return this.repos.outbox.enqueue({
      conversationId,
      channel: reach.channel,
      address: reach.address,
      payload: renderMessage(this.deps.translator, message, lang),
      now,
      urgent: options.urgent === true,
      // Alerts and digests (standalone) go out at priority 2: ahead even of the reporters' emergency
      // replies (a flood brings one emergency step per sender; the alerts are bounded by the
      // digest), and not behind earlier messages to the same officer.
      standalone: options.standalone === true,
    });
  }

  /** The officer's own chat with the bot (created if need be), or undefined when no channel reaches them. */
  officerConversation(officerId: string, now: number): string | undefined {
    const reach = this.roster.reach(officerId);
    if (!reach) return undefined;
    return this.repos.conversations.findOrCreate(reach.channel, reach.userKey, reach.address, now);
  }

  /** Replies into the chat an officer wrote from, in their language. */
  reply(
    to: { id: string; channel: string; address: string },
    officer: { language?: Language },
    message: Message,
    now: number,
  ): void {
    this.repos.outbox.enqueue({
      conversationId: to.id,
      channel: to.channel,
      address: to.address,
      payload: renderMessage(this.deps.translator, message, officer.language ?? OFFICER_LANGUAGE),
      now,
    });
  }

  /** Queues a message to the reporter of a conversation, in the language they chose. */
  toReporter(conversationId: string, message: Message, now: number): void {
    const conversation = this.repos.conversations.load<{ lang?: Language }>(conversationId);
    if (!conversation) return;
    this.repos.outbox.enqueue({
      conversationId,
      channel: conversation.channel,
      address: conversation.address,
      payload: renderMessage(this.deps.translator, message, conversation.snapshot?.lang ?? 'id'),
      now,
    });
  }

  /** The case reference an officer knows the alert by. */
  reference(caseId: string | null): string {
    if (!caseId) return '—';
    return this.repos.cases.referenceOf(caseId) ?? '—';
  }
}
