/**
 * Contact details hidden from what officers read of a conversation: a reporter's words reach an
 * officer through the bot "without your number", and the timeline keeps that promise both ways — a
 * phone number or e-mail address typed into a message shows as a placeholder. The placeholders are
 * the page's words (workspace:timeline.masked_*). So does the case PIN the bot showed the reporter.
 */

/**
 * A phone number as Indonesians write one: +62, 62 or 0, then at least 7 more digits, with spaces,
 * dots or dashes between groups. A date (2026-12-06) or a case reference (K7M-4PX) does not start so.
 */
const PHONE = /(?<![\w+])(?:\+62|62|0)(?:[\s.-]?\d){7,13}(?!\d)/g;
/** Any address with an @ between a name and a dotted domain. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * The case PIN the bot showed the reporter once ("PIN laporan: *123456*", hotline:closing_pin in
 * every language): it is stored only as a hash, and an officer never needs it.
 */
const PIN = /(PIN[^*\n\d]{0,24}:\s*\*?)\d{4,8}/g;

export interface MaskWords {
  phone: string;
  email: string;
  pin: string;
}

export function maskContacts(text: string, words: MaskWords): string {
  return text
    .replace(PIN, (_, label: string) => `${label}${words.pin}`)
    .replace(EMAIL, words.email)
    .replace(PHONE, words.phone);
}

/**
 * What an officer who asked to see them reads (audited as `contacts_revealed`): the numbers and
 * addresses the reporter typed to be called back on (the chat relay shows them too), never the PIN.
 */
export function maskPinOnly(text: string, words: MaskWords): string {
  return text.replace(PIN, (_, label: string) => `${label}${words.pin}`);
}
