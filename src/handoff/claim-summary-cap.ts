/**
 * How much of the reporter's words a claim summary carries. A story of a megabyte once became more
 * than a thousand messages to one officer; the summary now stays about two messages long, and says
 * how much it leaves out (everything stays stored with the case).
 */

/** About one and a half Telegram messages of the reporter's words. */
export const SUMMARY_MAX_CHARS = 6_000;
/** The story and the first notes after it. */
export const SUMMARY_MAX_PARTS = 20;

/** The story and notes that fit, joined by lines; `left` counts what is cut or left out. */
export function capStory(parts: string[]): { story: string; cut: boolean; left: number } {
  const shown: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (shown.length >= SUMMARY_MAX_PARTS || length + part.length > SUMMARY_MAX_CHARS) break;
    shown.push(part);
    length += part.length + 1;
  }
  if (shown.length === 0 && parts.length > 0) {
    // One part longer than the cap on its own: its beginning, marked as cut.
    return { story: `${parts[0]!.slice(0, SUMMARY_MAX_CHARS)}…`, cut: true, left: parts.length - 1 };
  }
  const left = parts.length - shown.length;
  return { story: shown.join('\n'), cut: left > 0, left };
}
