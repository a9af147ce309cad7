/**
 * Starts the linked-device channel for `serve`. Baileys is large, so it is imported only when
 * BAILEYS_ENABLED is set; the service never pairs by itself (`hotline whatsapp link` does).
 */
import type { Logger } from 'pino';
import type { Hotline } from '../../conversations/hotline-runtime.js';

export async function startBaileys(
  hotline: Hotline,
  logger: Logger,
): Promise<{ stop(): Promise<void> } | undefined> {
  const { BaileysChannel } = await import('./baileys-channel.js');
  if (!BaileysChannel.isLinked(hotline)) {
    logger.error('BAILEYS_ENABLED is set but no number is linked: run `hotline whatsapp link` first');
    return undefined;
  }
  const channel = await BaileysChannel.create(hotline, logger);
  channel.start();
  logger.info('whatsapp linked-device channel on');
  return channel;
}
