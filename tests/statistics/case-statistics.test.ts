import { describe, expect, it } from 'vitest';
import type { CaseStatRow } from '../../src/db/storage-ports.js';
import { monthOf, summarize, summarizeMonths } from '../../src/statistics/case-statistics.js';
import { csvField, SIMFONI_COLUMNS, simfoniCsv } from '../../src/statistics/simfoni-export.js';
import { statPeriod } from '../../src/statistics/stat-period.js';

const MIN = 60_000;
const JAN_5 = Date.parse('2026-01-05T11:00:00+08:00');

function row(overrides: Partial<CaseStatRow>): CaseStatRow {
  return {
    reference: 'AAA-111',
    officeId: 'uptd-palu',
    regionCode: '72.71',
    categories: ['kdrt'],
    risk: 'medium',
    urgent: false,
    channel: 'telegram',
    language: 'id',
    createdAt: JAN_5,
    anonymized: false,
    handoff: null,
    ...overrides,
  };
}

const ROWS = [
  row({
    handoff: {
      reason: 'notice',
      firstSentAt: JAN_5,
      claimedAt: JAN_5 + 30 * MIN,
      deadlineAt: JAN_5 + 360 * MIN,
    },
  }),
  row({
    reference: 'BBB-222',
    categories: ['tppo', 'child'],
    risk: 'high',
    urgent: true,
    channel: 'whatsapp_cloud',
    language: 'jv',
    handoff: { reason: 'urgent', firstSentAt: JAN_5, claimedAt: JAN_5 + 4 * MIN, deadlineAt: null },
  }),
  // Not taken by its deadline, and still not taken.
  row({
    reference: 'CCC-333',
    categories: ['sexual_violence'],
    regionCode: null,
    createdAt: Date.parse('2026-02-01T00:30:00+08:00'),
    anonymized: true,
    handoff: { reason: 'notice', firstSentAt: JAN_5, claimedAt: null, deadlineAt: JAN_5 + 360 * MIN },
  }),
];

describe('case statistics', () => {
  it('should count cases per month in the office zone, by kind, risk, region and source', () => {
    const stats = summarize(ROWS, JAN_5 + 7 * 24 * 60 * MIN, 'Asia/Makassar');
    expect(stats.total).toBe(3);
    // 00:30 WITA on 1 February is January 31 in UTC: still February's at the office.
    expect(stats.perMonth).toEqual({ '2026-01': 2, '2026-02': 1 });
    expect(stats.byKind).toEqual({ kdrt: 1, tppo: 1, child: 1, sexual_violence: 1 });
    expect(stats.byRisk).toEqual({ medium: 2, high: 1 });
    expect(stats.byRegion).toEqual({ '72.71': 2, unknown: 1 });
    expect(stats.byChannel).toEqual({ telegram: 2, whatsapp_cloud: 1 });
    expect(stats.byLanguage).toEqual({ id: 2, jv: 1 });
    // Waits of 4 and 30 minutes: the median is halfway between the two (it was the lower one).
    expect(stats.timeToClaim).toEqual({ claimed: 2, medianMinutes: 17, p90Minutes: 30 });
    expect(stats.pastDeadline).toBe(1);
    expect(stats.anonymized).toBe(1);
    expect(monthOf('Asia/Jakarta')(Date.parse('2026-01-31T17:30:00Z'))).toBe('2026-02');
  });

  it('should write one SIMFONI-shaped row per case, pre-filled only where the kind is certain', () => {
    const csv = simfoniCsv(
      ROWS,
      () => 'UPTD PPA Kota Palu',
      () => '2026-01-05',
      JAN_5 + 400 * MIN,
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(SIMFONI_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    const cells = lines
      .slice(1)
      .map((line) => Object.fromEntries(line.split(',').map((v, i) => [SIMFONI_COLUMNS[i], v])));
    expect(cells[0]).toMatchObject({
      jenis_laporan: 'kdrt',
      bentuk_kekerasan: '',
      tempat_kejadian: '',
      diambil_menit: '30',
      lewat_batas_waktu: 'tidak',
    });
    expect(cells[1]).toMatchObject({
      bentuk_kekerasan: 'trafficking',
      usia_korban: '<18',
      mendesak: 'ya',
      saluran: 'whatsapp_cloud',
      lewat_batas_waktu: '',
    });
    expect(cells[2]).toMatchObject({
      bentuk_kekerasan: 'seksual',
      lewat_batas_waktu: 'ya',
      data_pelapor_dihapus: 'ya',
    });
  });

  it('should write what an officer confirmed in the SIMFONI section in place of the pre-fill', () => {
    const confirmed = row({
      categories: ['kdrt', 'child'],
      simfoni: {
        bentuk_kekerasan: ['fisik', 'psikis'],
        tempat_kejadian: [],
        hubungan_pelaku: ['orang_tua'],
        usia_korban: ['6_12'],
        jenis_kelamin: ['perempuan'],
        wilayah: ['72.10'],
        layanan: ['pengaduan', 'kesehatan'],
        rujukan: ['rumah_sakit'],
      },
    });
    const [header, line] = simfoniCsv(
      [confirmed, row({})],
      () => 'x',
      () => '2026-01-05',
      JAN_5,
    )
      .trimEnd()
      .split('\r\n')
      .slice(0, 2);
    expect(header).toBe(SIMFONI_COLUMNS.join(','));
    const cells = Object.fromEntries(line!.split(',').map((v, i) => [SIMFONI_COLUMNS[i], v]));
    expect(cells).toMatchObject({
      wilayah_kode: '72.10',
      bentuk_kekerasan: 'fisik; psikis',
      tempat_kejadian: '', // the officer said it was not the household after all
      usia_korban: '6-12',
      hubungan_pelaku: 'orang tua',
      jenis_kelamin: 'perempuan',
      layanan: 'pengaduan; kesehatan',
      rujukan: 'rumah sakit/puskesmas',
      simfoni_dikonfirmasi: 'ya',
    });
  });

  it('should never let a spreadsheet run a cell as a formula, and quote what CSV needs quoted', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+62 811')).toBe("'+62 811");
    expect(csvField('UPTD PPA, Kota Palu')).toBe('"UPTD PPA, Kota Palu"');
    expect(csvField('K7M-4PX')).toBe('K7M-4PX');
  });
});

describe('summarizeMonths', () => {
  it('should count each month of the period on its own, with zeros for a month without cases', () => {
    const march = Date.parse('2026-03-01T00:30:00+08:00'); // 28 Feb 16:30 UTC: March at the office
    const months = summarizeMonths(
      [row({}), row({ reference: 'CCC-333', categories: ['tppo'], risk: 'high', createdAt: march })],
      ['2026-01', '2026-02', '2026-03'],
      march,
      'Asia/Makassar',
    );
    expect(months.map((m) => [m.month, m.stats.total])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
    expect(months[0]!.stats.byKind).toEqual({ kdrt: 1 });
    expect(months[2]!.stats.byRisk).toEqual({ high: 1 });
  });
});

describe('statPeriod', () => {
  const now = Date.parse('2026-05-20T10:00:00+07:00');

  it('should run from January to this month by default, in whole months of the zone', () => {
    const period = statPeriod(undefined, undefined, 'Asia/Jakarta', now)!;
    expect(period.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(new Date(period.fromMs).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(new Date(period.toMs).toISOString()).toBe('2026-05-31T17:00:00.000Z');
  });

  it.each([
    ['2026-13', '2026-12'],
    ['2026-03', '2026-02'],
    ['2000-01', '2026-01'],
    ['26-01', '2026-01'],
  ])('should refuse %s to %s', (from, to) => {
    expect(statPeriod(from, to, 'Asia/Jakarta', now)).toBeUndefined();
  });
});
