// Trains the learned second opinion on the dev examples and writes src/triage/model/urgency-model.ts.
// Run `npm run triage:train` after changing tests/triage/examples/dev/; the model test fails until
// the committed file matches a fresh training. Deterministic: the same examples give the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExamples } from '../../src/triage/evaluate.js';
import { modelSource, trainUrgencyModels } from '../../src/triage/model/train.js';

const DEV_DIR = join(import.meta.dirname, 'examples', 'dev');
const OUT = join(import.meta.dirname, '..', '..', 'src', 'triage', 'model', 'urgency-model.ts');

/**
 * Dev sets neither model is trained on, with why (src/triage/model/README.md): trained on
 * train11 as well, the model at its threshold failed the holdout gate (urgent recall su 0.878 and
 * bug 0.843 against floors 0.89 and 0.86); its many hard negatives pull strong verbs' weights down.
 * The rules may still be written from it. train12 (added 2026-12-07, late in a session) has not been
 * tried as model training data against the gate, so it stays out the same way until it is.
 */
export const NOT_FOR_MODEL = ['train11-', 'train12-'];

export function devExamples({ forModel = false } = {}) {
  return readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) => !forModel || !NOT_FOR_MODEL.some((prefix) => f.startsWith(prefix)))
    .sort()
    .flatMap((f) => parseExamples(readFileSync(join(DEV_DIR, f), 'utf8'), f));
}

/**
 * The shipped file: both models trained on dev less NOT_FOR_MODEL. Trained on train11 too, the
 * logistic regression at its threshold added 0 urgent messages instead of 11 on train10 in
 * forward-check.ts (src/triage/model/README.md).
 */
export function shippedModelSource(): string {
  const examples = devExamples({ forModel: true });
  return modelSource(trainUrgencyModels(examples, examples), {
    naiveBayes: examples.length,
    logistic: examples.length,
  });
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(OUT, shippedModelSource());
  process.stdout.write(`trained on the dev examples → ${OUT}\n`);
}
