/**
 * Our texts mark emphasis like WhatsApp does (`*bold*`). Telegram gets HTML: the markers become
 * `<b>`, everything else is escaped, so a reporter's words or an office name can never inject markup.
 */

/** Telegram refuses a message whose text is longer than this (after entity parsing). */
export const TELEGRAM_MAX_TEXT = 4096;

/** A `*bold*` span: no space just inside the markers, and never across a line. */
const BOLD = /\*([^\s*](?:[^*\n]*[^\s*])?)\*/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** `*bold*` → `<b>bold</b>`; every other character is escaped for parse_mode HTML. */
export function toTelegramHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(BOLD)) {
    html += `${escapeHtml(text.slice(last, match.index))}<b>${escapeHtml(match[1] ?? '')}</b>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** The same text without markers, for the plain-text fallback. */
export function stripMarkers(text: string): string {
  return text.replace(BOLD, '$1');
}

/**
 * Splits a text into parts Telegram accepts, preferring paragraph, then line, then word breaks.
 * Markers are removed and entities count as one character when Telegram measures, so a raw part of
 * at most `max` characters is never too long once rendered.
 */
export function splitTelegramText(text: string, max = TELEGRAM_MAX_TEXT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (window.lastIndexOf('\n\n') > max / 2) cut = window.lastIndexOf('\n\n');
    else if (window.lastIndexOf('\n') > max / 2) cut = window.lastIndexOf('\n');
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
