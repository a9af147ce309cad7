/**
 * The normalized messages every channel speaks. Channels turn platform payloads into `InboundMessage`
 * and render `OutboundMessage`; nothing past the adapter knows which platform a message came from.
 */
import type { ChannelName, Input } from '../engine/types.js';

// The list itself is shared vocabulary (engine/types.ts); channels read it here with the contract.
export type { ChannelName };

/**
 * The messaging platforms among them: each caps a message's length (the web chat and the terminal
 * show any length), and officers are reached on them.
 */
export const PLATFORM_CHANNELS = [
  'telegram',
  'whatsapp_cloud',
  'whatsapp_baileys',
] as const satisfies readonly ChannelName[];

/** Channels that only the bot itself writes into (timers): never shown to a platform. */
export const INTERNAL_CHANNEL = 'internal';

export interface InboundMessage {
  channel: ChannelName;
  /** The platform's id for this delivery: a second delivery with the same id is dropped. */
  externalId: string;
  /** The platform's stable id for the person (Telegram chat id, WhatsApp user id). Stored only hashed. */
  userId: string;
  /** Where replies go; often the same as userId. Stored encrypted. */
  address: string;
  input: Input;
  /** The platform's language code, a weak hint only. */
  languageHint?: string;
  /**
   * For a `media` input: how to fetch the file later (Telegram's file_id). Registered with the
   * message in one transaction; a background job downloads it (see media-fetcher.ts).
   */
  media?: { ref: string; declaredSize?: number };
  /**
   * The sender's phone number (international digits) when the platform reveals it apart from the
   * reply address — a WhatsApp linked device addressing the chat by LID. Used only to recognise an
   * officer writing; only its keyed hash is stored (ConversationRepository.phoneKey).
   */
  phone?: string;
}

export interface OutboundMessage {
  text: string;
  /** Choices: rendered as buttons, a list, or numbered text, as the channel allows. */
  options?: { id: string; label: string }[];
  /**
   * What the message is, for a channel that can show it (the web chat): the emergency numbers stand
   * out; after `erased` the page clears the conversation from the screen; after `left` (the typed
   * quick-exit word) it leaves as its quick-exit button does. Other channels ignore it.
   */
  kind?: 'emergency' | 'erased' | 'left';
}

/** What the dispatcher knows about the row being sent, for channels with rules about timing. */
export interface SendContext {
  outboxId: number;
  conversationId: string;
  /**
   * When the reporter last wrote through this channel (WhatsApp allows free-form replies only within
   * 24 hours of it); undefined when they never did (an alert to an officer, say), and for a sender
   * that does not ask for it (`readsLastInbound`).
   */
  lastInboundAt: number | undefined;
  /** An emergency reply or an officer alert: paced ahead of every ordinary message. */
  urgent?: boolean;
  /** Aborted when shutdown's grace runs out: the row stays claimed and the next start sends it. */
  signal?: AbortSignal;
}

/** What a channel must implement to deliver outbox rows. */
export interface ChannelSender {
  readonly channel: ChannelName;
  /**
   * The sender reads `SendContext.lastInboundAt` (a platform with a reply window). Only then does
   * the dispatcher look it up: one more database read for every message sent.
   */
  readonly readsLastInbound?: boolean;
  send(
    address: string,
    message: OutboundMessage,
    context?: SendContext,
  ): Promise<{ platformMessageId?: string }>;
}

/** What a platform reported about a message it accepted earlier (WhatsApp statuses). */
export interface DeliveryReport {
  channel: ChannelName;
  platformMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** The platform's error code for a failure; never its text, which may quote the message. */
  errorCode?: string;
}

/** A send that failed. `retryable` decides between another try later and giving up. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code: string,
    /** The platform asked us to wait this long (Telegram's retry_after, HTTP 429). */
    readonly retryAfterMs?: number,
    options?: {
      cause?: unknown;
      /**
       * The platform named the wait exactly (Telegram's retry_after): retry right then, not later
       * by our own backoff. Otherwise the wait is a floor under the backoff (WhatsApp's throttling).
       */
      exactWait?: boolean;
    },
  ) {
    super(message, options);
    this.name = 'SendError';
    this.exactWait = options?.exactWait === true;
  }

  readonly exactWait: boolean;
}

/** What a channel implements so evidence files it announced can be downloaded after the ack. */
export interface MediaSource {
  readonly channel: ChannelName;
  /** The file's bytes; throws MediaDownloadError (over `maxBytes` → code `too_large`, not retryable). */
  download(ref: string, maxBytes: number): Promise<Buffer>;
}

/** A download that failed. `retryable` decides between another try later and giving up. */
export class MediaDownloadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MediaDownloadError';
  }
}
