/** Drawing a new case reference and its PIN; how references are read back is engine/case-reference-text.ts. */
import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from '../engine/case-reference-text.js';

/** A short case reference like "K7M-4PX": 21^6 ≈ 86 million, checked for uniqueness by the caller. */
export function randomCaseReference(random: (max: number) => number = (max) => randomInt(max)): string {
  let ref = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) ref += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${ref.slice(0, 3)}-${ref.slice(3)}`;
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
