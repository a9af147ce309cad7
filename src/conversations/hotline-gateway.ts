/** What the channels and the HTTP app need from the hotline; `Hotline` implements it. */
import type { Logger } from 'pino';
import type { IngestResult } from './ingest-service.js';
import type {
  ChannelName,
  ChannelSender,
  DeliveryReport,
  InboundMessage,
  MediaSource,
  OutboundMessage,
} from './channel-contract.js';

export interface HotlineGateway {
  readonly logger: Logger;
  /**
   * Stores one inbound message (encrypted, deduplicated) and resolves once it is on the disk: only
   * then may the channel acknowledge the platform. Rejects when storing fails: do not acknowledge.
   */
  ingest(message: InboundMessage): Promise<IngestResult>;
  /** Records a platform's delivery report; resolves with the outbox row's id, if one matched. */
  recordDelivery(report: DeliveryReport): Promise<number | undefined>;
  /** Messages delivered to one channel user after `afterId` (the web chat page polls this). */
  delivered(
    channel: ChannelName,
    userId: string,
    afterId: number,
  ): Promise<{ id: number; message: OutboundMessage }[]>;
  /** Whether the database answers (readiness probe). */
  isReady(): Promise<boolean>;
  registerSender(sender: ChannelSender): void;
  /** Lets the media fetcher download the evidence files this channel announces. */
  registerMediaSource(source: MediaSource): void;
  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void;
  /** Stops intake loops, lets sends under way finish, then closes the database. */
  close(): Promise<void>;
}
