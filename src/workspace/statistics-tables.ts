/**
 * The statistics page's tables and the charts drawn from the same numbers (pure). Each table reads
 * without JavaScript and prints; its chart is the same data as a `data-chart` attribute that
 * assets/statistics.js hands to Chart.js (the CSP allows no inline script).
 */
import type { CaseStatistics } from '../statistics/case-statistics.js';
import { KINDS, RISKS } from './case-queue.js';
import type { StatsView } from './statistics-desk.js';

type T = (key: string, params?: Record<string, unknown>) => string;

/** What statistics.js gives Chart.js: labels and series only, never code or markup. */
export interface ChartSpec {
  type: 'bar' | 'line';
  stacked: boolean;
  /** Bars along the vertical axis (many long labels such as regions). */
  horizontal: boolean;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

export interface StatsTable {
  id: string;
  title: string;
  /** The first column's heading, then one per value column. */
  corner: string;
  columns: string[];
  rows: { label: string; cells: (number | string)[] }[];
  chart: ChartSpec;
}

const UNKNOWN = 'unknown';
const dash = (n: number | null) => (n === null ? '—' : n);

export function statsTables(
  view: StatsView,
  t: T,
  regionName: (code: string) => string | undefined = () => undefined,
): StatsTable[] {
  const months = view.months;
  const monthLabels = months.map((m) => m.month);
  const label = {
    kind: (k: string) => t(`kind.${k}`),
    risk: (r: string) => (r === UNKNOWN ? t('risk.none') : t(`risk.${r}`)),
    // "Kota Palu (72.71)": the name people say, the code SIMFONI and the CSV use.
    region: (code: string) => {
      if (code === UNKNOWN) return t('workspace-stats:unknown');
      const name = regionName(code);
      return name ? `${name} (${code})` : code;
    },
    channel: (c: string) => t(`workspace-stats:channel.${c}`, { defaultValue: c }),
    language: (l: string) =>
      l === UNKNOWN ? t('workspace-stats:unknown') : t(`common:language.${l}`, { defaultValue: l }),
  };
  const perMonth = (
    id: string,
    pick: (s: CaseStatistics) => Record<string, number>,
    order: readonly string[],
    name: (key: string) => string,
  ): StatsTable => {
    const keys = ordered(Object.keys(pick(view.summary)), order);
    return {
      id,
      title: t(`workspace-stats:table.${id}`),
      corner: t('workspace-stats:month'),
      columns: [...keys.map(name), t('workspace-stats:cases')],
      rows: months.map(({ month, stats }) => ({
        label: month,
        cells: [...keys.map((k) => pick(stats)[k] ?? 0), stats.total],
      })),
      chart: {
        type: 'bar',
        stacked: true,
        horizontal: false,
        labels: monthLabels,
        datasets: keys.map((k) => ({ label: name(k), data: months.map(({ stats }) => pick(stats)[k] ?? 0) })),
      },
    };
  };
  const totals = (id: string, counts: Record<string, number>, name: (key: string) => string): StatsTable => {
    const keys = Object.keys(counts).sort(
      (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b),
    );
    return {
      id,
      title: t(`workspace-stats:table.${id}`),
      corner: t(`workspace-stats:corner.${id}`),
      columns: [t('workspace-stats:cases')],
      rows: keys.map((k) => ({ label: name(k), cells: [counts[k] ?? 0] })),
      chart: {
        type: 'bar',
        stacked: false,
        horizontal: true,
        labels: keys.map(name),
        datasets: [{ label: t('workspace-stats:cases'), data: keys.map((k) => counts[k] ?? 0) }],
      },
    };
  };
  const claim: StatsTable = {
    id: 'claim',
    title: t('workspace-stats:table.claim'),
    corner: t('workspace-stats:month'),
    // Short headings: the table must fit a phone; the title says the unit.
    columns: [
      t('workspace-stats:claimed'),
      t('workspace-stats:col.median'),
      t('workspace-stats:col.p90'),
      t('workspace-stats:col.past_deadline'),
    ],
    rows: months.map(({ month, stats }) => ({
      label: month,
      cells: [
        stats.timeToClaim.claimed,
        dash(stats.timeToClaim.medianMinutes),
        dash(stats.timeToClaim.p90Minutes),
        stats.pastDeadline,
      ],
    })),
    chart: {
      type: 'line',
      stacked: false,
      horizontal: false,
      labels: monthLabels,
      datasets: [
        {
          label: t('workspace-stats:col.median'),
          data: months.map((m) => m.stats.timeToClaim.medianMinutes),
        },
        { label: t('workspace-stats:col.p90'), data: months.map((m) => m.stats.timeToClaim.p90Minutes) },
      ],
    },
  };
  return [
    perMonth('kind', (s) => s.byKind, KINDS, label.kind),
    perMonth('risk', (s) => s.byRisk, [...RISKS, UNKNOWN], label.risk),
    perMonth('region', (s) => s.byRegion, [], label.region),
    claim,
    totals('channel', view.summary.byChannel, label.channel),
    totals('language', view.summary.byLanguage, label.language),
  ];
}

/** Known keys in their usual order, then any other key alphabetically (unknown last). */
function ordered(keys: string[], order: readonly string[]): string[] {
  const rank = (k: string) => {
    const at = order.indexOf(k);
    return at === -1 ? (k === UNKNOWN ? order.length + 1 : order.length) : at;
  };
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
