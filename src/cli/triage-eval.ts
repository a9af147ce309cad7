import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATEGORIES,
  evaluate,
  type LabelledExample,
  parseExamples,
  type TriageResult,
  triage,
} from '../triage/index.js';

const f = (n: number) => n.toFixed(3);
// Passes over the examples when timing, so one cold pass does not set the figure.
const TIMING_PASSES = 3;

/**
 * `hotline triage --eval [--misses] <file.jsonl|dir>...`: how triage does on labelled examples —
 * urgent precision and recall per language, precision/recall/F1 per category with their macro
 * average, the category confusion, the average time a message, and with `--misses` every example
 * triage got wrong (where it is, what was expected, what triage said).
 */
export function triageEval(args: string[]): number {
  const showMisses = args.includes('--misses');
  const paths = args.filter((a) => a !== '--misses');
  const absent = paths.filter((path) => !existsSync(path));
  if (absent.length > 0) {
    process.stderr.write(`hotline triage --eval: no such file or folder: ${absent.join(', ')}\n`);
    return 2;
  }
  const files = paths.flatMap(jsonlFiles);
  if (files.length === 0) {
    process.stderr.write('hotline triage --eval: give one or more .jsonl files or folders of them\n');
    return 2;
  }
  const examples = files.flatMap((file) => parseExamples(readFileSync(file, 'utf8'), file));
  const results = new Map<string, TriageResult>();
  // One untimed pass first (JIT warm-up), then CPU time rather than wall time, so the figure does
  // not depend on what else the machine is running.
  for (const example of examples) triage(example.text);
  const started = process.cpuUsage();
  for (let pass = 0; pass < TIMING_PASSES; pass += 1) {
    for (const example of examples) results.set(example.text, triage(example.text));
  }
  const used = process.cpuUsage(started);
  const microsPerMessage = (used.user + used.system) / (TIMING_PASSES * examples.length || 1);
  const report = evaluate(examples, (text) => results.get(text) ?? triage(text));

  const lines = [`${examples.length} examples from ${files.length} file(s)`, ''];
  lines.push('language  n     lang.acc  urgent.P  urgent.R  category.F1(micro)');
  for (const row of [...report.perLanguage, report.overall]) {
    lines.push(
      `${row.language.padEnd(8)}  ${String(row.examples).padEnd(4)}  ${f(row.languageAccuracy)}     ` +
        `${f(row.urgentPrecision)}     ${f(row.urgentRecall)}     ${f(row.categoryF1)}`,
    );
  }
  lines.push('', 'category         n     P      R      F1');
  for (const c of report.perCategory) {
    lines.push(
      `${c.category.padEnd(15)}  ${String(c.support).padEnd(4)}  ${f(c.precision)}  ${f(c.recall)}  ${f(c.f1)}`,
    );
  }
  lines.push(`macro-F1         ${f(report.macroF1)}`, '');
  lines.push('confusion (rows: expected, columns: got)');
  lines.push(`${''.padEnd(16)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const expected of CATEGORIES) {
    const row = report.confusion[expected];
    lines.push(`${expected.padEnd(16)}${CATEGORIES.map((got) => String(row[got]).padStart(16)).join('')}`);
  }
  lines.push('', `triage: ${microsPerMessage.toFixed(0)} µs (CPU) a message on average`, '');
  lines.push(`misses: ${report.mistakes.length}`);
  if (showMisses) {
    for (const { example, got } of report.mistakes) lines.push(describeMiss(example, got));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function describeMiss(
  example: LabelledExample,
  got: Pick<TriageResult, 'language' | 'categories' | 'urgent'>,
) {
  const label = (x: Pick<TriageResult, 'language' | 'categories' | 'urgent'>) =>
    `${x.language} ${x.categories.join(',')}${x.urgent ? ' urgent' : ''}`;
  return `  ${example.source ?? '?'}  expected: ${label(example)}  got: ${label(got)}`;
}

/** A file as given, or every .jsonl file under a folder (sorted, so the output is stable). */
function jsonlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(path, name));
}
