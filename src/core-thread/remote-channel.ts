/**
 * In the core thread, a channel that lives on the edge: sending and downloading are calls across.
 * The dispatcher and the media fetcher use these exactly like in-thread channels.
 */
import type {
  ChannelName,
  ChannelSender,
  MediaSource,
  OutboundMessage,
  SendContext,
} from '../conversations/channel-contract.js';
import type { CoreMethods, EdgeMethods } from './core-protocol.js';
import type { RpcPeer } from './rpc-peer.js';

type EdgePeer = RpcPeer<CoreMethods, EdgeMethods>;

export class RemoteSender implements ChannelSender {
  constructor(
    readonly channel: ChannelName,
    private readonly edge: EdgePeer,
  ) {}

  send(address: string, message: OutboundMessage, context?: SendContext) {
    // An AbortSignal cannot cross threads: a send under way at shutdown is abandoned, not aborted.
    const { signal: _signal, ...plain } = context ?? ({} as Partial<SendContext>);
    return this.edge.call(
      'send',
      this.channel,
      address,
      message,
      context ? (plain as SendContext) : undefined,
    );
  }
}

export class RemoteMediaSource implements MediaSource {
  constructor(
    readonly channel: ChannelName,
    private readonly edge: EdgePeer,
  ) {}

  async download(ref: string, maxBytes: number): Promise<Buffer> {
    const bytes = await this.edge.call('download', this.channel, ref, maxBytes);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
