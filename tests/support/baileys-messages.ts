/**
 * Real-shaped Baileys 7 `WAMessage` objects, as `messages.upsert` delivers them for a private chat
 * (LID addressing with the phone JID as the alternative, or the phone JID alone).
 */
import type { proto, WAMessage } from '@whiskeysockets/baileys';

export const REPORTER_LID = '207612345678901@lid';
export const REPORTER_PN = '6281234567890@s.whatsapp.net';

let seq = 0;
export function messageId(): string {
  seq += 1;
  return `3A${String(seq).padStart(18, '0')}`;
}

export function waMessage(
  message: proto.IMessage,
  options: { id?: string; remoteJid?: string; remoteJidAlt?: string; fromMe?: boolean } = {},
): WAMessage {
  return {
    key: {
      remoteJid: options.remoteJid ?? REPORTER_LID,
      remoteJidAlt: 'remoteJidAlt' in options ? options.remoteJidAlt : REPORTER_PN,
      fromMe: options.fromMe ?? false,
      id: options.id ?? messageId(),
      addressingMode: 'lid',
    },
    messageTimestamp: 1767582000,
    pushName: 'Sari',
    broadcast: false,
    message,
  } as WAMessage;
}

export const textMessage = (text: string, options?: Parameters<typeof waMessage>[1]) =>
  waMessage({ conversation: text }, options);

export const extendedTextMessage = (text: string) =>
  waMessage({ extendedTextMessage: { text, contextInfo: { expiration: 0 } } });

export const locationMessage = (lat: number, lon: number) =>
  waMessage({ locationMessage: { degreesLatitude: lat, degreesLongitude: lon, name: 'Rumah' } });

export const imageMessage = (caption?: string, options?: Parameters<typeof waMessage>[1]) =>
  waMessage(
    {
      imageMessage: {
        url: 'https://mmg.whatsapp.net/o1/v/t62.7118-24/f1/m231/up-oil-image-abc?ccb=9-4&oh=01_Q5A&oe=68A0&_nc_sid=5e03e0&mms3=true',
        mimetype: 'image/jpeg',
        fileSha256: Buffer.alloc(32, 1),
        fileLength: 1950,
        height: 1280,
        width: 960,
        mediaKey: Buffer.alloc(32, 2),
        fileEncSha256: Buffer.alloc(32, 3),
        directPath: '/o1/v/t62.7118-24/f1/m231/up-oil-image-abc?ccb=9-4&oh=01_Q5A&oe=68A0&_nc_sid=5e03e0',
        mediaKeyTimestamp: 1767582000,
        ...(caption ? { caption } : {}),
      },
    },
    options,
  );

export const reactionMessage = () =>
  waMessage({ reactionMessage: { key: { id: messageId(), remoteJid: REPORTER_LID }, text: '🙏' } });

/** The `messages.upsert` event for new messages. */
export const notify = (...messages: WAMessage[]) => ({ messages, type: 'notify' as const });
