// The official list of Indonesian areas (idn-area-data, Kemendagri codes) as look-up tables:
// provinces, kab/kota and kecamatan eagerly (~8,000 small records), desa/kelurahan lazily and
// compactly (see village-index.ts), because most look-ups stop at a higher level.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameKey, nameWords, splitPrefix, titleCase } from './region-name.js';
import { type VillageRow, VillageIndex } from './village-index.js';

export type AreaLevel = 'province' | 'regency' | 'district' | 'village';

/** One official area. `regency` means a kabupaten or a kota. */
export interface Area {
  readonly code: string;
  /** "Jawa Tengah", "Kabupaten Pati", "Kota Palu", "Juwana". */
  readonly name: string;
  readonly level: AreaLevel;
  readonly provinceCode: string;
  /** The kab/kota a kecamatan or desa lies in. */
  readonly regencyCode?: string;
  /** The kecamatan a desa lies in. */
  readonly districtCode?: string;
  /** For people choosing between areas: "Juwana, Kab. Pati, Jawa Tengah". */
  readonly label: string;
}

export interface AreaEntry {
  readonly area: Area;
  /** Normalized name without the "Kota"/"Kabupaten" prefix: "pati", "limapuluhkota". */
  readonly key: string;
  /** Only for kab/kota: which of the two it is, so "Kota Bogor" and "Kab. Bogor" can be told apart. */
  readonly kind?: 'kota' | 'kabupaten';
  /** "Kab. Pati", "Kota Palu", "Jawa Tengah": the name as it appears inside other labels. */
  readonly shortName: string;
}

/** Where idn-area-data keeps its CSV files, wherever npm placed the package. */
export function idnAreaDataDir(): string {
  const entry = createRequire(import.meta.url).resolve('idn-area-data');
  return join(dirname(entry), '..', 'data');
}

export class AreaCatalog {
  /** Provinces, kab/kota and kecamatan by code. */
  readonly byCode = new Map<string, AreaEntry>();
  /** Provinces, kab/kota and kecamatan by normalized name; several areas may share one. */
  readonly byKey = new Map<string, AreaEntry[]>();
  private villageIndex: VillageIndex | undefined;

  private constructor(private readonly dataDir: string) {}

  static load(dataDir: string = idnAreaDataDir()): AreaCatalog {
    const catalog = new AreaCatalog(dataDir);
    for (const [code, name] of catalog.readCsv('provinces.csv')) catalog.addProvince(code, name);
    for (const [code, provinceCode, name] of catalog.readCsv('regencies.csv')) {
      catalog.addRegency(code, provinceCode, name);
    }
    for (const [code, regencyCode, name] of catalog.readCsv('districts.csv')) {
      catalog.addDistrict(code, regencyCode, name);
    }
    return catalog;
  }

  /** Loads the desa/kelurahan index now instead of on the first village look-up. */
  get villages(): VillageIndex {
    this.villageIndex ??= VillageIndex.fromCsv(readFileSync(join(this.dataDir, 'villages.csv'), 'utf8'));
    return this.villageIndex;
  }

  get villagesLoaded(): boolean {
    return this.villageIndex !== undefined;
  }

  /** Any area by Kemendagri code, villages included. */
  area(code: string): Area | undefined {
    const entry = this.byCode.get(code);
    if (entry) return entry.area;
    const row = this.villages.byCode(code);
    return row ? this.villageArea(row) : undefined;
  }

  /** Villages named exactly `key` (normalized), as areas. */
  villagesNamed(key: string): Area[] {
    return this.villages.find(key).map((row) => this.villageArea(row));
  }

  private villageArea(row: VillageRow): Area {
    const district = this.byCode.get(row.districtCode);
    const regencyCode = district?.area.regencyCode ?? row.districtCode.slice(0, 5);
    const provinceCode = regencyCode.slice(0, 2);
    const regency = this.byCode.get(regencyCode);
    const province = this.byCode.get(provinceCode);
    const parts = [
      row.name,
      `Kec. ${district?.shortName ?? row.districtCode}`,
      regency?.shortName,
      province?.shortName,
    ];
    return {
      code: row.code,
      name: row.name,
      level: 'village',
      provinceCode,
      regencyCode,
      districtCode: row.districtCode,
      label: parts.filter((part) => part !== undefined).join(', '),
    };
  }

  private addProvince(code: string, officialName: string): void {
    const name = titleCase(officialName);
    const area: Area = { code, name, level: 'province', provinceCode: code, label: `Provinsi ${name}` };
    this.add({ area, key: nameKey(nameWords(name)), shortName: name });
  }

  private addRegency(code: string, provinceCode: string, officialName: string): void {
    const name = titleCase(officialName);
    const words = nameWords(name);
    const { hint, core } = splitPrefix(words);
    const kind = hint === 'kota' ? 'kota' : 'kabupaten';
    const shortName = kind === 'kabupaten' ? name.replace(/^Kabupaten /, 'Kab. ') : name;
    const province = this.byCode.get(provinceCode)?.shortName ?? provinceCode;
    const area: Area = { code, name, level: 'regency', provinceCode, label: `${shortName}, ${province}` };
    this.add({ area, key: nameKey(core), kind, shortName });
  }

  private addDistrict(code: string, regencyCode: string, officialName: string): void {
    const name = titleCase(officialName);
    const area = new DistrictArea(code, name, regencyCode, this.byCode);
    // Kecamatan names keep their first word: "Kota Baru" is a kecamatan, not a city called Baru.
    this.add({ area, key: nameKey(nameWords(name)), shortName: name });
  }

  private add(entry: AreaEntry): void {
    this.byCode.set(entry.area.code, entry);
    const sameName = this.byKey.get(entry.key);
    if (sameName) sameName.push(entry);
    else this.byKey.set(entry.key, [entry]);
  }

  private *readCsv(file: string): Generator<[string, string, string]> {
    const lines = readFileSync(join(this.dataDir, file), 'utf8').split(/\r?\n/).slice(1);
    for (const line of lines) {
      if (line.trim() === '') continue;
      const [first = '', second = '', ...rest] = line.split(',');
      yield [first, second, rest.join(',')];
    }
  }
}

/**
 * A kecamatan, whose label is written when someone reads it: about 7,300 of them are held for the
 * process's life, and their labels ("Juwana, Kab. Pati, Jawa Tengah") were a third of the catalog.
 */
class DistrictArea implements Area {
  readonly level = 'district';
  readonly provinceCode: string;

  constructor(
    readonly code: string,
    readonly name: string,
    readonly regencyCode: string,
    private readonly byCode: ReadonlyMap<string, AreaEntry>,
  ) {
    this.provinceCode = regencyCode.slice(0, 2);
  }

  get label(): string {
    const regency = this.byCode.get(this.regencyCode)?.shortName ?? this.regencyCode;
    const province = this.byCode.get(this.provinceCode)?.shortName ?? this.provinceCode;
    return `${this.name}, ${regency}, ${province}`;
  }
}

let shared: AreaCatalog | undefined;

/** The catalog built from the installed idn-area-data, built once per process on first use. */
export function sharedAreaCatalog(): AreaCatalog {
  shared ??= AreaCatalog.load();
  return shared;
}
