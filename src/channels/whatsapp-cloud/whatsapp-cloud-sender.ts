/**
 * Delivers outbox rows through the Cloud API. Inside the 24-hour customer-service window (since the
 * reporter last wrote) the message goes as text, buttons or a list; outside it WhatsApp accepts only
 * an approved template, so the row goes as the configured template with the text as its parameter —
 * or fails with `whatsapp_window_closed` when none is configured. Graph errors become SendErrors
 * (see whatsapp-cloud-errors.ts); those an administrator must fix are logged for them, codes only.
 */
import type { Logger } from 'pino';
import {
  type ChannelSender,
  type OutboundMessage,
  type SendContext,
  SendError,
} from '../../conversations/channel-contract.js';
import type { Clock } from '../../lib/clock.js';
import { recipientField } from './whatsapp-cloud-address.js';
import { classifyGraphError, WINDOW_CLOSED_CODE } from './whatsapp-cloud-errors.js';
import { type CloudMessageBody, renderCloudMessage, templateParameter } from './whatsapp-cloud-format.js';
import { GraphApiError, type WhatsAppGraphClient } from './whatsapp-graph-client.js';

/** WhatsApp's customer-service window. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60_000;
/** Treat the window as closed this much early: our clock and Meta's may differ, and sends take time. */
const WINDOW_MARGIN_MS = 2 * 60_000;
/** A template's body parameter is kept well inside Meta's 1024-character body limit. */
const MAX_TEMPLATE_PARAMETER = 900;

export interface CloudTemplate {
  name: string;
  language: string;
}

export class WhatsAppCloudSender implements ChannelSender {
  readonly channel = 'whatsapp_cloud' as const;
  /** Free-form replies only within 24 hours of the reporter's last message. */
  readonly readsLastInbound = true;

  constructor(
    private readonly client: WhatsAppGraphClient,
    private readonly template: CloudTemplate | undefined,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async send(
    address: string,
    message: OutboundMessage,
    context?: SendContext,
  ): Promise<{ platformMessageId?: string }> {
    const recipient = recipientField(address);
    if (!recipient) throw new SendError('not a WhatsApp Cloud address', false, 'bad_address');
    if (context && !this.windowOpen(context)) return this.sendTemplate(recipient, message, context);
    let last: string | undefined;
    for (const [i, body] of renderCloudMessage(message).entries()) {
      try {
        last = (await this.client.sendMessage({ ...recipient, ...body })).messageId;
      } catch (error) {
        // Our clock said open, Meta's said closed: the template is what may still go.
        const closed = error instanceof GraphApiError && error.code === WINDOW_CLOSED_CODE;
        if (closed && i === 0 && context) return this.sendTemplate(recipient, message, context);
        throw this.toSendError(error);
      }
    }
    return last ? { platformMessageId: last } : {};
  }

  private windowOpen(context: SendContext): boolean {
    const { lastInboundAt } = context;
    return (
      lastInboundAt !== undefined && this.clock.now() - lastInboundAt < SERVICE_WINDOW_MS - WINDOW_MARGIN_MS
    );
  }

  private async sendTemplate(
    recipient: { to: string } | { recipient: string },
    message: OutboundMessage,
    context: SendContext,
  ): Promise<{ platformMessageId?: string }> {
    if (!this.template) {
      this.logger.error(
        { outboxId: context.outboxId, code: 'whatsapp_window_closed' },
        'whatsapp message outside the 24-hour window and no WHATSAPP_TEMPLATE_NAME configured; not sent',
      );
      throw new SendError('outside the 24-hour window, no template', false, 'whatsapp_window_closed');
    }
    const body: CloudMessageBody = {
      type: 'template',
      template: {
        name: this.template.name,
        language: { code: this.template.language },
        components: [
          {
            type: 'body',
            parameters: [{ type: 'text', text: templateParameter(message, MAX_TEMPLATE_PARAMETER) }],
          },
        ],
      },
    };
    try {
      const { messageId } = await this.client.sendMessage({ ...recipient, ...body });
      this.logger.info({ outboxId: context.outboxId }, 'whatsapp message sent as template (window closed)');
      return messageId ? { platformMessageId: messageId } : {};
    } catch (error) {
      throw this.toSendError(error);
    }
  }

  private toSendError(error: unknown): SendError {
    const { error: failure, adminAction } = classifyGraphError(error);
    if (adminAction)
      this.logger.error(
        { code: failure.code, action: adminAction },
        'whatsapp cloud api needs an administrator',
      );
    return failure;
  }
}
