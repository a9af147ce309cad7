/**
 * Deleting what the hotline holds about one reporter: their messages, replies, timers, files and
 * notes go; their cases and alerts stay only as anonymous counts (kind, region, risk, times).
 * One function for the reporter's own `hapus`, an administrator's `hotline case erase` and the
 * retention sweep, so they can never delete different things.
 */
import type { Repositories } from '../db/repositories.js';

export interface ErasureOptions {
  /** The inbound message being processed right now (the `hapus` itself): kept until it is marked done. */
  keepInboundId?: number;
  /**
   * Closes the reporter's alerts through the handoff's decision, telling the officer who holds one
   * (a reporter's or an admin's request; not retention, which closes them silently).
   */
  closeAlerts?: (conversationId: string) => void;
  /** Also delete the conversation itself (address and flow state): retention forgets the chat. */
  forgetConversation?: boolean;
}

export function eraseReporterData(
  repos: Repositories,
  conversationId: string,
  now: number,
  options: ErasureOptions = {},
): void {
  if (options.closeAlerts) options.closeAlerts(conversationId);
  else repos.alerts.eraseConversation(conversationId, now);
  // Without a message being processed, every stored message goes (no id is that large).
  repos.inbox.eraseConversation(conversationId, options.keepInboundId ?? Number.MAX_SAFE_INTEGER);
  repos.outbox.eraseConversation(conversationId);
  repos.timers.eraseConversation(conversationId);
  repos.media.eraseConversation(conversationId);
  repos.cases.anonymizeConversation(conversationId, now);
  if (options.forgetConversation) repos.conversations.delete(conversationId);
}
