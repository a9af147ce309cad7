import type { MessageReading } from '../read.js';
import { forEachPart, PART_NAMES } from './parts.js';

/**
 * The features of the learned second opinion, one index space of yes/no features:
 * - character 3- to 5-grams of the lower-cased text (letters, digits and apostrophes; everything
 *   else a space), hashed into BUCKETS buckets so the model file stays small whatever the
 *   vocabulary;
 * - word unigrams and bigrams of the normalised tokens (shorthand expanded), hashed into
 *   WORD_BUCKETS buckets after those;
 * - the rule layer's parts (parts.ts), one index each after those.
 * Each feature counts once per message.
 */
export const BUCKETS = 1 << 14;
export const WORD_BUCKETS = 1 << 13;
export const FEATURES = BUCKETS + WORD_BUCKETS + PART_NAMES.length;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// A different start for word hashes, so a word and a character gram that happen to hash alike
// still land in different buckets of their own ranges.
const WORD_OFFSET = 0x9e3779b9;

// Which buckets this text has visited already, by a stamp per call: no set to allocate.
const stamps = new Uint32Array(BUCKETS);
let stamp = 0;
const wordStamps = new Uint32Array(WORD_BUCKETS);
let wordStamp = 0;

/** Calls `visit` once for each distinct bucket the text's character n-grams fall into. */
export function forEachBucket(text: string, visit: (bucket: number) => void): void {
  const clean = ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) stamps.fill(0);
  for (let start = 0; start + MIN_GRAM <= clean.length; start += 1) {
    // FNV-1a over UTF-16 code units, extended one character at a time: the 3-, 4- and 5-gram
    // starting here share their first hashing steps.
    let hash = FNV_OFFSET;
    for (let end = start; end < start + MAX_GRAM && end < clean.length; end += 1) {
      hash = Math.imul(hash ^ clean.charCodeAt(end), FNV_PRIME);
      if (end - start + 1 < MIN_GRAM) continue;
      // BUCKETS is a power of two, so the low bits are the unsigned remainder: the same bucket as
      // (hash >>> 0) % BUCKETS without turning the hash into a floating-point number first.
      const bucket = hash & (BUCKETS - 1);
      if (stamps[bucket] === stamp) continue;
      stamps[bucket] = stamp;
      visit(bucket);
    }
  }
}

function hashWord(hash: number, word: string): number {
  let h = hash;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Calls `visit` once for each distinct bucket (0 … WORD_BUCKETS − 1) of the tokens' unigrams and
 * bigrams.
 */
export function forEachWordBucket(tokens: readonly string[], visit: (bucket: number) => void): void {
  wordStamp = wordStamp === 0xffffffff ? 1 : wordStamp + 1;
  if (wordStamp === 1) wordStamps.fill(0);
  const once = (hash: number) => {
    const bucket = hash & (WORD_BUCKETS - 1);
    if (wordStamps[bucket] === wordStamp) return;
    wordStamps[bucket] = wordStamp;
    visit(bucket);
  };
  let previous = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i] ?? '';
    const unigram = hashWord(WORD_OFFSET, word);
    once(unigram);
    // A bigram hashes the previous word's hash on with a separator and this word.
    if (i > 0) once(hashWord(Math.imul(previous ^ 0x20, FNV_PRIME), word));
    previous = unigram;
  }
}

/** Calls `visit` once for each feature index (0 … FEATURES − 1) the message shows. */
export function forEachFeature(reading: MessageReading, visit: (feature: number) => void): void {
  forEachBucket(reading.text, visit);
  forEachWordBucket(reading.normalized.tokens, (bucket) => visit(BUCKETS + bucket));
  forEachPart(reading, (part) => visit(BUCKETS + WORD_BUCKETS + part));
}

/** The distinct character n-gram buckets of a text, in the order first met (training only). */
export function featureBuckets(text: string): number[] {
  const buckets: number[] = [];
  forEachBucket(text, (bucket) => buckets.push(bucket));
  return buckets;
}

/** The distinct feature indices of a message, ascending (training only). */
export function messageFeatures(reading: MessageReading): Int32Array {
  const features: number[] = [];
  forEachFeature(reading, (feature) => features.push(feature));
  return Int32Array.from(features).sort();
}
