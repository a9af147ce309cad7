// A check of the learned second opinion where the rules miss for real (src/triage/model/README.md).
// On dev the rules were written from every set, so they miss almost nothing there and the union's
// figures say little. Here each fold is a set scored with the rules of the commit just before that
// set entered dev/ (rules that had never read it): the rules' src/ of that commit is copied to a
// temporary folder, this branch's model code is copied over it, both models are trained on the dev
// sets that existed then (their rule parts read by those old rules) and the set is scored.
// Run: node --import tsx tests/triage/forward-check.ts
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOGISTIC_THRESHOLD, NAIVE_BAYES_THRESHOLD } from '../../src/triage/model/urgency-score.js';
import { NOT_FOR_MODEL } from './train-model.js';

const REPO = join(import.meta.dirname, '..', '..');
const DEV_DIR = join(import.meta.dirname, 'examples', 'dev');
const NB_THRESHOLD = NAIVE_BAYES_THRESHOLD;
// The set, the commit whose rules had never read it, and sets left out of training (none: a later
// set trains the models as it would now; neither model trains on NOT_FOR_MODEL's, as shipped).
const FOLDS = [
  { test: 'blind6', commit: 'fb4dfbc^', exclude: '' },
  { test: 'train10', commit: '640e36f^', exclude: '' },
  // train11 was scored on 37caf79's classifier; 7e0f7a5^ has the same rules.
  { test: 'train11', commit: '7e0f7a5^', exclude: '' },
];
const MODEL_FILES = [
  'read.ts',
  'model/parts.ts',
  'model/features.ts',
  'model/logistic.ts',
  'model/naive-bayes.ts',
  'model/train.ts',
];

interface Row {
  language: string;
  urgent: boolean;
  rules: boolean;
  nb: number;
  lr: number;
}

const all: Row[] = [];
const line = (cells: (string | number)[]) => process.stdout.write(`${cells.map(String).join('\t')}\n`);
const f3 = (x: number) => x.toFixed(3);
function report(label: string, rows: readonly Row[]) {
  const urgent = rows.filter((r) => r.urgent).length;
  const show = (name: string, says: (r: Row) => boolean) => {
    const union = rows.filter((r) => r.rules || says(r));
    const tp = union.filter((r) => r.urgent).length;
    const adds = rows.filter((r) => !r.rules && says(r));
    const addsTP = adds.filter((r) => r.urgent).length;
    line([
      label,
      name,
      `R ${f3(tp / Math.max(1, urgent))}`,
      `P ${f3(tp / Math.max(1, union.length))}`,
      `adds ${addsTP} TP / ${adds.length - addsTP} FP`,
    ]);
  };
  line([label, `${rows.length} messages, ${urgent} urgent`]);
  show('rules alone', () => false);
  for (const t of [8000, 9000, NB_THRESHOLD]) show(`+ naive Bayes > ${t}`, (r) => r.nb > t);
  for (const t of [0, 30, 70, 100, LOGISTIC_THRESHOLD, 150]) show(`+ logistic > ${t}`, (r) => r.lr > t);
  for (const t of [70, 100, LOGISTIC_THRESHOLD])
    show(
      `+ naive Bayes > ${NB_THRESHOLD} or logistic > ${t}${t === LOGISTIC_THRESHOLD ? ' (shipped)' : ''}`,
      (r) => r.nb > NB_THRESHOLD || r.lr > t,
    );
}

for (const fold of FOLDS) {
  const root = mkdtempSync(join(tmpdir(), `forward-${fold.test}-`));
  try {
    const archive = execFileSync('git', ['-C', REPO, 'archive', fold.commit, 'src'], {
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
    writeFileSync(join(root, 'package.json'), '{"type":"module"}\n');
    for (const file of MODEL_FILES)
      copyFileSync(join(REPO, 'src', 'triage', file), join(root, 'src', 'triage', file));
    // read.ts joins a passive prefix written apart for the rules (normalize.ts, after these
    // commits); their rules had no such step, so it is the identity there.
    const normalize = join(root, 'src', 'triage', 'normalize.ts');
    if (!readFileSync(normalize, 'utf8').includes('withPassivesJoined'))
      appendFileSync(normalize, '\nexport const withPassivesJoined = <T>(text: T): T => text;\n');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'forward-check-worker.ts')],
      {
        cwd: REPO,
        env: {
          ...process.env,
          ROOT: root,
          TEST: fold.test,
          EXCLUDE: fold.exclude,
          NOT_FOR_MODEL: NOT_FOR_MODEL.join(','),
          DEV_DIR,
        },
        maxBuffer: 1 << 26,
      },
    );
    const { train, rows } = JSON.parse(out.toString()) as { train: number; rows: Row[] };
    line([`${fold.test}: rules of ${fold.commit}, models trained on ${train} dev examples of then`]);
    report(fold.test, rows);
    all.push(...rows);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
report('pooled', all);
for (const language of [...new Set(all.map((r) => r.language))])
  report(
    language,
    all.filter((r) => r.language === language),
  );
