/**
 * How much text the hotline takes. A longer message is kept up to the cap and the reporter is told
 * what was cut (common:text_limit), never silently dropped; both caps bound what one client can make
 * the worker read, and what an officer is handed at a claim.
 */

/** Telegram's own limit for one message; the other channels are held to the same. */
export const MAX_MESSAGE_CHARS = 4_096;
/** A case's story and notes together; far beyond any report, small enough to read at a claim. */
export const MAX_CASE_TEXT_CHARS = 32_768;
