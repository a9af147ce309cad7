import type { OutboundMessage } from './channel-contract.js';

/**
 * A message's text with its choices as a numbered list below it, for channels (or moments) without
 * buttons; a typed number is understood by the choice matcher.
 */
export function withNumberedOptions(message: OutboundMessage): string {
  if (!message.options?.length) return message.text;
  return `${message.text}\n\n${message.options.map((o, i) => `${i + 1}. ${o.label}`).join('\n')}`;
}
