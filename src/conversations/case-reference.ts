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

/** Three and three reference characters, apart or joined by a space, dash, underscore or dot. */
const REFERENCE_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])[${REFERENCE_ALPHABET}]{3}[\\s\\-_.]?[${REFERENCE_ALPHABET}]{3}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A reference in what a reporter writes: the whole message ("vp4 xgt"), or inside a sentence in any
 * language ("kula badhe nyuwun pirsa laporan VP4-XGT"). Candidates only: the caller looks them up.
 */
export function findCaseReferences(text: string): string[] {
  const whole = normalizeCaseReference(text.trim());
  if (whole) return [whole];
  return [...text.matchAll(REFERENCE_IN_TEXT)].flatMap((m) => normalizeCaseReference(m[0]) ?? []);
}

/**
 * The references a message clearly means: the whole message, or one inside a sentence that has a
 * digit. Chat shorthand ("tdk dgn", "TKW HKG") has the same letters, and a reference typed from
 * another chat is answered the same whether it exists or not, so only these divert a story.
 */
export function clearCaseReferences(text: string): string[] {
  const whole = normalizeCaseReference(text.trim());
  if (whole) return [whole];
  return findCaseReferences(text).filter((reference) => /\d/.test(reference));
}

/** Accepts what a reporter types back: any case, with or without spaces and dashes. */
export function normalizeCaseReference(text: string): string | undefined {
  const cleaned = text.toUpperCase().replace(/[\s\-_.]/g, '');
  if (cleaned.length !== REFERENCE_LENGTH) return undefined;
  if ([...cleaned].some((c) => !REFERENCE_ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 3)}-${cleaned.slice(3)}`;
}

/** flows/hotline/hotline-reading.ts reads a PIN of this length back. */
const PIN_LENGTH = 6;

/**
 * The PIN shown once with a new case's reference: six digits, 1 in a million, and a few tries per
 * window (reference-guard.ts) make guessing it from another phone hopeless.
 */
export function randomCasePin(random: (max: number) => number = (max) => randomInt(max)): string {
  let pin = '';
  for (let i = 0; i < PIN_LENGTH; i++) pin += String(random(10));
  return pin;
}
