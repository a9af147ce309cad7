/**
 * A Baileys `WAMessage` (from `messages.upsert`) → the inbound messages the pipeline stores. Pure:
 * no I/O. Private chats only; our own messages, groups, status updates and channels are ignored.
 * Identity: WhatsApp addresses people by a LID (`…@lid`, a privacy id) or a phone JID
 * (`…@s.whatsapp.net`); the conversation is keyed on the LID whenever the message carries one, and
 * replies go to the JID the message came from.
 */
import type { proto, WAMessage } from '@whiskeysockets/baileys';
import type { InboundMessage } from '../../conversations/channel-contract.js';
import type { Input, MediaKind } from '../../engine/types.js';

export interface BaileysMapping {
  inbound: InboundMessage[];
  /** Why nothing was stored (a reason code, never content). */
  ignored?: string;
}

/** What the media source needs to download and decrypt a file later; stored encrypted. */
export interface BaileysMediaRef {
  kind: 'image' | 'video' | 'audio' | 'document';
  url?: string;
  directPath?: string;
  /** base64 */
  mediaKey: string;
}

const LID = '@lid';
const PHONE = '@s.whatsapp.net';

/** Wrappers WhatsApp puts around the real content (disappearing, view-once, captioned documents). */
function unwrap(message: proto.IMessage | null | undefined): proto.IMessage | undefined {
  let m = message ?? undefined;
  for (let depth = 0; m && depth < 5; depth++) {
    const inner =
      m.ephemeralMessage?.message ??
      m.viewOnceMessage?.message ??
      m.viewOnceMessageV2?.message ??
      m.documentWithCaptionMessage?.message;
    if (!inner) break;
    m = inner;
  }
  return m;
}

export function mapBaileysMessage(message: WAMessage): BaileysMapping {
  const key = message.key;
  const remoteJid = key?.remoteJid ?? undefined;
  if (!key?.id || !remoteJid) return { inbound: [], ignored: 'malformed' };
  if (key.fromMe) return { inbound: [], ignored: 'from_me' };
  if (!remoteJid.endsWith(LID) && !remoteJid.endsWith(PHONE)) return { inbound: [], ignored: 'not_private' };
  const alt = key.remoteJidAlt ?? undefined;
  const userJid = remoteJid.endsWith(LID) ? remoteJid : alt?.endsWith(LID) ? alt : remoteJid;
  const phoneJid = remoteJid.endsWith(PHONE) ? remoteJid : alt?.endsWith(PHONE) ? alt : undefined;
  const base = {
    channel: 'whatsapp_baileys' as const,
    userId: bare(userJid),
    address: bare(remoteJid),
    // Beside a LID address, the number says whether an officer is writing (see InboundMessage.phone).
    ...(phoneJid ? { phone: bare(phoneJid).slice(0, -PHONE.length) } : {}),
  };
  const externalId = key.id;
  const content = unwrap(message.message);
  if (!content) return { inbound: [], ignored: 'no_content' };
  const one = (input: Input): BaileysMapping => ({ inbound: [{ ...base, externalId, input }] });

  const text = content.conversation ?? content.extendedTextMessage?.text ?? undefined;
  if (typeof text === 'string' && text !== '') return one({ type: 'text', text });

  const place = content.locationMessage ?? content.liveLocationMessage;
  if (place) {
    const lat = place.degreesLatitude;
    const lon = place.degreesLongitude;
    if (typeof lat !== 'number' || typeof lon !== 'number') return { inbound: [], ignored: 'malformed' };
    return one({ type: 'location', lat, lon });
  }

  const file = mediaOf(content);
  if (file) {
    const { kind, media } = file;
    if (!media.mediaKey || (!media.url && !media.directPath)) return { inbound: [], ignored: 'malformed' };
    const ref: BaileysMediaRef = {
      kind,
      mediaKey: Buffer.from(media.mediaKey).toString('base64'),
      ...(media.url ? { url: media.url } : {}),
      ...(media.directPath ? { directPath: media.directPath } : {}),
    };
    const size =
      media.fileLength === undefined || media.fileLength === null ? undefined : Number(media.fileLength);
    const inbound: InboundMessage[] = [
      {
        ...base,
        externalId,
        input: { type: 'media', kind: kind as MediaKind, mediaId: `whatsapp_baileys:${externalId}` },
        media: {
          ref: JSON.stringify(ref),
          ...(size !== undefined && Number.isFinite(size) ? { declaredSize: size } : {}),
        },
      },
    ];
    // A caption often carries the story itself: it follows the file as its own text message.
    const caption = 'caption' in media ? media.caption : undefined;
    if (typeof caption === 'string' && caption.trim() !== '')
      inbound.push({ ...base, externalId: `${externalId}:caption`, input: { type: 'text', text: caption } });
    return { inbound };
  }
  if (content.reactionMessage) return { inbound: [], ignored: 'reaction' };
  if (content.contactMessage || content.contactsArrayMessage) return { inbound: [], ignored: 'contacts' };
  if (content.protocolMessage) return { inbound: [], ignored: 'protocol' };
  return { inbound: [], ignored: 'unsupported_message' };
}

type MediaMessage =
  | proto.Message.IImageMessage
  | proto.Message.IVideoMessage
  | proto.Message.IAudioMessage
  | proto.Message.IDocumentMessage;

function mediaOf(
  content: proto.IMessage,
): { kind: BaileysMediaRef['kind']; media: MediaMessage } | undefined {
  if (content.imageMessage) return { kind: 'image', media: content.imageMessage };
  if (content.videoMessage) return { kind: 'video', media: content.videoMessage };
  if (content.audioMessage) return { kind: 'audio', media: content.audioMessage };
  if (content.documentMessage) return { kind: 'document', media: content.documentMessage };
  return undefined;
}

/** A JID without its device part (`628…:12@s.whatsapp.net` → `628…@s.whatsapp.net`). */
function bare(jid: string): string {
  return jid.replace(/:\d+@/, '@');
}
