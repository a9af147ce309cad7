import type { Storage, StoragePorts } from '../db/storage-ports.js';
import type { Clock } from '../lib/clock.js';
import type { StoredInput } from './message-processor.js';
import type { InboundMessage } from './channel-contract.js';
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';
import { DEFAULT_SENDER_PACE, holdFor, PRIORITY, priorityOf, type SenderPace } from './inbox-priority.js';

export interface IngestResult {
  /** False when the same delivery was stored before: acknowledge it, do nothing else. */
  stored: boolean;
  conversationId: string;
}

/**
 * The first thing every channel does with a message: store it (encrypted, deduplicated) in one
 * unit of work. Only after it is also synced (group-commit-ingest.ts) may a channel acknowledge the
 * platform.
 */
export class IngestService {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    /** Called after a new message was stored; `hasMedia` when it announced a file to fetch. */
    private readonly onStored: (hasMedia: boolean) => void,
    /** A danger signal in a text (triage): such a message goes ahead and is never slowed. */
    private readonly isUrgent: (text: string) => boolean = () => false,
    private readonly pace: SenderPace = DEFAULT_SENDER_PACE,
  ) {}

  /**
   * Stores messages that arrived together in one unit of work (a commit writes each touched page
   * once for all of them). When that fails, each is stored alone, so one bad message fails only its
   * own delivery.
   */
  async ingestMany(messages: InboundMessage[]): Promise<(IngestResult | Error)[]> {
    let results: (IngestResult | Error)[];
    try {
      const now = this.clock.now();
      results = await this.storage.unitOfWork(async (tx) => {
        const stored: IngestResult[] = [];
        for (const message of messages) stored.push(await this.insert(tx, message, now));
        return stored;
      });
    } catch {
      results = [];
      for (const message of messages) {
        try {
          results.push(await this.storage.unitOfWork((tx) => this.insert(tx, message, this.clock.now())));
        } catch (error) {
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
    results.forEach((result, i) => {
      if (!(result instanceof Error) && result.stored) this.onStored(messages[i]!.media !== undefined);
    });
    return results;
  }

  private async insert(tx: StoragePorts, message: InboundMessage, now: number): Promise<IngestResult> {
    const { input, cutChars } = capText(message.input);
    const priority = priorityOf(input, this.isUrgent);
    const { inbox, conversations } = tx;
    const { channel, userId, address } = message;
    // An ordinary message's pace comes with its conversation (one statement on PostgreSQL).
    const arrival =
      priority === PRIORITY.ordinary
        ? await conversations.arrivedPaced(channel, userId, address, now, now - this.pace.windowMs)
        : undefined;
    const conversationId = arrival?.id ?? (await conversations.arrived(channel, userId, address, now));
    const held = arrival ? holdFor(arrival, now, this.pace) : { availableAt: now, firstHeld: false };
    if (priority !== PRIORITY.ordinary) await inbox.releaseHeld(conversationId, now);
    const payload: StoredInput = {
      input,
      ...(held.firstHeld ? { slowed: true } : {}),
      ...(cutChars ? { cutChars } : {}),
      ...(message.languageHint ? { languageHint: message.languageHint } : {}),
      ...(message.phone ? { phoneKey: this.storage.phoneKey(message.phone) } : {}),
    };
    const id = await inbox.insert({
      channel: message.channel,
      externalId: message.externalId,
      conversationId,
      payload,
      now,
      priority,
      availableAt: held.availableAt,
    });
    if (id !== undefined && message.media && message.input.type === 'media') {
      await tx.media.register({
        id: message.input.mediaId,
        conversationId,
        channel: message.channel,
        kind: message.input.kind,
        ref: message.media.ref,
        declaredSize: message.media.declaredSize,
        now,
      });
    }
    return { stored: id !== undefined, conversationId };
  }
}

/**
 * A text longer than MAX_MESSAGE_CHARS is kept up to the cap (never split inside a character) and
 * the number of characters left out travels with it, so the reporter is told (worker).
 */
function capText(input: StoredInput['input']): { input: StoredInput['input']; cutChars?: number } {
  if (input.type !== 'text' || input.text.length <= MAX_MESSAGE_CHARS) return { input };
  const last = input.text.charCodeAt(MAX_MESSAGE_CHARS - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
  return { input: { type: 'text', text: input.text.slice(0, end) }, cutChars: input.text.length - end };
}
