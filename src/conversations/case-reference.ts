import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another when read aloud or typed from a
 * phone screen: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, and no vowels that spell words.
 */
const REFERENCE_ALPHABET = 'CDFGHJKMNPRTVWXY34679';
const REFERENCE_LENGTH = 6;

/** A short case reference like "K7M-4PX": 21^6 ≈ 86 million, checked for uniqueness by the caller. */
export function randomCaseReference(random: (max: number) => number = (max) => randomInt(max)): string {
  let ref = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) ref += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${ref.slice(0, 3)}-${ref.slice(3)}`;
}

/** Accepts what a reporter types back: any case, with or without spaces and dashes. */
export function normalizeCaseReference(text: string): string | undefined {
  const cleaned = text.toUpperCase().replace(/[\s\-_.]/g, '');
  if (cleaned.length !== REFERENCE_LENGTH) return undefined;
  if ([...cleaned].some((c) => !REFERENCE_ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 3)}-${cleaned.slice(3)}`;
}
