import { EventEmitter } from 'node:events';
import type { ChannelSender, OutboundMessage } from '../../conversations/channel-contract.js';

/**
 * The web chat has no platform to push to: a message is delivered once it is marked sent, and the
 * page reads delivered messages. This sender only wakes the page's waiting poll.
 */
export class WebchatSender implements ChannelSender {
  readonly channel = 'webchat' as const;
  private readonly delivered = new EventEmitter().setMaxListeners(0);

  async send(address: string, _message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    // Let the dispatcher mark the row sent before the page re-reads.
    setImmediate(() => this.delivered.emit(address));
    return {};
  }

  /** Resolves when something is delivered to this session (true), or after `ms` or an abort (false). */
  waitForDelivery(session: string, ms: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const end = (delivered: boolean) => {
        clearTimeout(timer);
        this.delivered.off(session, onDelivery);
        signal.removeEventListener('abort', onEnd);
        resolve(delivered);
      };
      const onDelivery = () => end(true);
      const onEnd = () => end(false);
      const timer = setTimeout(onEnd, ms);
      this.delivered.once(session, onDelivery);
      signal.addEventListener('abort', onEnd, { once: true });
    });
  }
}
