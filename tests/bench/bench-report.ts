/** The benchmark's printed table, and this project's ratios to the baseline against issue 14's targets. */
import { cpus, loadavg } from 'node:os';
import { type LoadResult, percentile } from './load-driver.js';

export interface BenchRow {
  name: string;
  reporters: number;
  result: LoadResult;
  /** RSS after the processes sat idle for a while, before any load. */
  idleMb: number;
  /** Peak RSS of the process so far (VmHWM): at a later concurrency it includes the earlier ones. */
  peakMb: number;
  /** The service's CPU use while measured, in cores (1.0 = one core busy all the time). */
  cores: number;
  /** Its busiest thread's share of a core: near 1.0, that thread is the limit. */
  topThread: number;
  /** This benchmark process's own CPU (driver and fake API) while measured, in cores. */
  benchCores: number;
}

/** Issue 14's "done when", at the highest concurrency. */
const TARGETS = { throughputRatio: 1.5, turnP99Ratio: 0.5, idleMb: 100, peakMb: 150 };

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const rate = (row: BenchRow) => row.result.turns / row.result.seconds;

export function printBench(rows: BenchRow[], names: { project: string; baseline: string }): void {
  const columns: [string, number, (row: BenchRow) => string][] = [
    ['target', 28, (r) => r.name],
    ['c', 4, (r) => String(r.reporters)],
    ['msgs/s', 7, (r) => f(rate(r), 0)],
    ['1st p50', 8, (r) => f(percentile(r.result.firstMs, 50))],
    ['1st p99', 8, (r) => f(percentile(r.result.firstMs, 99))],
    ['turn p50', 9, (r) => f(percentile(r.result.replyMs, 50))],
    ['turn p99', 9, (r) => f(percentile(r.result.replyMs, 99))],
    ['gap p50', 8, (r) => f(percentile(r.result.gapMs, 50))],
    ['gap p99', 8, (r) => f(percentile(r.result.gapMs, 99))],
    ['ack p99', 8, (r) => f(percentile(r.result.ackMs, 99))],
    ['idle MB', 8, (r) => f(r.idleMb, 0)],
    ['peak MB', 8, (r) => f(r.peakMb, 0)],
    ['CPU', 5, (r) => f(r.cores, 2)],
    ['top thr', 7, (r) => f(r.topThread, 2)],
    ['bench', 6, (r) => f(r.benchCores, 2)],
    ['errors', 7, (r) => String(r.result.errors)],
  ];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(columns[i]![1]) : c.padStart(columns[i]![1]))).join(' ');
  console.log(
    "\nms: update posted → first / last message of the bot's turn at the fake Bot API (1st, turn); " +
      'gap: between two messages of one turn (turns of several messages)',
  );
  console.log(line(columns.map(([title]) => title)));
  for (const row of rows) console.log(line(columns.map(([, , cell]) => cell(row))));

  console.log('');
  for (const row of rows.filter((r) => r.name === names.project && r.result.alertMs.length > 0)) {
    console.log(
      `${names.project}, c=${row.reporters}: officer alert p99 ${f(percentile(row.result.alertMs, 99))} ms ` +
        `(${row.result.alertMs.length} alerts; target < 500 ms)`,
    );
  }
  const top = Math.max(...rows.map((r) => r.reporters));
  const project = rows.find((r) => r.name === names.project && r.reporters === top);
  const baseline = rows.find((r) => r.name === names.baseline && r.reporters === top);
  if (project && baseline) {
    const throughput = rate(project) / rate(baseline);
    const turnP99 = percentile(project.result.replyMs, 99) / percentile(baseline.result.replyMs, 99);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `c=${top}: msgs/s ${names.project} ÷ ${names.baseline}: ${f(throughput, 2)} ` +
        `(target ≥ ${TARGETS.throughputRatio}: ${verdict(throughput >= TARGETS.throughputRatio)})`,
    );
    console.log(
      `c=${top}: turn-complete p99 ${names.project} ÷ ${names.baseline}: ${f(turnP99, 2)} ` +
        `(target ≤ ${TARGETS.turnP99Ratio}: ${verdict(turnP99 <= TARGETS.turnP99Ratio)})`,
    );
    console.log(
      `${names.project}: idle ${f(project.idleMb, 0)} MB (target < ${TARGETS.idleMb}: ${verdict(project.idleMb < TARGETS.idleMb)}), ` +
        `peak ${f(project.peakMb, 0)} MB (target < ${TARGETS.peakMb}: ${verdict(project.peakMb < TARGETS.peakMb)})`,
    );
  }
  console.log(
    `load average now: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} on ${cpus().length} cores (other processes on the machine skew every figure)`,
  );
}
