/**
 * What the HTTP app and `serve` need from the hotline: the channels' gateway, plus readiness and
 * the service's life cycle. Channels themselves get only `ChannelGateway`.
 */
import type { Logger } from 'pino';
import type { ChannelGateway, PollerLease } from './channel-gateway.js';

export interface HotlineGateway extends ChannelGateway {
  readonly logger: Logger;
  /** A lease that lets one instance at a time long-poll a platform (several instances, one database). */
  pollerLease(name: string): PollerLease;
  /**
   * Several instances share the database (PostgreSQL): another instance may deliver a reply to a
   * session whose page waits here (the web chat then looks again every second).
   */
  readonly sharesDatabase: boolean;
  /** Whether the database answers (readiness probe). */
  isReady(): Promise<boolean>;
  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void;
  /** Stops intake loops, lets sends under way finish, then closes the database. */
  close(): Promise<void>;
}
