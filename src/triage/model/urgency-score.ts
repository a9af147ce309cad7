import { BUCKETS, forEachBucket } from './features.js';
import { URGENCY_MODEL_BUCKETS, URGENCY_MODEL_PRIOR, URGENCY_MODEL_WEIGHTS } from './urgency-model.js';

/**
 * The score above which the model calls a message urgent (log-odds ×100). Chosen without the
 * set it was checked on: trained on what existed before blind set 4, the highest-recall threshold
 * with urgent precision ≥ 0.90 on set 4 was 10000; on set 5 (trained on everything before it) it
 * then raised the first-pass urgent recall from 0.85 to 0.95 at precision 0.905 (model/README.md).
 */
export const URGENCY_THRESHOLD = 10000;

let weights: Int16Array | undefined;

function loaded(): Int16Array {
  if (weights === undefined) {
    if (URGENCY_MODEL_BUCKETS !== BUCKETS)
      throw new Error('urgency model: bucket count differs from features.ts; run npm run triage:train');
    const bytes = Buffer.from(URGENCY_MODEL_WEIGHTS, 'base64');
    weights = new Int16Array(BUCKETS);
    for (let i = 0; i < BUCKETS; i += 1) weights[i] = bytes.readInt16LE(i * 2);
  }
  return weights;
}

/** The shipped model's urgency score of a text (log-odds ×100). */
export function modelUrgencyScore(text: string): number {
  const w = loaded();
  let score = URGENCY_MODEL_PRIOR;
  forEachBucket(text, (bucket) => {
    score += w[bucket] ?? 0;
  });
  return score;
}
