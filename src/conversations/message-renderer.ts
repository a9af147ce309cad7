import type { i18n } from 'i18next';
import type { Language, Message, MessageParams } from '../engine/types.js';
import type { OutboundMessage } from './messages.js';

/** Turns the engine's i18n keys into the text a reporter reads, in the conversation's language. */
export function renderMessage(t: i18n, message: Message, lang: Language): OutboundMessage {
  let text = '';
  for (const part of message.keys) {
    const { key, params, line } =
      typeof part === 'string' ? { key: part, params: undefined, line: false } : part;
    const rendered = t.t(key, { lng: lang, ...resolveParams(t, lang, { ...message.params, ...params }) });
    text += text === '' ? rendered : `${line ? '\n' : '\n\n'}${rendered}`;
  }
  const options = message.options?.map((o) => ({
    id: o.id,
    label: o.label ?? t.t(o.labelKey ?? o.id, { lng: lang }),
  }));
  return options ? { text, options } : { text };
}

function resolveParams(t: i18n, lang: Language, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'object' ? value.keys.map((k) => t.t(k, { lng: lang })).join(' + ') : value;
  }
  return out;
}
