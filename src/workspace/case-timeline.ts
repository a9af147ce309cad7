/**
 * A case's conversation as officers read it, in time order: what the reporter wrote, what the bot
 * and officers sent them (an officer's relayed reply named by who sent it), status changes, hand-overs
 * and internal notes. Text is decrypted by the storage ports and shown with contact details masked
 * (contact-mask.ts); the read is audited by the caller, ids and times only.
 */
import type { OutboundMessage } from '../conversations/channel-contract.js';
import type { DeskTrailEvent, StoragePorts } from '../db/storage-ports.js';
import type { Input } from '../engine/types.js';
import { type MaskWords, maskContacts, maskPinOnly } from './contact-mask.js';

export type TimelineItem =
  | { type: 'reporter'; at: number; text: string }
  | { type: 'reporter_choice'; at: number; optionId: string }
  | { type: 'reporter_media'; at: number; kind: string; mediaId: string }
  | { type: 'reporter_location'; at: number }
  | { type: 'reporter_command'; at: number; name: string }
  | { type: 'bot'; at: number; text: string }
  | { type: 'officer'; at: number; officerId: string; text: string }
  | { type: 'note'; at: number; officerId: string; text: string }
  | { type: 'event'; at: number; officerId: string; action: string; detail: string | null };

/** Audit actions that are steps of the case itself (shown in the timeline, with their detail). */
const CASE_STEPS = new Set(['desk_status_changed', 'desk_assigned', 'desk_transferred', 'claimed', 'closed']);

export async function caseTimeline(
  tx: StoragePorts,
  caseId: string,
  conversationId: string | null,
  trail: readonly DeskTrailEvent[],
  words: MaskWords,
  reveal = false,
): Promise<TimelineItem[]> {
  const mask = (text: string) => (reveal ? maskPinOnly(text, words) : maskContacts(text, words));
  const items: TimelineItem[] = [];
  if (conversationId) {
    for (const m of await tx.inbox.allOf(conversationId)) {
      const item = reporterItem(m.receivedAt, m.input as Input | null, mask);
      if (item) items.push(item);
    }
    // An officer's reply is queued in the unit that audits it: the same time names who sent it.
    const replies = new Map(
      trail.filter((e) => e.action === 'message_to_reporter').map((e) => [e.at, e.actor] as const),
    );
    for (const row of await tx.outbox.sentSince<OutboundMessage>(conversationId, 0)) {
      const text = mask(row.payload?.text ?? '');
      const officerId = replies.get(row.at);
      items.push(
        officerId ? { type: 'officer', at: row.at, officerId, text } : { type: 'bot', at: row.at, text },
      );
    }
  }
  for (const note of await tx.desk.notes(caseId))
    items.push({ type: 'note', at: note.at, officerId: note.officerId, text: mask(note.text) });
  for (const e of trail)
    if (CASE_STEPS.has(e.action))
      items.push({ type: 'event', at: e.at, officerId: e.actor, action: e.action, detail: e.detail });
  // Stable: at the same time, the reporter's message, then the answers and steps, as they happened.
  return items.sort((a, b) => a.at - b.at);
}

function reporterItem(
  at: number,
  input: Input | null,
  mask: (text: string) => string,
): TimelineItem | undefined {
  switch (input?.type) {
    case 'text':
      return { type: 'reporter', at, text: mask(input.text) };
    case 'choice':
      return { type: 'reporter_choice', at, optionId: input.optionId };
    case 'media':
      return { type: 'reporter_media', at, kind: input.kind, mediaId: input.mediaId };
    case 'location':
      return { type: 'reporter_location', at };
    case 'command':
      return { type: 'reporter_command', at, name: input.name };
    case 'timer_fired':
    case undefined:
      return undefined;
  }
}
