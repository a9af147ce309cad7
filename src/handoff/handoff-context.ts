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

/** Officers read the hotline in the offices' working language unless the directory says English. */
const OFFICER_LANGUAGE: Language = 'id';

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
      standalone: options.standalone === true,
    });
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
