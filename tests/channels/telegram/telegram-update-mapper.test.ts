import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { mapTelegramUpdate, updateIdOf } from '../../../src/channels/telegram/telegram-update-mapper.js';
import {
  editedTextUpdate,
  groupTextUpdate,
  locationUpdate,
  photoUpdate,
  textUpdate,
  voiceUpdate,
} from '../../support/telegram-updates.js';

const CHAT = 42;

describe('mapTelegramUpdate', () => {
  it('should map a private text to a text input keyed by update_id, with the chat as user and address', () => {
    expect(mapTelegramUpdate(textUpdate(7, CHAT, 'halo'))).toEqual({
      inbound: [
        {
          channel: 'telegram',
          externalId: 'update:7',
          userId: '42',
          address: '42',
          input: { type: 'text', text: 'halo' },
          languageHint: 'id',
        },
      ],
    });
  });

  it.each([
    ['/hapus', '/hapus'],
    ['/start', '/start'],
    ['/start@hotline_bot', '/start@hotline_bot'],
    ['/start kampanye-2026', '/start'],
    ['/bantuan', '/bantuan'],
  ])('should pass the command %s through as text %s', (text, expected) => {
    expect(mapTelegramUpdate(textUpdate(1, CHAT, text)).inbound[0]?.input).toEqual({
      type: 'text',
      text: expected,
    });
  });

  it('should map an edited text as a new text and ignore an edit without text', () => {
    expect(mapTelegramUpdate(editedTextUpdate(8, CHAT, 'ralat')).inbound[0]?.input).toEqual({
      type: 'text',
      text: 'ralat',
    });
    const liveLocation = { update_id: 9, edited_message: locationUpdate(9, CHAT, 1, 2).message } as Update;
    expect(mapTelegramUpdate(liveLocation)).toEqual({ inbound: [], ignored: 'edit_without_text' });
  });

  it('should map the largest photo size to an image with its file id kept for the download', () => {
    const [media] = mapTelegramUpdate(photoUpdate(10, CHAT, 'big')).inbound;
    expect(media?.input).toEqual({ type: 'media', kind: 'image', mediaId: 'telegram:10:big-u' });
    expect(media?.media).toEqual({ ref: 'big', declaredSize: 2_048 });
  });

  it('should map a voice note to audio and a caption to a second text message', () => {
    expect(mapTelegramUpdate(voiceUpdate(11, CHAT, 'v1', 900)).inbound[0]?.input).toMatchObject({
      type: 'media',
      kind: 'audio',
    });
    const captioned = mapTelegramUpdate(photoUpdate(12, CHAT, 'p', 'lihat ini')).inbound;
    expect(captioned.map((m) => [m.externalId, m.input.type])).toEqual([
      ['update:12', 'media'],
      ['update:12:caption', 'text'],
    ]);
  });

  it.each([
    ['a group message', groupTextUpdate(13, CHAT, 'halo'), 'not_private'],
    [
      'a sticker',
      { update_id: 14, message: { ...textUpdate(14, CHAT, 'x').message, text: undefined, sticker: {} } },
      'unsupported_message',
    ],
    ['a poll', { update_id: 15, poll: { id: 'p' } }, 'unsupported_update'],
    [
      'a message from a bot',
      { update_id: 16, message: { ...textUpdate(16, CHAT, 'x').message, from: { id: 1, is_bot: true } } },
      'from_bot',
    ],
    ['a message without a chat', { update_id: 17, message: { text: 'x' } }, 'malformed'],
  ])('should ignore %s', (_, update, reason) => {
    expect(mapTelegramUpdate(update as Update)).toEqual({ inbound: [], ignored: reason });
  });

  it.each([
    [{ update_id: 5 }, 5],
    [{ update_id: -1 }, undefined],
    [{ update_id: 1.5 }, undefined],
    [{ update_id: '5' }, undefined],
    [[], undefined],
    [null, undefined],
  ])('should read update_id from %j as %s', (body, expected) => {
    expect(updateIdOf(body)).toBe(expected);
  });
});

describe('mapTelegramUpdate with a pressed button', () => {
  const pressed = (inline_keyboard: unknown) =>
    ({
      update_id: 900,
      callback_query: {
        id: 'q1',
        from: { id: CHAT, is_bot: false, first_name: 'A' },
        chat_instance: 'c',
        data: 'yes',
        message: {
          message_id: 7,
          date: 1,
          chat: { id: CHAT, type: 'private', first_name: 'A' },
          text: 'Setuju?',
          reply_markup: { inline_keyboard },
        },
      },
    }) as unknown as Update;

  it('should show the pressed label when the keyboard is well formed', () => {
    const mapping = mapTelegramUpdate(pressed([[{ text: 'Ya', callback_data: 'yes' }]]));
    expect(mapping.inbound[0]?.input).toEqual({ type: 'choice', optionId: 'yes' });
    expect(mapping.callback?.label).toBe('Ya');
  });

  it.each([
    ['not an array', 'x'],
    ['rows of junk', [null, 3, ['a']]],
  ])('should still take the choice when the keyboard is %s', (_, keyboard) => {
    const mapping = mapTelegramUpdate(pressed(keyboard));
    expect(mapping.inbound[0]?.input).toEqual({ type: 'choice', optionId: 'yes' });
    expect(mapping.callback?.label).toBeUndefined();
  });
});
