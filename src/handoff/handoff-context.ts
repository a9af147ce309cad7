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
import type { OfficerRoster } from './officer-roster.js';

/** Officers read the hotline's messages in the offices' working language. */
export const OFFICER_LANGUAGE: Language = 'id';

export interface HandoffDeps {
  repos: Repositories;
  roster: OfficerRoster;
  translator: i18n;
  logger: Logger;
}

export class HandoffContext {
  constructor(readonly deps: HandoffDeps) {}

  get repos(): Repositories {
    return this.deps.repos;
  }

  get roster(): OfficerRoster {
    return this.deps.roster;
  }

  t(key: string, params?: Record<string, string | number>): string {
    return this.deps.translator.t(key, { lng: OFFICER_LANGUAGE, ...params });
  }

  /** Queues a message to an officer; false when no running channel reaches them. */
  toOfficer(officerId: string, message: Message, now: number): boolean {
    const reach = this.roster.reach(officerId);
    if (!reach) return false;
    const conversationId = this.repos.conversations.findOrCreate(
      reach.channel,
      reach.userKey,
      reach.address,
      now,
    );
    this.repos.outbox.enqueue({
      conversationId,
      channel: reach.channel,
      address: reach.address,
      payload: renderMessage(this.deps.translator, message, OFFICER_LANGUAGE),
      now,
    });
    return true;
  }

  /** Replies into the chat a message came from (an officer's own conversation). */
  reply(to: { id: string; channel: string; address: string }, message: Message, now: number): void {
    this.repos.outbox.enqueue({
      conversationId: to.id,
      channel: to.channel,
      address: to.address,
      payload: renderMessage(this.deps.translator, message, OFFICER_LANGUAGE),
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
    return this.repos.cases.byId(caseId)?.reference ?? '—';
  }
}
