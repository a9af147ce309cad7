// One fold of forward-check.ts, run inside a copy of the rules of an older commit (ROOT): trains the
// naive Bayes and the logistic regression on the dev sets that existed then (features read by those
// rules) and prints, as JSON, the scores of the set those rules had never seen (TEST).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { ROOT = '', TEST = '', EXCLUDE = '', DEV_DIR = '', NOT_FOR_MODEL = '' } = process.env;
const { parseExamples, triage } = await import(join(ROOT, 'src/triage/index.ts'));
const { messageFeatures } = await import(join(ROOT, 'src/triage/model/features.ts'));
const { naiveBayesScore } = await import(join(ROOT, 'src/triage/model/naive-bayes.ts'));
const { trainUrgencyModels, quantizedScore } = await import(join(ROOT, 'src/triage/model/train.ts'));
const { readMessage } = await import(join(ROOT, 'src/triage/read.ts'));

interface Example {
  text: string;
  language: string;
  urgent: boolean;
}
const setOf = (file: string) => /^((?:blind|train)\d*)-/.exec(file)?.[1] ?? '';
const excluded = new Set(EXCLUDE.split(',').filter(Boolean));
const files = readdirSync(DEV_DIR)
  .filter((f) => f.endsWith('.jsonl') && !excluded.has(setOf(f)))
  .sort();
const load = (f: string): Example[] => parseExamples(readFileSync(join(DEV_DIR, f), 'utf8'), f);
// Neither model trains on NOT_FOR_MODEL's sets (tests/triage/train-model.ts), as shipped; with
// LOGISTIC_ON_ALL=1 (a comparison only) the logistic regression does.
const notForModel = NOT_FOR_MODEL.split(',').filter(Boolean);
const naiveBayesTrain = files
  .filter((f) => setOf(f) !== TEST && !notForModel.some((prefix) => f.startsWith(prefix)))
  .flatMap(load);
const train =
  process.env.LOGISTIC_ON_ALL === '1'
    ? files.filter((f) => setOf(f) !== TEST).flatMap(load)
    : naiveBayesTrain;
const test = files.filter((f) => setOf(f) === TEST).flatMap(load);
const { naiveBayes: nb, logistic: lr } = trainUrgencyModels(naiveBayesTrain, train);
const rows = test.map((e) => {
  return {
    language: e.language,
    urgent: e.urgent,
    rules: triage(e.text).urgentSignals.length > 0,
    nb: naiveBayesScore(nb, e.text),
    lr: quantizedScore(lr, messageFeatures(readMessage(e.text))),
  };
});
process.stdout.write(JSON.stringify({ train: naiveBayesTrain.length, rows }));
