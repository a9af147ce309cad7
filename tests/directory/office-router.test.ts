import { beforeAll, describe, expect, it } from 'vitest';
import type { Area } from '../../src/directory/area-catalog.js';
import {
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
  parseDirectory,
} from '../../src/directory/directory-loader.js';
import type { Directory } from '../../src/directory/directory-schema.js';
import { contactOffice, haversineKm, nearestOffice, routeArea } from '../../src/directory/office-router.js';
import { createRegionGazetteer, type RegionGazetteer } from '../../src/directory/region-gazetteer.js';
import { officeOf, smallDirectory, toYaml } from './directory-fixtures.js';

let example: Directory;
let gazetteer: RegionGazetteer;
beforeAll(() => {
  example = loadDirectory(EXAMPLE_DIRECTORY_FILE);
  gazetteer = createRegionGazetteer();
});

function area(query: string): Area {
  const match = gazetteer.resolveRegion(query);
  if (match.type !== 'found') throw new Error(`expected one area for ${query}`);
  return match.area;
}

const chainIds = (directory: Directory, query: string) =>
  routeArea(directory, area(query)).map((office) => office.id);

describe('routeArea', () => {
  it('should send Kota Payakumbuh and Kab. Lima Puluh Kota to different offices', () => {
    expect(chainIds(example, 'Kota Payakumbuh')[0]).toBe('p2tp2a-payakumbuh');
    expect(chainIds(example, 'Kabupaten Lima Puluh Kota')[0]).toBe('uptd-lima-puluh-kota');
  });

  it('should route a kecamatan to its kab/kota office, then up to the national office', () => {
    expect(chainIds(example, 'Juwana')).toEqual(['uptd-pati', 'uptd-jateng', 'sapa-129']);
  });

  it('should route a kab/kota without an office to its province', () => {
    expect(chainIds(example, 'Kabupaten Kudus')).toEqual(['uptd-jateng', 'sapa-129']);
    expect(chainIds(example, 'Kabupaten Luwu Timur')).toEqual(['uptd-sulsel', 'sapa-129']);
  });

  it('should route a province to its provincial office', () => {
    expect(chainIds(example, 'Sulteng')).toEqual(['uptd-sulteng', 'sapa-129']);
  });

  it('should route a province without any office to the national office', () => {
    expect(chainIds(example, 'Kabupaten Badung')).toEqual(['sapa-129']);
  });

  it('should end at the national office even when no parent leads there', () => {
    const data = smallDirectory();
    delete officeOf(data, 'uptd-jateng').parent;
    expect(chainIds(parseDirectory(toYaml(data)), 'Pati')).toEqual(['uptd-pati', 'uptd-jateng', 'sapa-129']);
  });
});

describe('contactOffice', () => {
  it('should keep the responsible office but show the national contacts when nothing below is verified', () => {
    const { responsible, contact } = contactOffice(routeArea(example, area('Juwana')));
    expect(responsible.id).toBe('uptd-pati');
    expect(contact?.id).toBe('sapa-129');
  });

  it('should fall back to the first verified office up the chain', () => {
    const data = smallDirectory();
    Object.assign(officeOf(data, 'uptd-jateng'), { verified: true, phone: '+62 000-0000-0001' });
    const { responsible, contact } = contactOffice(routeArea(parseDirectory(toYaml(data)), area('Pati')));
    expect(responsible.id).toBe('uptd-pati');
    expect(contact?.id).toBe('uptd-jateng');
  });

  it("should show the responsible office's own contacts once it is verified", () => {
    const data = smallDirectory();
    Object.assign(officeOf(data, 'uptd-pati'), { verified: true, phone: '+62 000-0000-0001' });
    const { responsible, contact } = contactOffice(routeArea(parseDirectory(toYaml(data)), area('Pati')));
    expect(contact).toBe(responsible);
  });

  it('should show no contact at all when no office in the chain is verified', () => {
    const data = smallDirectory();
    Object.assign(officeOf(data, 'sapa-129'), { verified: false });
    expect(contactOffice(routeArea(parseDirectory(toYaml(data)), area('Pati'))).contact).toBeUndefined();
  });
});

describe('nearestOffice', () => {
  it.each([
    ['Payakumbuh town', -0.225, 100.63, 'p2tp2a-payakumbuh'],
    ['Sarilamak', -0.2, 100.69, 'uptd-lima-puluh-kota'],
    ['Masamba', -2.56, 120.33, 'uptd-luwu-utara'],
    ['Juwana', -6.715, 111.15, 'uptd-pati'],
    ['Semarang', -6.99, 110.42, 'uptd-jateng'],
    ['Palu', -0.89, 119.87, 'uptd-palu'],
  ])('should pick the closest office for a location in %s', (_place, lat, lon, officeId) => {
    expect(nearestOffice(example, lat, lon)?.office.id).toBe(officeId);
  });

  it('should ignore offices without a location and say how far the nearest one is', () => {
    const nearest = nearestOffice(example, -6.2, 106.82); // Jakarta: no office there, SAPA 129 has no location
    expect(nearest?.office.location).toBeDefined();
    expect(nearest?.distanceKm).toBeGreaterThan(300);
  });

  it('should prefer the local office over a provincial one at the same distance', () => {
    const data = smallDirectory();
    officeOf(data, 'uptd-jateng').location = officeOf(data, 'uptd-pati').location;
    expect(nearestOffice(parseDirectory(toYaml(data)), -6.7, 111.0)?.office.id).toBe('uptd-pati');
  });

  it('should find nothing when no office has a location', () => {
    const data = smallDirectory();
    for (const office of data.offices) delete office.location;
    expect(nearestOffice(parseDirectory(toYaml(data)), -6.7, 111.0)).toBeUndefined();
  });
});

describe('haversineKm', () => {
  it('should measure one degree of latitude as about 111 km', () => {
    expect(haversineKm({ lat: 0, lon: 100 }, { lat: 1, lon: 100 })).toBeCloseTo(111.19, 1);
  });
});
