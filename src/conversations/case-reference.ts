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

/** Accepts what a reporter types back: any case, with or without spaces and dashes. */
export function normalizeCaseReference(text: string): string | undefined {
  const cleaned = text.toUpperCase().replace(/[\s\-_.]/g, '');
  if (cleaned.length !== REFERENCE_LENGTH) return undefined;
  if ([...cleaned].some((c) => !REFERENCE_ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 3)}-${cleaned.slice(3)}`;
}
