/**
 * What the webhook does with a verified body: store its messages (each in the ingest transaction,
 * deduplicated on the wamid) and record delivery statuses, then return — the route answers 200 and
 * the flow and replies follow from the inbox and the outbox.
 */
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { mapCloudWebhook } from './whatsapp-cloud-webhook-mapper.js';

export interface HandledWebhook {
  stored: number;
  duplicates: number;
  deliveries: number;
}

export class WhatsAppCloudWebhookHandler {
  constructor(
    private readonly gateway: Pick<ChannelGateway, 'ingest' | 'recordDelivery'>,
    private readonly phoneNumberId: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Resolves once the messages are on the disk; rejects when the database fails: the route then
   * answers 500 and Meta delivers again.
   */
  async handle(body: unknown): Promise<HandledWebhook> {
    const mapping = mapCloudWebhook(body, this.phoneNumberId);
    if (mapping.ignored.length > 0)
      this.logger.debug({ reasons: mapping.ignored }, 'whatsapp webhook parts ignored');
    const results = await Promise.all(mapping.inbound.map((message) => this.gateway.ingest(message)));
    const stored = results.filter((r) => r.stored).length;
    for (const report of mapping.deliveries) await this.gateway.recordDelivery(report);
    return {
      stored,
      duplicates: mapping.inbound.length - stored,
      deliveries: mapping.deliveries.length,
    };
  }
}
