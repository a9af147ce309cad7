import { beforeAll, describe, expect, it } from 'vitest';
import { type Area, AreaCatalog } from '../../src/directory/area-catalog.js';
import { createDirectoryGazetteer } from '../../src/directory/directory-gazetteer.js';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/directory-loader.js';
import { createRegionGazetteer, type RegionGazetteer } from '../../src/directory/region-gazetteer.js';
import type { RegionMatch } from '../../src/directory/region-match-rules.js';

/** The kab/kota an area belongs to, or the area itself when it is one. */
function regencyOf(area: Area): string | undefined {
  return area.level === 'regency' ? area.code : area.regencyCode;
}

function foundArea(match: RegionMatch): Area {
  if (match.type !== 'found') throw new Error(`expected one area, got ${JSON.stringify(match)}`);
  return match.area;
}

let gazetteer: RegionGazetteer;
beforeAll(() => {
  gazetteer = createDirectoryGazetteer(loadDirectory(EXAMPLE_DIRECTORY_FILE));
});

describe('resolveRegion', () => {
  it.each([
    ['Kota Palu', '72.71'],
    ['palu', '72.71'],
    ['PALU', '72.71'],
    ['  Palu. ', '72.71'],
    ['kab. pati', '33.18'],
    ['Kab Pati', '33.18'],
    ['Kabupaten Pati', '33.18'],
    ['luwu utara', '73.22'],
    ['Kabupaten Luwu Utara', '73.22'],
    ['Kota Payakumbuh', '13.76'],
    ['Lima Puluh Kota', '13.07'],
    ['Limapuluh Kota', '13.07'],
    ['Kota Jambi', '15.71'],
    ['Palopo', '73.73'],
    ['Luwu', '73.17'],
  ])('should resolve the kab/kota %j', (query, code) => {
    const area = foundArea(gazetteer.resolveRegion(query));
    expect(area).toMatchObject({ code, level: 'regency' });
  });

  it.each([
    ['Juwana', '33.18'],
    ['kecamatan Juwana', '33.18'],
    ['Masamba', '73.22'],
    ['Telanaipura', '15.71'],
    ['Palu Barat', '72.71'],
  ])('should resolve the kecamatan %j inside its kab/kota', (query, regencyCode) => {
    const area = foundArea(gazetteer.resolveRegion(query));
    expect(area.level).toBe('district');
    expect(regencyOf(area)).toBe(regencyCode);
  });

  it.each([
    ['Luwu Utra', '73.22'],
    ['Luwu Utaraa', '73.22'],
    ['payakumbu', '13.76'],
    ['Kabupaten Patti', '33.18'],
  ])('should tolerate the typo in %j, marked as a guess to confirm', (query, code) => {
    const match = gazetteer.resolveRegion(query);
    expect(foundArea(match).code).toBe(code);
    expect(match).toMatchObject({ guessed: true });
  });

  it.each(['Kota Palu', 'Payakumbuh', 'Payakumbuah', 'Juwana', 'lutra'])(
    'should not mark an exact name %j as a guess',
    (query) => {
      expect(gazetteer.resolveRegion(query)).not.toHaveProperty('guessed');
    },
  );

  // Everyday words a typo away from a place name: routing on them silently sent a case elsewhere.
  it.each([
    ['wingi', 'Wlingi'],
    ['besok', 'Besuk'],
  ])('should offer %j only as a guess (%s)', (query, name) => {
    expect(gazetteer.resolveRegion(query)).toMatchObject({ type: 'found', area: { name }, guessed: true });
  });

  // Reporter trial: "kamar" (room) at "where?" routed a report to a desa in Maluku without asking.
  it.each([
    ['kamar', 'Kamar'],
    ['kantor', 'Kantor'],
    ['kampung', 'Kampung'],
  ])('should ask about the lone desa named by the everyday word %j', (query, name) => {
    expect(gazetteer.resolveRegion(query)).toMatchObject({
      type: 'found',
      area: { name, level: 'village' },
      guessed: true,
    });
  });

  it.each(['desa kamar', 'Kamar, Kab. Seram Bagian Timur', 'Trimulyo, Kec. Juwana', 'Trimulyo Juwana'])(
    'should take the desa in %j as named on purpose',
    (query) => {
      const match = gazetteer.resolveRegion(query);
      expect(foundArea(match).level).toBe('village');
      expect(match).not.toHaveProperty('guessed');
    },
  );

  it.each(['yogya', 'jogja'])('should offer each area once for %j', (query) => {
    const match = gazetteer.resolveRegion(query);
    const codes = match.type === 'ambiguous' ? match.candidates.map((area) => area.code) : [];
    expect(codes).toEqual(['34.71', '34']);
    expect(match).toMatchObject({ total: 2 });
  });

  it.each([
    ['Paty', 'Kab. Pati, Jawa Tengah'],
    ['Paly', 'Kota Palu, Sulawesi Tengah'],
  ])('should not accept a typo in the short name %j, only suggest it', (query, suggestion) => {
    expect(gazetteer.resolveRegion(query)).toEqual({
      type: 'unknown',
      suggestions: expect.arrayContaining([suggestion]),
    });
  });

  it.each([
    ['Sulteng', '72'],
    ['sumbar', '13'],
    ['Jateng', '33'],
    ['Sulsel', '73'],
    ['Provinsi Jambi', '15'],
    ['Sulawesi Tengah', '72'],
    ['DKI', '31'],
  ])('should resolve %j to a province', (query, code) => {
    expect(foundArea(gazetteer.resolveRegion(query))).toMatchObject({ code, level: 'province' });
  });

  it('should read "Solo" as Kota Surakarta, as everyone does', () => {
    expect(foundArea(gazetteer.resolveRegion('solo'))).toMatchObject({ code: '33.72' });
  });

  it('should know "Lutra" only through the directory alias', () => {
    expect(foundArea(gazetteer.resolveRegion('Lutra')).code).toBe('73.22');
    expect(createRegionGazetteer().resolveRegion('Lutra').type).not.toBe('found');
  });

  it('should prefer a kab/kota over a desa of the same name', () => {
    const village = foundArea(gazetteer.resolveRegion('Desa Palu'));
    expect(village.level).toBe('village');
    expect(foundArea(gazetteer.resolveRegion('Palu')).code).toBe('72.71');
  });

  it('should ask which one when a kab/kota and a kota share a name', () => {
    const match = gazetteer.resolveRegion('Bogor');
    expect(match.type).toBe('ambiguous');
    const codes = match.type === 'ambiguous' ? match.candidates.map((area) => area.code) : [];
    expect(codes.sort()).toEqual(['32.01', '32.71']);
  });

  it('should ask between the province, the city and Muaro Jambi for "Jambi"', () => {
    const match = gazetteer.resolveRegion('Jambi');
    expect(match.type).toBe('ambiguous');
    const codes = match.type === 'ambiguous' ? match.candidates.map((area) => area.code) : [];
    expect(codes).toEqual(['15.71', '15', '15.05']);
  });

  it('should offer a few labelled choices for a desa name shared by many desa', () => {
    const match = gazetteer.resolveRegion('Sidodadi');
    if (match.type !== 'ambiguous') throw new Error(`expected ambiguous, got ${match.type}`);
    expect(match.total).toBeGreaterThan(match.candidates.length);
    expect(match.candidates.length).toBeLessThanOrEqual(5);
    for (const candidate of match.candidates) {
      expect(candidate.level).toBe('village');
      expect(candidate.label).toMatch(/^Sidodadi, Kec\. .+, (Kab\.|Kota) .+, .+$/);
    }
  });

  it('should resolve a label copied from an ambiguous answer to exactly that area', () => {
    const match = gazetteer.resolveRegion('Sidodadi');
    const candidates = match.type === 'ambiguous' ? match.candidates : [];
    expect(candidates.length).toBeGreaterThan(1);
    for (const candidate of candidates) {
      expect(foundArea(gazetteer.resolveRegion(candidate.label)).code).toBe(candidate.code);
    }
  });

  it('should use the kecamatan or kab/kota after the name to choose', () => {
    const withComma = foundArea(gazetteer.resolveRegion('Trimulyo, Kec. Juwana'));
    expect(withComma).toMatchObject({ level: 'village', districtCode: '33.18.08' });
    expect(foundArea(gazetteer.resolveRegion('Trimulyo Juwana')).code).toBe(withComma.code);
    expect(foundArea(gazetteer.resolveRegion('Juwana Pati')).regencyCode).toBe('33.18');
  });

  it('should keep the name when the context after a comma rules everything out', () => {
    expect(foundArea(gazetteer.resolveRegion('Palu, Sulawesi Selatan')).code).toBe('72.71');
  });

  it('should read a slipped prefix as the place it names', () => {
    expect(foundArea(gazetteer.resolveRegion('Kabupaten Palu')).code).toBe('72.71');
  });

  it('should label areas the way people read them', () => {
    expect(foundArea(gazetteer.resolveRegion('Juwana')).label).toBe('Juwana, Kab. Pati, Jawa Tengah');
    expect(foundArea(gazetteer.resolveRegion('Kota Palu')).label).toBe('Kota Palu, Sulawesi Tengah');
    expect(foundArea(gazetteer.resolveRegion('Sulteng')).label).toBe('Provinsi Sulawesi Tengah');
  });

  it('should suggest close names for a near miss it cannot accept', () => {
    const match = gazetteer.resolveRegion('Luwu Utaraaaa');
    expect(match).toEqual({
      type: 'unknown',
      suggestions: expect.arrayContaining(['Kab. Luwu Utara, Sulawesi Selatan']),
    });
  });

  it.each(['qwrtzx', 'zzzzzzzzzz', '???', ''])('should answer unknown for gibberish %j', (query) => {
    const match = gazetteer.resolveRegion(query);
    expect(match.type).toBe('unknown');
    expect(match.type === 'unknown' ? match.suggestions.length : -1).toBeLessThanOrEqual(3);
  });
});

describe('the area catalog', () => {
  it('should hold the whole official list', () => {
    const catalog = AreaCatalog.load();
    const count = (level: Area['level']) =>
      [...catalog.byCode.values()].filter((e) => e.area.level === level).length;
    expect(count('province')).toBe(38);
    expect(count('regency')).toBe(514);
    expect(count('district')).toBeGreaterThan(7000);
    expect(catalog.villages.size).toBeGreaterThan(80_000);
  });

  it('should not load the desa index until a look-up needs it', () => {
    const catalog = AreaCatalog.load();
    const fresh = createRegionGazetteer({ catalog });
    fresh.resolveRegion('Kota Palu');
    fresh.resolveRegion('Juwana');
    expect(catalog.villagesLoaded).toBe(false);
    fresh.resolveRegion('Sidodadi');
    expect(catalog.villagesLoaded).toBe(true);
  });

  it('should find any area by its code', () => {
    const catalog = AreaCatalog.load();
    expect(catalog.area('33.18.08')?.name).toBe('Juwana');
    const village = catalog.area(foundArea(gazetteer.resolveRegion('Trimulyo, Juwana')).code);
    expect(village?.label).toBe('Trimulyo, Kec. Juwana, Kab. Pati, Jawa Tengah');
    expect(catalog.area('99.99')).toBeUndefined();
  });
});
