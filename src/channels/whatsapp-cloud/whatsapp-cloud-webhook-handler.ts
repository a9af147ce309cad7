/**
 * What the webhook does with a verified body: store its messages (each in the ingest transaction,
 * deduplicated on the wamid) and record delivery statuses, then return — the route answers 200 and
 * the flow and replies follow from the inbox and the outbox.
 */
import type { Logger } from 'pino';
import type { Hotline } from '../../conversations/hotline-runtime.js';
import { mapCloudWebhook } from './whatsapp-cloud-webhook-mapper.js';

export interface HandledWebhook {
  stored: number;
  duplicates: number;
  deliveries: number;
}

export class WhatsAppCloudWebhookHandler {
  constructor(
    private readonly hotline: Pick<Hotline, 'ingest' | 'recordDelivery' | 'flushed'>,
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
    let stored = 0;
    for (const message of mapping.inbound) if (this.hotline.ingest(message).stored) stored += 1;
    for (const report of mapping.deliveries) this.hotline.recordDelivery(report);
    if (mapping.inbound.length > 0) await this.hotline.flushed();
    return {
      stored,
      duplicates: mapping.inbound.length - stored,
      deliveries: mapping.deliveries.length,
    };
  }
}
