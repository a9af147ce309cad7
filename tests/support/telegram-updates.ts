/**
 * Builds Telegram updates the way the Bot API sends them, for webhook and polling tests and the
 * benchmark. Each builder takes the update_id so a test can repeat a delivery on purpose.
 */
import type { Message, Update } from 'grammy/types';

const DATE = 1_767_582_000;

function privateMessage(chatId: number, fields: Partial<Message>): Message {
  return {
    message_id: Math.floor(Math.random() * 1e6),
    date: DATE,
    chat: { id: chatId, type: 'private', first_name: 'Pelapor' },
    from: { id: chatId, is_bot: false, first_name: 'Pelapor', language_code: 'id' },
    ...fields,
  } as Message;
}

export function textUpdate(updateId: number, chatId: number, text: string): Update {
  return { update_id: updateId, message: privateMessage(chatId, { text }) } as Update;
}

export function editedTextUpdate(updateId: number, chatId: number, text: string): Update {
  return {
    update_id: updateId,
    edited_message: privateMessage(chatId, { text, edit_date: DATE + 5 }),
  } as Update;
}

export function groupTextUpdate(updateId: number, chatId: number, text: string): Update {
  const message = privateMessage(chatId, { text });
  return {
    update_id: updateId,
    message: { ...message, chat: { id: -1_001_234, type: 'supergroup', title: 'Grup' } },
  } as Update;
}

export function locationUpdate(updateId: number, chatId: number, lat: number, lon: number): Update {
  return {
    update_id: updateId,
    message: privateMessage(chatId, { location: { latitude: lat, longitude: lon } }),
  } as Update;
}

export function venueUpdate(updateId: number, chatId: number, lat: number, lon: number): Update {
  const location = { latitude: lat, longitude: lon };
  return {
    update_id: updateId,
    message: privateMessage(chatId, {
      location,
      venue: { location, title: 'Kantor', address: 'Jl. Contoh 1' },
    }),
  } as Update;
}

export function photoUpdate(updateId: number, chatId: number, fileId: string, caption?: string): Update {
  const photo = [
    { file_id: `${fileId}-small`, file_unique_id: `${fileId}-s`, width: 90, height: 90, file_size: 1_000 },
    { file_id: fileId, file_unique_id: `${fileId}-u`, width: 800, height: 800, file_size: 2_048 },
  ];
  return {
    update_id: updateId,
    message: privateMessage(chatId, { photo, ...(caption ? { caption } : {}) }),
  } as Update;
}

export function voiceUpdate(updateId: number, chatId: number, fileId: string, size: number): Update {
  return {
    update_id: updateId,
    message: privateMessage(chatId, {
      voice: { file_id: fileId, file_unique_id: `${fileId}-u`, duration: 3, file_size: size },
    }),
  } as Update;
}

/** A press on an inline button of the bot's message `sent` (as the fake API recorded it). */
export function callbackUpdate(
  updateId: number,
  chatId: number,
  data: string,
  sent: { message_id: number; text: string; options: { id: string; label: string }[] },
): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq-${updateId}`,
      from: { id: chatId, is_bot: false, first_name: 'Pelapor', language_code: 'id' },
      chat_instance: 'ci-1',
      data,
      message: {
        message_id: sent.message_id,
        date: DATE,
        chat: { id: chatId, type: 'private', first_name: 'Pelapor' },
        text: sent.text,
        reply_markup: { inline_keyboard: sent.options.map((o) => [{ text: o.label, callback_data: o.id }]) },
      },
    },
  } as Update;
}
