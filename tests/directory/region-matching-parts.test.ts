import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistanceWithin } from '../../src/directory/edit-distance.js';
import { nameKey, nameWords, splitPrefix, titleCase } from '../../src/directory/region-name.js';
import { VillageIndex } from '../../src/directory/village-index.js';

describe('editDistanceWithin', () => {
  it.each([
    ['pati', 'pati', 2, 0],
    ['luwuutra', 'luwuutara', 1, 1],
    ['payakumbuah', 'payakumbuh', 2, 1],
    ['plau', 'palu', 1, 1], // a swap of neighbours counts once
    ['kudus', 'pati', 2, undefined],
    ['abc', 'abcdef', 2, undefined],
    ['', 'ab', 2, 2],
  ])('should measure %s → %s within %i as %s', (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
  });

  it.each([
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
  ])('should allow a key of length %i %i typos', (length, typos) => {
    expect(allowedTypos(length)).toBe(typos);
  });
});

describe('region names', () => {
  it.each([
    ['Kab. Pati', ['kab', 'pati']],
    ["  Ma'rang ", ['marang']],
    ['Regapu’u', ['regapuu']],
    ['Tojo Una-Una', ['tojo', 'una', 'una']],
    ['Bóné', ['bone']],
  ])('should split %j into words', (text, words) => {
    expect(nameWords(text)).toEqual(words);
  });

  it.each([
    [['kota', 'palu'], 'kota', 'palu'],
    [['kabupaten', 'lima', 'puluh', 'kota'], 'kabupaten', 'limapuluhkota'],
    [['kota', 'administrasi', 'jakarta', 'selatan'], 'kota', 'jakartaselatan'],
    [['kec', 'juwana'], 'district', 'juwana'],
    [['kota'], undefined, 'kota'],
    [['payakumbuh'], undefined, 'payakumbuh'],
  ])('should split the prefix off %j', (words, hint, core) => {
    const split = splitPrefix(words);
    expect(split.hint).toBe(hint);
    expect(nameKey(split.core)).toBe(core);
  });

  it.each([
    ['KABUPATEN TOJO UNA-UNA', 'Kabupaten Tojo Una-Una'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['Palu Barat', 'Palu Barat'],
  ])('should title-case %j', (name, expected) => {
    expect(titleCase(name)).toBe(expected);
  });
});

describe('VillageIndex', () => {
  const csv = [
    'code,district_code,name',
    '33.18.08.2001,33.18.08,Trimulyo',
    '33.18.08.2002,33.18.08,Mekar Sari',
    '35.13.15.2017,35.13.15,Soka"an',
    '72.71.01.1001,72.71.01,Mekarsari',
    '73.22.02.2001,73.22.02,Bóné-Bone',
    '',
  ].join('\r\n');
  const index = VillageIndex.fromCsv(csv);

  it('should find every desa with the same normalized name', () => {
    expect(index.find('mekarsari').map((row) => row.code)).toEqual(['33.18.08.2002', '72.71.01.1001']);
  });

  it('should normalize accented names like every other name', () => {
    expect(index.find(nameKey(nameWords('Bone Bone'))).map((row) => row.name)).toEqual(['Bóné-Bone']);
  });

  it('should keep names exactly as written, without line endings', () => {
    expect(index.find('sokaan')).toEqual([
      { code: '35.13.15.2017', districtCode: '35.13.15', name: 'Soka"an' },
    ]);
  });

  it('should find a desa by code and nothing for an unknown code', () => {
    expect(index.byCode('33.18.08.2001')?.name).toBe('Trimulyo');
    expect(index.byCode('33.18.08.2999')).toBeUndefined();
    expect(index.find('atlantis')).toEqual([]);
  });
});
