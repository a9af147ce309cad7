// Chooses the learned second opinion's threshold on dev/ only, leaving one blind set out at a time
// (src/triage/model/README.md): for each dev blind set, train on every other dev file, score the set
// it left out, and pool the scores. Prints, per threshold, the model's own urgent recall/precision on
// the left-out sets and what it adds to the rules there. Run: node --import tsx tests/triage/choose-threshold.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LabelledExample, parseExamples, triage } from '../../src/triage/index.js';
import { featureBuckets } from '../../src/triage/model/features.js';
import { trainUrgencyModel } from '../../src/triage/model/train.js';

const DEV_DIR = join(import.meta.dirname, 'examples', 'dev');
const files = readdirSync(DEV_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const setOf = (file: string) => /^((?:blind|train)\d*)-/.exec(file)?.[1];
const folds = [...new Set(files.map(setOf).filter((s): s is string => s !== undefined))];
const load = (f: string) => parseExamples(readFileSync(join(DEV_DIR, f), 'utf8'), f);

interface Scored {
  example: LabelledExample;
  score: number;
  rules: boolean;
  fold: string;
}

const scored: Scored[] = [];
for (const fold of folds) {
  const train = files.filter((f) => setOf(f) !== fold).flatMap(load);
  const test = files.filter((f) => setOf(f) === fold).flatMap(load);
  const model = trainUrgencyModel(train);
  for (const example of test) {
    let score = model.prior;
    for (const b of featureBuckets(example.text)) score += model.weights[b] ?? 0;
    scored.push({ example, score, rules: triage(example.text).urgentSignals.length > 0, fold });
  }
}

const thresholds = [0, 2000, 4000, 6000, 6500, 7000, 7250, 7500, 7750, 8000, 8250, 8500, 9000, 9500, 10000];
const line = (cells: (string | number)[]) => process.stdout.write(`${cells.map(String).join('\t')}\n`);
line(['threshold', 'model.R', 'model.P', 'model.FP', 'adds.TP', 'adds.FP', 'union.R', 'union.P']);
const urgent = scored.filter((s) => s.example.urgent).length;
for (const t of thresholds) {
  const says = scored.filter((s) => s.score > t);
  const tp = says.filter((s) => s.example.urgent).length;
  const adds = says.filter((s) => !s.rules);
  const addsTp = adds.filter((s) => s.example.urgent).length;
  const union = scored.filter((s) => s.rules || s.score > t);
  const unionTp = union.filter((s) => s.example.urgent).length;
  line([
    t,
    (tp / urgent).toFixed(3),
    (tp / Math.max(1, says.length)).toFixed(3),
    says.length - tp,
    addsTp,
    adds.length - addsTp,
    (unionTp / urgent).toFixed(3),
    (unionTp / Math.max(1, union.length)).toFixed(3),
  ]);
}
process.stdout.write(
  `${scored.length} messages in ${folds.length} left-out sets (${folds.join(', ')}), ${urgent} urgent\n`,
);
