/**
 * Deleting what the hotline holds about one reporter: their messages, replies, timers, files and
 * notes go; their cases and alerts stay only as anonymous counts (kind, region, risk, times).
 * One function for the reporter's own `hapus`, an administrator's `hotline case erase` and the
 * retention sweep, so they can never delete different things.
 */
import type { StoragePorts } from '../db/storage-ports.js';

export interface ErasureOptions {
  /** The inbound message being processed right now (the `hapus` itself): kept until it is marked done. */
  keepInboundId?: number;
  /**
   * Closes the reporter's alerts through the handoff's decision, telling the officer who holds one
   * (a reporter's or an admin's request; not retention, which closes them silently).
   */
  closeAlerts?: (conversationId: string) => Promise<void>;
  /** Also delete the conversation itself (address and flow state): retention forgets the chat. */
  forgetConversation?: boolean;
}

export async function eraseReporterData(
  repos: StoragePorts,
  conversationId: string,
  now: number,
  options: ErasureOptions = {},
): Promise<void> {
  if (options.closeAlerts) await options.closeAlerts(conversationId);
  else await repos.alerts.eraseConversation(conversationId, now);
  // Without a message being processed, every stored message goes. (Not "keep an id past the
  // largest": PostgreSQL refuses an integer past 2^31 in the comparison, and the erasure failed.)
  await repos.inbox.eraseConversation(conversationId, options.keepInboundId);
  await repos.outbox.eraseConversation(conversationId);
  await repos.timers.eraseConversation(conversationId);
  await repos.media.eraseConversation(conversationId);
  await repos.cases.anonymizeConversation(conversationId, now);
  if (options.forgetConversation) {
    // An officer's block lives only as long as the chat it is on (it names nothing but ids).
    await repos.senderBlocks.eraseConversation(conversationId);
    await repos.conversations.delete(conversationId);
  }
}
