/**
 * Starts the linked-device channel for `serve`. Baileys is large, so it is imported only when
 * BAILEYS_ENABLED is set; the service never pairs by itself (`hotline whatsapp link` does).
 */
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import type { BaileysStores } from './baileys-stores.js';

export async function startBaileys(
  gateway: ChannelGateway,
  stores: BaileysStores,
  logger: Logger,
): Promise<{ stop(): Promise<void> } | undefined> {
  const { BaileysChannel } = await import('./baileys-channel.js');
  if (!BaileysChannel.isLinked(stores.auth)) {
    logger.error('BAILEYS_ENABLED is set but no number is linked: run `hotline whatsapp link` first');
    return undefined;
  }
  const channel = await BaileysChannel.create(gateway, stores, logger);
  channel.start();
  logger.info('whatsapp linked-device channel on');
  return channel;
}
