/**
 * The two sides of `serve`: the core thread owns the database, the flows, timers and the outbox;
 * the edge (the main thread) owns HTTP — webhooks in, platform API calls out. These are the calls
 * each side answers.
 */
import type { Config } from '../config/config.js';
import type { HotlineGateway } from '../conversations/hotline-gateway.js';
import type { ChannelName, OutboundMessage, SendContext } from '../conversations/channel-contract.js';
import type { SerializedError } from './rpc-peer.js';

/** The gateway's calls, except that channels are registered by name (their code stays on the edge). */
export type CoreMethods = Pick<
  HotlineGateway,
  'ingest' | 'recordDelivery' | 'delivered' | 'isReady' | 'start' | 'close'
> & {
  /** The edge has a sender for this channel: the dispatcher may send through it. */
  registerSender(channel: ChannelName): void;
  /** The edge can download evidence files announced on this channel. */
  registerMediaSource(channel: ChannelName): void;
};

export type EdgeMethods = {
  send(
    channel: ChannelName,
    address: string,
    message: OutboundMessage,
    context: SendContext | undefined,
  ): Promise<{ platformMessageId?: string }>;
  download(channel: ChannelName, ref: string, maxBytes: number): Promise<Uint8Array>;
  /** The core has opened the database and loaded the directory. */
  started(): void;
  /** The core could not start (a configuration error, an unreadable database): the service stops. */
  failedToStart(error: SerializedError): void;
};

export interface CoreThreadData {
  /** With the data keys already resolved, so only the edge ever creates a development key. */
  config: Config;
  logTo: 'stdout' | 'stderr';
}
