/**
 * `hotline stats [office] [--from YYYY-MM] [--to YYYY-MM] [--csv <file>]`: the numbers an office
 * quotes at its coordination meeting — cases per month, kind, risk, region, where reports come from,
 * time to claim, cases past their deadline — for an office and the offices below it (or all), over
 * whole months in the office's time zone. `--csv` writes the SIMFONI-shaped export (one row per
 * case, no story, no contact), audited as `stats_exported`.
 */
import { writeFileSync } from 'node:fs';
import type { Hotline } from '../conversations/hotline-runtime.js';
import { createRegionGazetteer, type Directory, officeChain } from '../directory/index.js';
import { type CaseStatistics, summarize } from '../statistics/case-statistics.js';
import { simfoniCsv } from '../statistics/simfoni-export.js';
import { MAX_PERIOD_MONTHS, statPeriod } from '../statistics/stat-period.js';

const FALLBACK_ZONE = 'Asia/Jakarta';

export async function statsCommand(
  args: string[],
  hotline: Hotline,
  directory: Directory,
  now = Date.now(),
): Promise<number> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : (args[at + 1] ?? '');
  };
  const optionValues = new Set(['--from', '--to', '--csv'].map(option).filter((v) => v !== undefined));
  const officeId = args.find((arg) => !arg.startsWith('--') && !optionValues.has(arg));
  const office = officeId ? directory.byId.get(officeId) : undefined;
  if (officeId && !office) {
    process.stderr.write(
      `Unknown office "${officeId}". Offices: ${directory.offices.map((o) => o.id).join(', ')}\n`,
    );
    return 2;
  }
  const zone = office?.timezone ?? FALLBACK_ZONE;
  const period = statPeriod(option('--from'), option('--to'), zone, now);
  if (!period) {
    process.stderr.write(
      `--from and --to need months such as 2026-01, the first not after the second, at most ${MAX_PERIOD_MONTHS} months apart\n`,
    );
    return 2;
  }
  // An office sees its own cases and those of the offices below it.
  const officeIds = office
    ? directory.offices
        .filter((o) => officeChain(directory, o).some((level) => level.id === office.id))
        .map((o) => o.id)
    : undefined;
  const query = { ...(officeIds ? { officeIds } : {}), from: period.fromMs, to: period.toMs };
  const csvFile = option('--csv');
  const rows = await hotline.caseStatRows(
    query,
    csvFile ? { actor: 'admin-cli', ...(office ? { officeId: office.id } : {}) } : undefined,
  );
  const title = `${office ? office.name : 'All offices'}, ${period.from} to ${period.to} (${zone})`;
  process.stdout.write(`${describe(title, summarize(rows, now, zone))}\n`);
  if (csvFile) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' });
    const csv = simfoniCsv(
      rows,
      (id) => directory.byId.get(id)?.name,
      (at) => date.format(at),
      now,
    );
    // Owner-only, like every export of case data.
    writeFileSync(csvFile, csv, { mode: 0o600 });
    process.stdout.write(
      `Wrote ${rows.length} case(s) to ${csvFile} (SIMFONI-shaped columns, no story, no contact).\n`,
    );
  }
  return 0;
}

function describe(title: string, stats: CaseStatistics): string {
  const list = (counts: Record<string, number>, name = (key: string) => key, separator = ', ') =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${name(key)} ${n}`)
      .join(separator) || '—';
  // An admin reads "Juwana, Kab. Pati, Jawa Tengah", not "33.18.08"; the code stays for SIMFONI.
  const gazetteer = createRegionGazetteer();
  const region = (code: string) => {
    const area = gazetteer.area(code);
    return area ? `${area.label} [${code}]` : code;
  };
  const wait = stats.timeToClaim;
  return [
    title,
    `  cases: ${stats.total} (${stats.anonymized} of them anonymous counts: the reporter's data deleted or purged)`,
    `  per month: ${list(stats.perMonth)}`,
    `  by kind: ${list(stats.byKind)}`,
    `  by risk: ${list(stats.byRisk)}`,
    `  by region: ${list(stats.byRegion, region, '; ')}`,
    `  by channel: ${list(stats.byChannel)}`,
    `  by language: ${list(stats.byLanguage)}`,
    `  time to claim: ${wait.claimed} claimed; median ${wait.medianMinutes ?? '—'} min, p90 ${wait.p90Minutes ?? '—'} min`,
    `  past their deadline: ${stats.pastDeadline}`,
  ].join('\n');
}
