// A small valid directory to break one field at a time. Contacts are obvious fakes.
import { stringify } from 'yaml';

/** Plain data, so each test can change one thing and write it back as YAML. */
export interface OfficeData {
  [key: string]: unknown;
  id: string;
}

export function smallDirectory(): { offices: OfficeData[] } {
  return {
    offices: [
      {
        id: 'sapa-129',
        name: 'SAPA 129',
        kind: 'national',
        regions: [],
        timezone: 'Asia/Jakarta',
        verified: true,
        phone: '129',
      },
      {
        id: 'uptd-jateng',
        name: 'UPTD PPA Provinsi Jawa Tengah',
        kind: 'provincial',
        regions: ['Jawa Tengah'],
        parent: 'sapa-129',
        timezone: 'Asia/Jakarta',
        location: { lat: -6.99, lon: 110.42 },
        verified: false,
      },
      {
        id: 'uptd-pati',
        name: 'UPTD PPA Kabupaten Pati',
        kind: 'uptd_ppa',
        regions: ['Kabupaten Pati'],
        aliases: ['Bumi Mina Tani'],
        parent: 'uptd-jateng',
        timezone: 'Asia/Jakarta',
        location: { lat: -6.755, lon: 111.038 },
        verified: false,
        phone: '+62 000-0000-0000',
        hours: { 'mon-fri': '08:00-16:00' },
        officers: [
          { id: 'pati-a', name: 'Petugas Contoh A', telegram: 100000901, role: 'officer' },
          { id: 'pati-s', name: 'Supervisor Contoh', telegram: 100000909, role: 'supervisor' },
        ],
        oncall: ['pati-a', { officer: 'pati-s', days: ['sat', 'sun'] }],
      },
    ],
  };
}

export function toYaml(data: unknown): string {
  return stringify(data);
}

/** The office with this id; throws so a broken fixture fails loudly. */
export function officeOf(data: { offices: OfficeData[] }, id: string): OfficeData {
  const office = data.offices.find((candidate) => candidate.id === id);
  if (!office) throw new Error(`fixture has no office ${id}`);
  return office;
}
