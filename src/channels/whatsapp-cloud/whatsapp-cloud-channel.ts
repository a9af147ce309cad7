/**
 * The WhatsApp Cloud API channel, wired once: the Graph client, the sender and the media source
 * registered with the hotline, and the webhook handler app.ts serves at `/webhooks/whatsapp`.
 */
import type { Logger } from 'pino';
import type { WhatsAppCloudConfig } from '../../config/config.js';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { type Clock, systemClock } from '../../lib/clock.js';
import { WhatsAppCloudMediaSource } from './whatsapp-cloud-media.js';
import { WhatsAppCloudSender } from './whatsapp-cloud-sender.js';
import { WhatsAppCloudWebhookHandler } from './whatsapp-cloud-webhook-handler.js';
import { WhatsAppGraphClient } from './whatsapp-graph-client.js';

export type WhatsAppCloudSettings = WhatsAppCloudConfig;

export class WhatsAppCloudChannel {
  readonly client: WhatsAppGraphClient;
  readonly handler: WhatsAppCloudWebhookHandler;
  readonly sender: WhatsAppCloudSender;

  constructor(
    gateway: ChannelGateway,
    readonly settings: WhatsAppCloudSettings,
    logger: Logger,
    options: { clock?: Clock } = {},
  ) {
    this.client = new WhatsAppGraphClient(settings);
    this.sender = new WhatsAppCloudSender(
      this.client,
      settings.template,
      options.clock ?? systemClock,
      logger,
    );
    this.handler = new WhatsAppCloudWebhookHandler(gateway, settings.phoneNumberId, logger);
    gateway.registerSender(this.sender);
    gateway.registerMediaSource(new WhatsAppCloudMediaSource(this.client));
  }
}
