/**
 * The features of the learned second opinion: character 3- to 5-grams of the lower-cased text
 * (letters, digits and apostrophes; everything else a space), each counted once, hashed into a
 * fixed number of buckets so the model file stays small whatever the vocabulary.
 */
export const BUCKETS = 1 << 14;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Which buckets this text has visited already, by a stamp per call: no set to allocate.
const stamps = new Uint32Array(BUCKETS);
let stamp = 0;

/** Calls `visit` once for each distinct bucket the text's n-grams fall into. */
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

/** The distinct buckets of a text, in the order first met (training only). */
export function featureBuckets(text: string): number[] {
  const buckets: number[] = [];
  forEachBucket(text, (bucket) => buckets.push(bucket));
  return buckets;
}
