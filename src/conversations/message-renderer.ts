import type { i18n } from 'i18next';
import type { Language, Message, MessageParams } from '../engine/types.js';
import type { OutboundMessage } from './channel-contract.js';

/**
 * Texts of keys rendered without parameters, per translator and language: most of a reply is fixed
 * text, and i18next's lookup, nesting and interpolation pass cost more than the rest of rendering.
 * Emptied whenever the translator's resources change, so a cached text is never stale.
 */
const fixedTexts = new WeakMap<i18n, Map<string, string>>();

function fixedTextsOf(t: i18n): Map<string, string> {
  let cache = fixedTexts.get(t);
  if (!cache) {
    const created = new Map<string, string>();
    const clear = () => created.clear();
    t.store?.on('added', clear);
    t.store?.on('removed', clear);
    t.on('loaded', clear);
    fixedTexts.set(t, created);
    cache = created;
  }
  return cache;
}

/** `t(key, { lng })`, remembered per language. */
function fixed(t: i18n, key: string, lang: Language): string {
  const cache = fixedTextsOf(t);
  const id = `${lang}\u0000${key}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = t.t(key, { lng: lang });
    cache.set(id, text);
  }
  return text;
}

/** Messages a channel may show apart (OutboundMessage.kind), by the key they start with. */
const KINDS: Record<string, NonNullable<OutboundMessage['kind']>> = {
  'common:emergency': 'emergency',
  'common:delete.done': 'erased',
  'common:exit': 'left',
};

/** Turns the engine's i18n keys into the text a reporter reads, in the conversation's language. */
export function renderMessage(t: i18n, message: Message, lang: Language): OutboundMessage {
  let text = '';
  let kind: OutboundMessage['kind'];
  for (const part of message.keys) {
    const { key, params, line } =
      typeof part === 'string' ? { key: part, params: undefined, line: false } : part;
    if (text === '') kind = KINDS[key];
    const rendered =
      message.params === undefined && params === undefined
        ? fixed(t, key, lang)
        : t.t(key, { lng: lang, ...resolveParams(t, lang, { ...message.params, ...params }) });
    text += text === '' ? rendered : `${line ? '\n' : '\n\n'}${rendered}`;
  }
  const options = message.options?.map((o) => ({
    id: o.id,
    label: o.label ?? fixed(t, o.labelKey ?? o.id, lang),
  }));
  return { text, ...(options ? { options } : {}), ...(kind ? { kind } : {}) };
}

function resolveParams(t: i18n, lang: Language, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'object' ? value.keys.map((k) => fixed(t, k, lang)).join(' + ') : value;
  }
  return out;
}
