/**
 * A Cloud API webhook body → the inbound messages to store and the delivery reports to record.
 * No I/O, no clock (only media ids are drawn at random). Bodies arrive from the network, so every
 * field used is checked at run time. Shape: `{ object, entry: [{ changes: [{ field: 'messages', value: { metadata, contacts,
 * messages, statuses } }] }] }` — developers.facebook.com/docs/whatsapp/cloud-api/webhooks
 */
import { randomUUID } from 'node:crypto';
import type { DeliveryReport, InboundMessage } from '../../conversations/channel-contract.js';
import type { Input, MediaKind } from '../../engine/types.js';
import { type CloudIdentity, cloudAddress, cloudUserKey } from './whatsapp-cloud-address.js';

export interface CloudWebhookMapping {
  /** What to store, in order: a file is followed by its caption as text. */
  inbound: InboundMessage[];
  deliveries: DeliveryReport[];
  /** Why parts were skipped, for a debug log line (reason codes, never content). */
  ignored: string[];
}

const MEDIA_KINDS: Readonly<Record<string, MediaKind>> = {
  image: 'image',
  audio: 'audio',
  video: 'video',
  document: 'document',
};
const DELIVERY_STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

type Json = Record<string, unknown>;

export function mapCloudWebhook(body: unknown, phoneNumberId: string): CloudWebhookMapping {
  const out: CloudWebhookMapping = { inbound: [], deliveries: [], ignored: [] };
  if (!isObject(body) || body.object !== 'whatsapp_business_account') {
    out.ignored.push('not_whatsapp');
    return out;
  }
  for (const entry of arrayOf(body.entry)) {
    for (const change of arrayOf(entry.changes)) {
      if (change.field !== 'messages' || !isObject(change.value)) {
        out.ignored.push('unsupported_field');
        continue;
      }
      const value = change.value;
      // One business account may have several numbers; each is its own channel configuration.
      if (isObject(value.metadata) && value.metadata.phone_number_id !== phoneNumberId) {
        out.ignored.push('other_number');
        continue;
      }
      const contacts = arrayOf(value.contacts);
      for (const message of arrayOf(value.messages)) fromMessage(message, contacts, out);
      for (const status of arrayOf(value.statuses)) fromStatus(status, out);
    }
  }
  return out;
}

// === Messages

function fromMessage(message: Json, contacts: Json[], out: CloudWebhookMapping): void {
  const id = str(message.id);
  if (!id) return void out.ignored.push('malformed');
  const identity = identityOf(message, contacts);
  const userId = cloudUserKey(identity);
  const address = cloudAddress(identity);
  if (!userId || !address) return void out.ignored.push('no_sender');
  const base = { channel: 'whatsapp_cloud' as const, userId, address };
  const push = (input: Input, suffix = ''): void => {
    out.inbound.push({ ...base, externalId: id + suffix, input });
  };

  const type = str(message.type);
  switch (type) {
    case 'text': {
      const text = str(isObject(message.text) ? message.text.body : undefined);
      return text === undefined ? void out.ignored.push('malformed') : push({ type: 'text', text });
    }
    case 'interactive': {
      const interactive = isObject(message.interactive) ? message.interactive : {};
      const reply = isObject(interactive.button_reply)
        ? interactive.button_reply
        : isObject(interactive.list_reply)
          ? interactive.list_reply
          : undefined;
      const optionId = str(reply?.id);
      return optionId ? push({ type: 'choice', optionId }) : void out.ignored.push('unsupported_interactive');
    }
    case 'button': {
      // A quick-reply button of a template: its text is what the reporter means.
      const text = str(isObject(message.button) ? message.button.text : undefined);
      return text === undefined ? void out.ignored.push('malformed') : push({ type: 'text', text });
    }
    case 'location': {
      const place = isObject(message.location) ? message.location : {};
      const lat = place.latitude;
      const lon = place.longitude;
      if (
        typeof lat !== 'number' ||
        typeof lon !== 'number' ||
        !Number.isFinite(lat) ||
        !Number.isFinite(lon)
      )
        return void out.ignored.push('malformed');
      return push({ type: 'location', lat, lon });
    }
    case 'image':
    case 'audio':
    case 'video':
    case 'document': {
      const file = isObject(message[type]) ? (message[type] as Json) : {};
      const mediaRef = str(file.id);
      if (!mediaRef) return void out.ignored.push('malformed');
      out.inbound.push({
        ...base,
        externalId: id,
        // Not the wamid: it embeds the sender's phone number, and media ids are stored in plain form.
        input: { type: 'media', kind: MEDIA_KINDS[type]!, mediaId: `whatsapp_cloud:${randomUUID()}` },
        media: {
          ref: mediaRef,
          ...(typeof file.file_size === 'number' ? { declaredSize: file.file_size } : {}),
        },
      });
      // A caption often carries the story itself: it follows the file as its own text message.
      const caption = str(file.caption);
      if (caption && caption.trim() !== '') push({ type: 'text', text: caption }, ':caption');
      return;
    }
    default:
      // Reactions, shared contacts, stickers, orders, system notices: acknowledged, not stored.
      out.ignored.push(`unsupported_${type ?? 'message'}`);
  }
}

/** The sender's ids: from the matching `contacts` entry, else from the message itself. */
function identityOf(message: Json, contacts: Json[]): CloudIdentity {
  const from = str(message.from);
  const fromUserId = str(message.from_user_id);
  const contact =
    contacts.find((c) => (from && c.wa_id === from) || (fromUserId && c.user_id === fromUserId)) ??
    (contacts.length === 1 ? contacts[0] : undefined);
  return { userId: str(contact?.user_id) ?? fromUserId, waId: str(contact?.wa_id) ?? from };
}

// === Statuses of our own messages

function fromStatus(status: Json, out: CloudWebhookMapping): void {
  const platformMessageId = str(status.id);
  const value = str(status.status);
  if (!platformMessageId || !value || !DELIVERY_STATUSES.has(value))
    return void out.ignored.push(`unsupported_status_${value ?? 'malformed'}`);
  const code = arrayOf(status.errors)[0]?.code;
  out.deliveries.push({
    channel: 'whatsapp_cloud',
    platformMessageId,
    status: value as DeliveryReport['status'],
    ...(value === 'failed' ? { errorCode: typeof code === 'number' ? `whatsapp_${code}` : 'unknown' } : {}),
  });
}

// === Small readers

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
