import { describe, expect, it } from 'vitest';
import { mapBaileysMessage } from '../../../src/channels/whatsapp-baileys/baileys-message-mapper.js';
import {
  extendedTextMessage,
  imageMessage,
  locationMessage,
  REPORTER_LID,
  REPORTER_PN,
  reactionMessage,
  textMessage,
  waMessage,
} from '../../support/baileys-messages.js';

describe('mapBaileysMessage', () => {
  it('should key the reporter on the LID and reply to the JID the message came from', () => {
    const [inbound] = mapBaileysMessage(textMessage('halo', { id: 'A1' })).inbound;
    expect(inbound).toEqual({
      channel: 'whatsapp_baileys',
      externalId: 'A1',
      // Beside the LID: only to recognise an officer, and stored only as a keyed hash.
      phone: '6281234567890',
      userId: REPORTER_LID,
      address: REPORTER_LID,
      input: { type: 'text', text: 'halo' },
    });
    // Addressed by phone, with the LID as the alternative: the same reporter.
    const byPhone = mapBaileysMessage(
      textMessage('halo', { remoteJid: REPORTER_PN, remoteJidAlt: REPORTER_LID }),
    );
    expect(byPhone.inbound[0]).toMatchObject({ userId: REPORTER_LID, address: REPORTER_PN });
  });

  it('should strip the device part of a JID', () => {
    const [inbound] = mapBaileysMessage(
      textMessage('halo', { remoteJid: '6281234567890:12@s.whatsapp.net', remoteJidAlt: undefined }),
    ).inbound;
    expect(inbound?.address).toBe(REPORTER_PN);
  });

  it.each([
    ['an extended text', extendedTextMessage('tolong'), { type: 'text', text: 'tolong' }],
    ['a location', locationMessage(-6.75, 111.03), { type: 'location', lat: -6.75, lon: 111.03 }],
    [
      'a disappearing message',
      waMessage({ ephemeralMessage: { message: { conversation: 'rahasia' } } }),
      { type: 'text', text: 'rahasia' },
    ],
  ])('should map %s', (_, message, input) => {
    expect(mapBaileysMessage(message).inbound.map((m) => m.input)).toEqual([input]);
  });

  it('should map an image to a media input with its download reference, then its caption', () => {
    const message = imageMessage('ini buktinya', { id: 'IMG1' });
    const { inbound } = mapBaileysMessage(message);
    expect(inbound.map((m) => m.input)).toEqual([
      { type: 'media', kind: 'image', mediaId: 'whatsapp_baileys:IMG1' },
      { type: 'text', text: 'ini buktinya' },
    ]);
    expect(inbound[0]?.media?.declaredSize).toBe(1950);
    expect(JSON.parse(inbound[0]!.media!.ref)).toMatchObject({
      kind: 'image',
      directPath: message.message?.imageMessage?.directPath,
      mediaKey: Buffer.alloc(32, 2).toString('base64'),
    });
  });

  it.each([
    ['our own message', textMessage('x', { fromMe: true }), 'from_me'],
    ['a group message', textMessage('x', { remoteJid: '120363025246125486@g.us' }), 'not_private'],
    ['a status update', textMessage('x', { remoteJid: 'status@broadcast' }), 'not_private'],
    ['a reaction', reactionMessage(), 'reaction'],
    [
      'a contact card',
      waMessage({ contactMessage: { displayName: 'Budi', vcard: 'BEGIN:VCARD' } }),
      'contacts',
    ],
  ])('should ignore %s', (_, message, reason) => {
    expect(mapBaileysMessage(message)).toEqual({ inbound: [], ignored: reason });
  });
});
