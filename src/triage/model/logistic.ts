import { BUCKETS, FEATURES, WORD_BUCKETS } from './features.js';

/** One training row: the message's distinct feature indices, ascending, and its label. */
export interface Row {
  features: Int32Array;
  urgent: boolean;
}

export interface LogisticOptions {
  /** L2 penalty on every n-gram weight, per example (the loss is a mean). */
  l2: number;
  /** L2 penalty on the rule parts' weights (few, general features: they may weigh more). */
  partsL2: number;
  /** Full-batch AdaGrad steps. */
  steps: number;
  /** AdaGrad's base step size. */
  rate: number;
}

// Chosen on the dev folds of choose-threshold.ts (model/README.md). The parts are regularised as
// much as the n-grams: less made the dev folds look better and the hand-written not-urgent probes of
// tests/triage worse (the rules, and so their parts, were fitted to the dev sets).
export const LOGISTIC_OPTIONS: LogisticOptions = { l2: 3e-3, partsL2: 3e-3, steps: 300, rate: 0.5 };

/** A logistic regression over yes/no features: bias and weights in log-odds. */
export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

/**
 * Deterministic training: full-batch AdaGrad from all-zero weights, the rows summed in the order
 * given (callers sort them, so the same examples in any order give the same bits).
 */
export function trainLogistic(
  rows: readonly Row[],
  options: LogisticOptions = LOGISTIC_OPTIONS,
): LogisticModel {
  const { l2, partsL2, steps, rate } = options;
  const firstPart = BUCKETS + WORD_BUCKETS;
  const n = rows.length;
  const weights = new Float64Array(FEATURES);
  const gradient = new Float64Array(FEATURES);
  const squares = new Float64Array(FEATURES);
  // Features no row shows keep weight 0; only the shown ones are updated.
  const seen = new Uint8Array(FEATURES);
  for (const row of rows) for (const f of row.features) seen[f] = 1;
  const active = Int32Array.from(Array.from({ length: FEATURES }, (_, f) => f).filter((f) => seen[f] === 1));
  let bias = 0;
  let biasSquares = 0;
  for (let step = 0; step < steps; step += 1) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const f of row.features) z += weights[f] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (row.urgent ? 1 : 0);
      biasGradient += error;
      for (const f of row.features) gradient[f] = (gradient[f] ?? 0) + error;
    }
    biasGradient /= n;
    biasSquares += biasGradient * biasGradient;
    bias -= (rate * biasGradient) / (Math.sqrt(biasSquares) + 1e-8);
    for (const f of active) {
      const w = weights[f] ?? 0;
      const g = (gradient[f] ?? 0) / n + (f < firstPart ? l2 : partsL2) * w;
      const s = (squares[f] ?? 0) + g * g;
      squares[f] = s;
      weights[f] = w - (rate * g) / (Math.sqrt(s) + 1e-8);
    }
  }
  return { bias, weights };
}
