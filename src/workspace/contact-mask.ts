/**
 * Contact details hidden from what officers read of a conversation: a reporter's words reach an
 * officer through the bot "without your number", and the timeline keeps that promise both ways — a
 * phone number or e-mail address typed into a message shows as a placeholder. The placeholders are
 * the page's words (workspace:timeline.masked_*).
 */

/**
 * A phone number as Indonesians write one: +62, 62 or 0, then at least 7 more digits, with spaces,
 * dots or dashes between groups. A date (2026-12-06) or a case reference (K7M-4PX) does not start so.
 */
const PHONE = /(?<![\w+])(?:\+62|62|0)(?:[\s.-]?\d){7,13}(?!\d)/g;
/** Any address with an @ between a name and a dotted domain. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export interface MaskWords {
  phone: string;
  email: string;
}

export function maskContacts(text: string, words: MaskWords): string {
  return text.replace(EMAIL, words.email).replace(PHONE, words.phone);
}
