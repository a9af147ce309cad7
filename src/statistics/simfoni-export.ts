/**
 * The SIMFONI-PPA-shaped export: one CSV row per case, anonymous columns only (no story, no contact,
 * no chat). Where an officer confirmed the case's SIMFONI values in the workspace, those are
 * written (`simfoni_dikonfirmasi` = ya); otherwise, where triage's kind maps onto a SIMFONI category
 * for certain (shared/domain/README.md §2.1), the column is pre-filled and the rest left empty.
 */
import type { CaseStatRow } from '../db/storage-ports.js';
import { claimWaitMs, pastDeadline } from './case-statistics.js';
import { type SimfoniField, simfoniPrefill, simfoniWords } from './simfoni-vocabulary.js';

export const SIMFONI_COLUMNS = [
  'nomor_laporan',
  'tanggal_diterima',
  'kantor',
  'wilayah_kode',
  'jenis_laporan',
  'bentuk_kekerasan',
  'tempat_kejadian',
  'usia_korban',
  'risiko',
  'mendesak',
  'saluran',
  'bahasa',
  'diambil_menit',
  'lewat_batas_waktu',
  'data_pelapor_dihapus',
  'hubungan_pelaku',
  'jenis_kelamin',
  'layanan',
  'rujukan',
  'simfoni_dikonfirmasi',
] as const;

/**
 * Added only to an administrator's explicit export (audited): how to reach the reporter — the
 * channel and its chat address (Telegram chat id, WhatsApp number, web chat session).
 */
export const CONTACT_COLUMNS = ['kontak_saluran', 'kontak_alamat'] as const;

export function simfoniCsv(
  rows: readonly CaseStatRow[],
  officeName: (officeId: string) => string | undefined,
  dateOf: (at: number) => string,
  now: number,
  /** By case reference; given only for an administrator's export with contact data. */
  contacts?: ReadonlyMap<string, { channel: string; address: string }>,
): string {
  const lines = [[...SIMFONI_COLUMNS, ...(contacts ? CONTACT_COLUMNS : [])].join(',')];
  for (const row of rows) {
    const waitedMs = claimWaitMs(row);
    const past = pastDeadline(row, now);
    // What the officer confirmed, else what triage says for certain (simfoni-vocabulary.ts).
    const simfoni = row.simfoni ?? simfoniPrefill(row);
    const words = (field: SimfoniField) => simfoniWords(field, simfoni[field]);
    const values = [
      row.reference,
      dateOf(row.createdAt),
      row.officeId ? (officeName(row.officeId) ?? row.officeId) : '',
      words('wilayah'),
      row.categories.join(' '),
      words('bentuk_kekerasan'),
      words('tempat_kejadian'),
      // Unconfirmed, a child case is known to be under 18, not its band.
      row.simfoni ? words('usia_korban') : row.categories.includes('child') ? '<18' : '',
      row.risk ?? '',
      row.urgent ? 'ya' : 'tidak',
      row.channel ?? '',
      row.language ?? '',
      waitedMs === undefined ? '' : String(Math.round(waitedMs / 60_000)),
      past === undefined ? '' : past ? 'ya' : 'tidak',
      row.anonymized ? 'ya' : 'tidak',
      words('hubungan_pelaku'),
      words('jenis_kelamin'),
      words('layanan'),
      words('rujukan'),
      row.simfoni ? 'ya' : 'tidak',
    ];
    if (contacts) {
      const contact = contacts.get(row.reference);
      values.push(contact?.channel ?? '', contact?.address ?? '');
    }
    lines.push(values.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * RFC 4180 quoting, and a leading `'` before = + - @ so a spreadsheet never runs a cell as a formula
 * (an office name or reference is data, not a command).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
