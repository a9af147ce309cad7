import { readFileSync } from 'node:fs';
import { type Category, evaluate, parseExamples, triage } from '../triage/index.js';

const CATEGORIES: Category[] = ['kdrt', 'sexual_violence', 'tppo', 'child', 'online', 'other'];
const f = (n: number) => n.toFixed(3);

/**
 * `hotline triage --eval <file.jsonl>...`: how triage does on labelled examples — per language,
 * urgency precision/recall, and precision/recall/F1 per category with their macro average.
 */
export function triageEval(files: string[]): number {
  const examples = files.flatMap((file) => parseExamples(readFileSync(file, 'utf8'), file));
  const report = evaluate(examples);
  const lines = [`${examples.length} examples from ${files.length} file(s)`, ''];
  lines.push('language  n     lang.acc  urgent.P  urgent.R  category.F1(micro)');
  for (const row of [...report.perLanguage, report.overall]) {
    lines.push(
      `${row.language.padEnd(8)}  ${String(row.examples).padEnd(4)}  ${f(row.languageAccuracy)}     ` +
        `${f(row.urgentPrecision)}     ${f(row.urgentRecall)}     ${f(row.categoryF1)}`,
    );
  }
  lines.push('', 'category         n     P      R      F1');
  let macro = 0;
  const predictions = examples.map((example) => triage(example.text).categories);
  for (const category of CATEGORIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [i, example] of examples.entries()) {
      const predicted = predictions[i]!.includes(category);
      const expected = example.categories.includes(category);
      if (predicted && expected) tp++;
      else if (predicted) fp++;
      else if (expected) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    macro += f1 / CATEGORIES.length;
    lines.push(
      `${category.padEnd(15)}  ${String(tp + fn).padEnd(4)}  ${f(precision)}  ${f(recall)}  ${f(f1)}`,
    );
  }
  lines.push(`macro-F1         ${f(macro)}`, '', `mistakes: ${report.mistakes.length}`);
  for (const mistake of report.mistakes.slice(0, 20)) {
    lines.push(`  ${JSON.stringify(mistake.example.text)} → ${JSON.stringify(mistake.got)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
