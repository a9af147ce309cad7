// Trains the learned second opinion on the dev examples and writes src/triage/model/urgency-model.ts.
// Run `npm run triage:train` after changing tests/triage/examples/dev/; the model test fails until
// the committed file matches a fresh training. Deterministic: the same examples give the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExamples } from '../../src/triage/evaluate.js';
import { modelSource, trainUrgencyModels } from '../../src/triage/model/train.js';

const DEV_DIR = join(import.meta.dirname, 'examples', 'dev');
const OUT = join(import.meta.dirname, '..', '..', 'src', 'triage', 'model', 'urgency-model.ts');

export function devExamples() {
  return readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => parseExamples(readFileSync(join(DEV_DIR, f), 'utf8'), f));
}

if (process.argv[1] === import.meta.filename) {
  const examples = devExamples();
  writeFileSync(OUT, modelSource(trainUrgencyModels(examples), examples.length));
  process.stdout.write(`trained on ${examples.length} dev examples → ${OUT}\n`);
}
