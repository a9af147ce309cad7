/**
 * All a channel may ask of the hotline: hand in a message, register how replies and evidence files
 * reach its platform, and report what the platform said about a reply. Nothing here reaches the
 * pipeline's internals, so a channel cannot run a second pipeline beside the real one.
 */
import type {
  ChannelName,
  ChannelSender,
  DeliveryReport,
  InboundMessage,
  MediaSource,
  OutboundMessage,
} from './channel-contract.js';
import type { IngestResult } from './ingest-service.js';

export interface ChannelGateway {
  /**
   * Stores one inbound message (encrypted, deduplicated) and resolves once it is on the disk: only
   * then may the channel acknowledge the platform. Rejects when storing fails: do not acknowledge.
   * Messages handed in one after another, without awaiting, are stored in that order.
   */
  ingest(message: InboundMessage): Promise<IngestResult>;
  /** Replies to this channel's users go out through `sender`, one conversation's in order. */
  registerSender(sender: ChannelSender): void;
  /** Lets the media fetcher download the evidence files this channel announces. */
  registerMediaSource(source: MediaSource): void;
  /** Records a platform's delivery report; resolves with the outbox row's id, if one matched. */
  recordDelivery(report: DeliveryReport): Promise<number | undefined>;
  /** Messages delivered to one channel user after `afterId` (the web chat page polls this). */
  delivered(
    channel: ChannelName,
    userId: string,
    afterId: number,
  ): Promise<{ id: number; message: OutboundMessage }[]>;
}

/**
 * Who may long-poll a platform: held by one instance at a time (Telegram allows one getUpdates per
 * bot), from the database every instance shares (`Hotline.pollerLease`): on PostgreSQL a session
 * lock that ends with its holder's connection, on SQLite a lease row that must outlast one long
 * poll, since it is renewed between them.
 */
export interface PollerLease {
  /** Takes or renews it (a lease for `leaseMs`; a lock ignores it); false while another holds it. */
  acquire(leaseMs: number): Promise<boolean>;
  release(): Promise<void>;
}
