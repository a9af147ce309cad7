/**
 * Delivers outbox rows through the linked device. Regular WhatsApp accounts cannot send buttons or
 * lists, so choices are numbered text (a typed number is understood by the choice matcher).
 * While the socket is down, sends fail as retryable: the dispatcher tries again with backoff.
 */
import type { ChannelSender, OutboundMessage } from '../../conversations/channel-contract.js';
import { SendError } from '../../conversations/channel-contract.js';
import { withNumberedOptions } from '../../conversations/numbered-options.js';
import type { BaileysSocketLike } from './baileys-socket.js';

export class BaileysSender implements ChannelSender {
  readonly channel = 'whatsapp_baileys' as const;

  constructor(private readonly socket: () => BaileysSocketLike | undefined) {}

  async send(address: string, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    if (!/@(s\.whatsapp\.net|lid)$/.test(address))
      throw new SendError('not a WhatsApp JID', false, 'bad_address');
    const socket = this.socket();
    if (!socket) throw new SendError('WhatsApp linked device not connected', true, 'baileys_offline');
    try {
      const sent = await socket.sendMessage(address, { text: withNumberedOptions(message) });
      return sent?.key.id ? { platformMessageId: sent.key.id } : {};
    } catch (error) {
      // Baileys' errors are Boom errors; their data may hold JIDs, so only the status goes on.
      const status = (error as { output?: { statusCode?: unknown } }).output?.statusCode;
      return Promise.reject(
        new SendError(
          'WhatsApp linked device could not send',
          true,
          `baileys_${typeof status === 'number' ? status : 'error'}`,
        ),
      );
    }
  }
}
