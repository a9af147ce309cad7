/**
 * Telegram `Update` → the normalized inbound messages the pipeline stores. Pure: no I/O, no clock.
 * Updates arrive from the network, so every field used is checked at run time, not trusted to the
 * type. The bot is for private chats: messages in groups and channels are ignored.
 */
import type { CallbackQuery, Message, MessageEntity, Update } from 'grammy/types';
import type { InboundMessage } from '../../conversations/channel-contract.js';
import type { Input, MediaKind } from '../../engine/types.js';

/** A pressed inline button: answered (the spinner stops) and shown in its message. */
export interface PressedButton {
  queryId: string;
  /** Absent when the button's message is too old for Telegram to show us. */
  message?: { chatId: number; messageId: number; text: string; entities: MessageEntity[] };
  /** The pressed button's text, to show what was chosen. */
  label?: string;
}

export interface TelegramUpdateMapping {
  /** What to store, in order: none, one, or a file and then its caption. */
  inbound: InboundMessage[];
  callback?: PressedButton;
  /** Why nothing was stored, for a debug log line (a reason code, never content). */
  ignored?: string;
}

/** The `update_id` of a parsed JSON body, or undefined when it is not a Telegram update at all. */
export function updateIdOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const id = (body as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

export function mapTelegramUpdate(update: Update): TelegramUpdateMapping {
  // Typed as an Update, but it is whatever the network sent (a fuzz test found `null` throwing).
  if (typeof update !== 'object' || update === null) return { inbound: [], ignored: 'malformed' };
  if (update.message) return fromMessage(update.update_id, update.message, false);
  if (update.edited_message) return fromMessage(update.update_id, update.edited_message, true);
  if (update.callback_query) return fromCallback(update.update_id, update.callback_query);
  return { inbound: [], ignored: 'unsupported_update' };
}

// === Messages

function fromMessage(updateId: number, message: Message, edited: boolean): TelegramUpdateMapping {
  const chat = message?.chat;
  if (typeof chat?.id !== 'number') return { inbound: [], ignored: 'malformed' };
  if (chat.type !== 'private') return { inbound: [], ignored: 'not_private' };
  if (message.from?.is_bot) return { inbound: [], ignored: 'from_bot' };
  const base = {
    channel: 'telegram' as const,
    userId: String(chat.id),
    address: String(chat.id),
    ...(typeof message.from?.language_code === 'string' ? { languageHint: message.from.language_code } : {}),
  };
  const externalId = `update:${updateId}`;
  const text = typeof message.text === 'string' ? message.text : undefined;
  const caption =
    typeof message.caption === 'string' && message.caption.trim() !== '' ? message.caption : undefined;

  if (text !== undefined) return { inbound: [{ ...base, externalId, input: textInput(text) }] };
  // An edit re-sends the whole message; only a corrected caption is news (a live location's moves are not).
  if (edited)
    return caption
      ? { inbound: [{ ...base, externalId, input: textInput(caption) }] }
      : { inbound: [], ignored: 'edit_without_text' };

  const place = message.venue?.location ?? message.location;
  if (place) {
    const { latitude: lat, longitude: lon } = place;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return { inbound: [], ignored: 'malformed' };
    return { inbound: [{ ...base, externalId, input: { type: 'location', lat, lon } }] };
  }

  const file = fileOf(message);
  if (!file) return { inbound: [], ignored: 'unsupported_message' };
  const media: InboundMessage = {
    ...base,
    externalId,
    input: { type: 'media', kind: file.kind, mediaId: `telegram:${updateId}:${file.uniqueId}` },
    media: { ref: file.fileId, ...(file.size !== undefined ? { declaredSize: file.size } : {}) },
  };
  // A caption often carries the story itself: it follows the file as its own text message.
  return {
    inbound: caption
      ? [media, { ...base, externalId: `${externalId}:caption`, input: textInput(caption) }]
      : [media],
  };
}

/** Commands pass through as text (the engine knows "/hapus" in every locale); a deep-link payload is dropped. */
function textInput(text: string): Input {
  const deepLink = /^\/start(@\w+)?\s+\S+$/.exec(text.trim());
  return { type: 'text', text: deepLink ? '/start' : text };
}

interface FileRef {
  kind: MediaKind;
  fileId: string;
  uniqueId: string;
  size: number | undefined;
}

function fileOf(message: Message): FileRef | undefined {
  // Telegram lists a photo's sizes smallest first; the last is the original.
  const photo = Array.isArray(message.photo) ? message.photo.at(-1) : undefined;
  const candidates: [
    MediaKind,
    { file_id?: unknown; file_unique_id?: unknown; file_size?: unknown } | undefined,
  ][] = [
    ['image', photo],
    ['audio', message.voice],
    ['audio', message.audio],
    ['video', message.video],
    ['video', message.video_note],
    ['video', message.animation],
    ['document', message.document],
  ];
  for (const [kind, file] of candidates) {
    if (typeof file?.file_id === 'string' && typeof file.file_unique_id === 'string') {
      return {
        kind,
        fileId: file.file_id,
        uniqueId: file.file_unique_id,
        size: typeof file.file_size === 'number' ? file.file_size : undefined,
      };
    }
  }
  return undefined;
}

// === Inline keyboard presses

function fromCallback(updateId: number, query: CallbackQuery): TelegramUpdateMapping {
  if (typeof query?.id !== 'string') return { inbound: [], ignored: 'malformed' };
  const message = query.message;
  const chat = message?.chat;
  const callback: PressedButton = { queryId: query.id };
  // Buttons of inline-mode messages have no chat here; the bot never sends those.
  if (typeof chat?.id !== 'number') return { inbound: [], callback, ignored: 'no_chat' };
  if (chat.type !== 'private') return { inbound: [], callback, ignored: 'not_private' };
  const data = typeof query.data === 'string' ? query.data : undefined;
  if (data === undefined || data === '') return { inbound: [], callback, ignored: 'no_data' };

  // An inaccessible (too old) message has date 0 and no text.
  if (message && message.date !== 0 && 'text' in message && typeof message.text === 'string') {
    callback.message = {
      chatId: chat.id,
      messageId: message.message_id,
      text: message.text,
      entities: Array.isArray(message.entities) ? message.entities : [],
    };
    // The keyboard is only read to show the choice; a malformed one must not fail the update.
    const keyboard: unknown = message.reply_markup?.inline_keyboard;
    const buttons = Array.isArray(keyboard) ? keyboard.flat() : [];
    const pressed = buttons.find(
      (b): b is { text: string; callback_data: string } =>
        typeof b === 'object' && b !== null && (b as { callback_data?: unknown }).callback_data === data,
    );
    if (typeof pressed?.text === 'string') callback.label = pressed.text;
  }
  return {
    inbound: [
      {
        channel: 'telegram',
        externalId: `update:${updateId}`,
        userId: String(chat.id),
        address: String(chat.id),
        input: { type: 'choice', optionId: data },
        ...(typeof query.from?.language_code === 'string' ? { languageHint: query.from.language_code } : {}),
      },
    ],
    callback,
  };
}
