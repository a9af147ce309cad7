/**
 * What one queued message becomes on a platform: Telegram and WhatsApp refuse a text over 4,096
 * characters, so a longer one is queued as several outbox rows, each one platform message, sent and
 * retried on its own (a failure on part 40 never repeats parts 1–39, and no send outlives its lease).
 */
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';
import { type OutboundMessage, PLATFORM_CHANNELS } from './channel-contract.js';

/** Channels whose platform caps a message; the web chat and the terminal show any length. */
const CAPPED_CHANNELS: ReadonlySet<string> = new Set(PLATFORM_CHANNELS);

/** The rows one message is queued as: the choices go with the last part, under the question. */
export function splitForChannel(channel: string, payload: unknown): unknown[] {
  if (!CAPPED_CHANNELS.has(channel)) return [payload];
  const message = payload as OutboundMessage;
  if (typeof message?.text !== 'string' || message.text.length <= MAX_MESSAGE_CHARS) return [payload];
  const texts = splitText(message.text, MAX_MESSAGE_CHARS);
  return texts.map((text, i) =>
    i === texts.length - 1 && message.options ? { text, options: message.options } : { text },
  );
}

/** Splits at paragraph, then line, then word breaks so no part is over `max` characters. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = isHighSurrogate(rest.charCodeAt(max - 1)) ? max - 1 : max; // never halve an emoji
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
