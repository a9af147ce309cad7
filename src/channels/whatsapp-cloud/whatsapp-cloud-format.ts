/**
 * An OutboundMessage → the Cloud API message bodies that carry it, within WhatsApp's limits.
 * Choices become reply buttons (up to 3 short labels), else a list (up to 10 rows), else numbered
 * text — a typed number is understood by the choice matcher. Our `*bold*` markers are WhatsApp's own.
 * Limits: developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages
 */
import type { OutboundMessage } from '../../conversations/channel-contract.js';
import { withNumberedOptions } from '../../conversations/numbered-options.js';
import { splitText } from '../../conversations/message-parts.js';

/** A text message's body limit. */
export const MAX_TEXT = 4096;
/** An interactive message's body limit. */
export const MAX_INTERACTIVE_BODY = 1024;
export const MAX_BUTTONS = 3;
export const MAX_BUTTON_TITLE = 20;
export const MAX_LIST_ROWS = 10;
export const MAX_ROW_TITLE = 24;
export const MAX_ROW_DESCRIPTION = 72;
/** Button and row ids come back in the reply; Meta caps them at 256 characters. */
const MAX_REPLY_ID = 256;
/** The label of the button that opens a list (≤ 20 characters); both languages, no i18n here. */
export const LIST_BUTTON_LABEL = 'Pilih / Choose';

export type CloudMessageBody = Record<string, unknown>;

export function renderCloudMessage(message: OutboundMessage): CloudMessageBody[] {
  const options = (message.options ?? []).filter((o) => o.id.length <= MAX_REPLY_ID);
  if (options.length === 0 || options.length !== (message.options ?? []).length)
    return textBodies(withNumberedOptions(message));
  const interactive = interactiveOf(options);
  if (!interactive) return textBodies(withNumberedOptions(message));
  // The choices go with the last paragraphs that fit an interactive body; earlier ones go before as text.
  const [head, tail] = splitTail(message.text, MAX_INTERACTIVE_BODY);
  if (tail === '') return textBodies(withNumberedOptions(message));
  return [
    ...(head === '' ? [] : textBodies(head)),
    { type: 'interactive', interactive: { ...interactive, body: { text: tail } } },
  ];
}

function interactiveOf(options: { id: string; label: string }[]): CloudMessageBody | undefined {
  if (options.length <= MAX_BUTTONS && options.every((o) => o.label.length <= MAX_BUTTON_TITLE)) {
    return {
      type: 'button',
      action: {
        buttons: options.map((o) => ({ type: 'reply', reply: { id: o.id, title: o.label } })),
      },
    };
  }
  if (options.length > MAX_LIST_ROWS || options.some((o) => o.label.length > MAX_ROW_DESCRIPTION))
    return undefined;
  return {
    type: 'list',
    action: {
      button: LIST_BUTTON_LABEL,
      sections: [
        {
          rows: options.map((o) =>
            o.label.length <= MAX_ROW_TITLE
              ? { id: o.id, title: o.label }
              : // A long label: the row shows its start, the description the whole of it.
                { id: o.id, title: `${o.label.slice(0, MAX_ROW_TITLE - 1)}…`, description: o.label },
          ),
        },
      ],
    },
  };
}

function textBodies(text: string): CloudMessageBody[] {
  return splitText(text, MAX_TEXT).map((body) => ({ type: 'text', text: { body, preview_url: false } }));
}

/** Splits before the last paragraphs that together fit `max`; tail is '' when not even one does. */
export function splitTail(text: string, max: number): [string, string] {
  if (text.length <= max) return ['', text];
  const paragraphs = text.split('\n\n');
  let tail = '';
  let at = paragraphs.length;
  while (at > 0) {
    const next = tail === '' ? paragraphs[at - 1]! : `${paragraphs[at - 1]}\n\n${tail}`;
    if (next.length > max) break;
    tail = next;
    at -= 1;
  }
  return [paragraphs.slice(0, at).join('\n\n'), tail];
}

/**
 * A template's body parameter: WhatsApp refuses new lines, tabs and runs of more than four spaces
 * there, and long parameters; the message becomes one line, cut at `max`.
 */
export function templateParameter(message: OutboundMessage, max: number): string {
  const flat = withNumberedOptions(message)
    .replace(/\s*\n+\s*/g, ' · ')
    .replace(/[\t ]{2,}/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
