/**
 * Real-shaped Cloud API webhook bodies (as Meta sends them, BSUID fields included), for tests.
 * developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 */
import { createHmac } from 'node:crypto';

export const PHONE_NUMBER_ID = '106540352242922';
export const REPORTER = { waId: '6281234567890', userId: 'ID.1502576394655843', name: 'Sari' };

let seq = 0;
/** A fresh wamid, shaped like Meta's. */
export function wamid(): string {
  seq += 1;
  return `wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYIDNBMDA${String(seq).padStart(6, '0')}AA==`;
}

interface Sender {
  waId?: string | undefined;
  userId?: string | undefined;
  name?: string;
}

function envelope(value: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '628111000111', phone_number_id: PHONE_NUMBER_ID },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** One inbound message of `type`, with the contact and message fields a sender has. */
export function messagePayload(
  type: string,
  content: Record<string, unknown> | unknown[],
  options: { id?: string; from?: Sender } = {},
): Record<string, unknown> {
  const from = options.from ?? REPORTER;
  return envelope({
    contacts: [
      {
        profile: { name: from.name ?? 'Sari' },
        ...(from.waId ? { wa_id: from.waId } : {}),
        ...(from.userId ? { user_id: from.userId } : {}),
      },
    ],
    messages: [
      {
        ...(from.waId ? { from: from.waId } : {}),
        ...(from.userId ? { from_user_id: from.userId } : {}),
        id: options.id ?? wamid(),
        timestamp: '1767582000',
        type,
        [type]: content,
      },
    ],
  });
}

export const textPayload = (body: string, options?: { id?: string; from?: Sender }) =>
  messagePayload('text', { body }, options);

export const buttonReplyPayload = (id: string, title: string, options?: { from?: Sender }) =>
  messagePayload('interactive', { type: 'button_reply', button_reply: { id, title } }, options);

export const listReplyPayload = (id: string, title: string, options?: { from?: Sender }) =>
  messagePayload(
    'interactive',
    { type: 'list_reply', list_reply: { id, title, description: title } },
    options,
  );

export const locationPayload = (latitude: number, longitude: number) =>
  messagePayload('location', { latitude, longitude, name: 'Rumah', address: 'Jl. Contoh' });

export const imagePayload = (mediaId: string, caption?: string, options?: { id?: string }) =>
  messagePayload(
    'image',
    {
      mime_type: 'image/jpeg',
      sha256: 'RDdBOUU5QTRGNzgxQjI2QTRGMUQ5RjY4NDE1RUZFMjY=',
      id: mediaId,
      ...(caption ? { caption } : {}),
    },
    options,
  );

export const reactionPayload = (messageId: string) =>
  messagePayload('reaction', { message_id: messageId, emoji: '🙏' });

export const contactsPayload = () =>
  messagePayload('contacts', [
    { name: { formatted_name: 'Budi' }, phones: [{ phone: '+62 812 0000 0000' }] },
  ]);

/** A status update for a message the business sent. */
export function statusPayload(
  messageId: string,
  status: 'sent' | 'delivered' | 'read' | 'failed',
  errorCode?: number,
): Record<string, unknown> {
  return envelope({
    statuses: [
      {
        id: messageId,
        status,
        timestamp: '1767582060',
        recipient_id: REPORTER.waId,
        recipient_user_id: REPORTER.userId,
        ...(status === 'failed'
          ? {
              errors: [
                {
                  code: errorCode ?? 131026,
                  title: 'Message undeliverable',
                  error_data: { details: 'Message Undeliverable.' },
                },
              ],
            }
          : {
              conversation: { id: 'c0ffee', origin: { type: 'service' } },
              pricing: { billable: false, pricing_model: 'PMP', category: 'service' },
            }),
      },
    ],
  });
}

/** `sha256=<hex>` of the exact bytes, as Meta signs them. */
export function signature(raw: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}
