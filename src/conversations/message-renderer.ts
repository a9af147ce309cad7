import type { i18n } from 'i18next';
import type { Language, Message } from '../engine/types.js';
import type { OutboundMessage } from './messages.js';

/** Turns the engine's i18n keys into the text a reporter reads, in the conversation's language. */
export function renderMessage(t: i18n, message: Message, lang: Language): OutboundMessage {
  const text = message.keys.map((key) => t.t(key, { lng: lang, ...message.params })).join('\n\n');
  const options = message.options?.map((o) => ({ id: o.id, label: t.t(o.labelKey, { lng: lang }) }));
  return options ? { text, options } : { text };
}
