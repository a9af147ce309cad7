/**
 * How case references are written and read back: the alphabet, and finding one in what a person
 * types. Pure text rules, shared by the flows' services, the conversations and the officers' desk;
 * drawing a new reference (randomness) is src/conversations/case-reference.ts.
 */

/**
 * Letters and digits that cannot be mistaken for one another when read aloud or typed from a
 * phone screen: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, and no vowels that spell words.
 */
export const REFERENCE_ALPHABET = 'CDFGHJKMNPRTVWXY34679';
export const REFERENCE_LENGTH = 6;

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

/**
 * One word written as a reference, not a word that happens to have six letters ("Apakah"): with
 * its separator ("RRM-JXR", "RRM_JXR") or with a digit ("VP4XGT"); a trailing ":" or "," allowed.
 * Officers start a message with one to name its case.
 */
export function isWrittenReference(word: string): boolean {
  const bare = word.replace(/[:,]$/, '');
  if (normalizeCaseReference(bare) === undefined) return false;
  return /^.{3}[-_.].{3}$/.test(bare) || /\d/.test(bare);
}

/** Accepts what a reporter types back: any case, with or without spaces and dashes. */
export function normalizeCaseReference(text: string): string | undefined {
  const cleaned = text.toUpperCase().replace(/[\s\-_.]/g, '');
  if (cleaned.length !== REFERENCE_LENGTH) return undefined;
  if ([...cleaned].some((c) => !REFERENCE_ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 3)}-${cleaned.slice(3)}`;
}

/**
 * The text without the references in it: what says something about its writer (its language). A
 * bare reference says nothing; "7MY-H7P" read as English ("my") once in every 600 or so.
 */
export function withoutCaseReferences(text: string): string {
  const whole = normalizeCaseReference(text.trim());
  if (whole) return '';
  return text.replace(REFERENCE_IN_TEXT, ' ').replace(/\s+/g, ' ').trim();
}
