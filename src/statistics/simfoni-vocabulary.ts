/**
 * SIMFONI-PPA's fields as the officer workspace asks for them and the export writes them: one list
 * of values per field (ids in snake_case, with the word the national record uses), and what can be
 * pre-filled from triage for certain. The workspace's SIMFONI section (src/workspace) and the CSV
 * (simfoni-export.ts) both read this list; the page's labels are `workspace:simfoni.*`.
 */
import type { SimfoniStored } from '../db/storage-ports.js';

/** A field whose values come from a fixed list; `multiple` fields take several at once. */
interface ListField {
  kind: 'list';
  multiple: boolean;
  /** Value id → the word SIMFONI-PPA uses (what the CSV cell holds). */
  values: Record<string, string>;
}

/** The region: a Kemendagri code (province `72`, regency or city `72.71`, deeper levels too). */
interface RegionField {
  kind: 'region';
}

export const SIMFONI_FIELDS = {
  bentuk_kekerasan: {
    kind: 'list',
    multiple: true,
    values: {
      fisik: 'fisik',
      psikis: 'psikis',
      seksual: 'seksual',
      eksploitasi: 'eksploitasi',
      trafficking: 'trafficking',
      penelantaran: 'penelantaran',
      lainnya: 'lainnya',
    },
  },
  tempat_kejadian: {
    kind: 'list',
    multiple: false,
    values: {
      rumah_tangga: 'rumah tangga',
      tempat_kerja: 'tempat kerja',
      sekolah: 'sekolah',
      fasilitas_umum: 'fasilitas umum',
      lembaga_pendidikan_kilat: 'lembaga pendidikan kilat',
      lainnya: 'lainnya',
    },
  },
  hubungan_pelaku: {
    kind: 'list',
    multiple: false,
    values: {
      orang_tua: 'orang tua',
      keluarga: 'keluarga/saudara',
      suami_istri: 'suami/istri',
      pacar_teman: 'pacar/teman',
      guru: 'guru',
      majikan: 'majikan',
      rekan_kerja: 'rekan kerja',
      tetangga: 'tetangga',
      lainnya: 'lainnya',
      tidak_diketahui: 'tidak diketahui',
    },
  },
  usia_korban: {
    kind: 'list',
    multiple: false,
    values: {
      '0_5': '0-5',
      '6_12': '6-12',
      '13_17': '13-17',
      '18_24': '18-24',
      '25_44': '25-44',
      '45_59': '45-59',
      '60_plus': '60+',
    },
  },
  jenis_kelamin: {
    kind: 'list',
    multiple: false,
    values: { perempuan: 'perempuan', laki_laki: 'laki-laki' },
  },
  wilayah: { kind: 'region' },
  layanan: {
    kind: 'list',
    multiple: true,
    values: {
      pengaduan: 'pengaduan',
      kesehatan: 'kesehatan',
      bantuan_hukum: 'bantuan hukum',
      penegakan_hukum: 'penegakan hukum',
      rehabilitasi_sosial: 'rehabilitasi sosial',
      reintegrasi_sosial: 'reintegrasi sosial',
      pemulangan: 'pemulangan',
      pendampingan_tokoh_agama: 'pendampingan tokoh agama',
    },
  },
  rujukan: {
    kind: 'list',
    multiple: true,
    values: {
      kepolisian: 'kepolisian',
      rumah_sakit: 'rumah sakit/puskesmas',
      psikolog: 'psikolog',
      bantuan_hukum: 'lembaga bantuan hukum',
      dinas_sosial: 'dinas sosial',
      rumah_aman: 'rumah aman',
      lainnya: 'lainnya',
    },
  },
} as const satisfies Record<string, ListField | RegionField>;

export type SimfoniField = keyof typeof SIMFONI_FIELDS;
export const SIMFONI_FIELD_NAMES = Object.keys(SIMFONI_FIELDS) as SimfoniField[];

const REGION_CODE = /^\d{2}(?:\.\d{2}){0,3}$/;

/**
 * What triage says for certain: sexual violence and trafficking are forms of violence, a KDRT case
 * happened in the household, the region is where the reporter said. The rest is the officer's.
 */
export function simfoniPrefill(row: {
  categories: readonly string[];
  regionCode: string | null;
}): SimfoniStored {
  const forms = [
    ...(row.categories.includes('sexual_violence') ? ['seksual'] : []),
    ...(row.categories.includes('tppo') ? ['trafficking'] : []),
  ];
  return {
    ...(forms.length > 0 ? { bentuk_kekerasan: forms } : {}),
    ...(row.regionCode ? { wilayah: [row.regionCode] } : {}),
  };
}

/**
 * The values a form sent, kept only where they are on the list (a region only as a code); undefined
 * when anything is off the list, so a tampered form changes nothing.
 */
export function readSimfoniForm(form: Record<string, unknown>): SimfoniStored | undefined {
  const stored: SimfoniStored = {};
  for (const name of SIMFONI_FIELD_NAMES) {
    const raw = form[name];
    const sent = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v !== '');
    if (!sent.every((v): v is string => typeof v === 'string')) return undefined;
    const field: ListField | RegionField = SIMFONI_FIELDS[name];
    if (field.kind === 'region') {
      if (sent.length > 1 || !sent.every((v) => REGION_CODE.test(v))) return undefined;
    } else if ((!field.multiple && sent.length > 1) || !sent.every((v) => Object.hasOwn(field.values, v))) {
      return undefined;
    }
    stored[name] = [...new Set(sent)];
  }
  return stored;
}

/** A stored field as the CSV writes it: SIMFONI's words, several joined by "; " ("fisik; psikis"). */
export function simfoniWords(name: SimfoniField, values: readonly string[] | undefined): string {
  const field: ListField | RegionField = SIMFONI_FIELDS[name];
  if (!values) return '';
  return field.kind === 'region'
    ? values.join(' ')
    : values.map((v) => field.values[v] ?? v).join(field.multiple ? '; ' : ' ');
}
