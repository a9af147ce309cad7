import type { LabelledExample } from '../evaluate.js';
import { BUCKETS, featureBuckets } from './features.js';

/**
 * The first learned second opinion (2026-11), kept beside the logistic regression: a Bernoulli
 * naive Bayes over hashed character n-gram buckets, log-odds of urgent per bucket ×100.
 */
export interface NaiveBayesModel {
  buckets: number;
  /** Log prior odds of urgent, ×100, rounded. */
  prior: number;
  /** Per bucket: log(P(bucket | urgent) / P(bucket | not urgent)) ×100, rounded. */
  weights: number[];
}

// Laplace smoothing: a bucket never seen in one class is not infinitely telling.
const SMOOTHING = 1;
const SCALE = 100;

/** Deterministic training: the same examples give the same model, in any order. */
export function trainNaiveBayes(examples: readonly LabelledExample[]): NaiveBayesModel {
  const seen = [new Uint32Array(BUCKETS), new Uint32Array(BUCKETS)];
  const docs = [0, 0];
  for (const example of examples) {
    const label = example.urgent ? 1 : 0;
    docs[label] = (docs[label] ?? 0) + 1;
    for (const bucket of featureBuckets(example.text)) {
      const row = seen[label];
      if (row) row[bucket] = (row[bucket] ?? 0) + 1;
    }
  }
  const [notUrgent = 0, urgent = 0] = docs;
  const weights = Array.from({ length: BUCKETS }, (_, b) => {
    const p = ((seen[1]?.[b] ?? 0) + SMOOTHING) / (urgent + 2 * SMOOTHING);
    const q = ((seen[0]?.[b] ?? 0) + SMOOTHING) / (notUrgent + 2 * SMOOTHING);
    return Math.round(Math.log(p / q) * SCALE);
  });
  return { buckets: BUCKETS, prior: Math.round(Math.log((urgent + 1) / (notUrgent + 1)) * SCALE), weights };
}

/** A trained naive Bayes's score of a text (log-odds ×100), as the shipped model computes it. */
export function naiveBayesScore(model: NaiveBayesModel, text: string): number {
  let score = model.prior;
  for (const bucket of featureBuckets(text)) score += model.weights[bucket] ?? 0;
  return score;
}
