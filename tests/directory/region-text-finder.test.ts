import { beforeAll, describe, expect, it } from 'vitest';
import type { Area } from '../../src/directory/area-catalog.js';
import { createDirectoryGazetteer } from '../../src/directory/directory-gazetteer.js';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/directory-loader.js';
import { createRegionGazetteer, type RegionGazetteer } from '../../src/directory/region-gazetteer.js';
import { findRegionInText } from '../../src/directory/region-text-finder.js';

function regencyOf(area: Area): string | undefined {
  return area.level === 'regency' ? area.code : area.regencyCode;
}

let gazetteer: RegionGazetteer;
beforeAll(() => {
  gazetteer = createDirectoryGazetteer(loadDirectory(EXAMPLE_DIRECTORY_FILE));
});

describe('findRegionInText', () => {
  it.each([
    ['id', 'saya tinggal di palu', '72.71'],
    ['id', 'Saya di Kota Palu sekarang', '72.71'],
    ['id', 'tolong saya dari Pati', '33.18'],
    ['id', 'rumah saya di kecamatan Juwana', '33.18'],
    ['id', 'dipukul suami, kami tinggal di daerah Luwu Utara', '73.22'],
    ['id', 'aku di Payakumbuah kak', '13.76'],
    ['id', 'kejadiannya di Kab. Lima Puluh Kota', '13.07'],
    ['id', 'dr palu barat min', '72.71'],
    ['jv', 'aku neng Juwana', '33.18'],
    ['jv', 'bojoku saka Pati', '33.18'],
    ['su', 'abdi di Palu', '72.71'],
    ['min', 'ambo di Payakumbuh', '13.76'],
    ['bug', 'engka ri Lutra', '73.22'],
    ['bug', 'iya okko Masamba', '73.22'],
  ])('should find the place in %s text %j', (_language, text, regencyCode) => {
    const match = gazetteer.findRegionInText(text);
    if (match?.type !== 'found') throw new Error(`expected one area, got ${JSON.stringify(match)}`);
    expect(regencyOf(match.area)).toBe(regencyCode);
  });

  it.each([
    'dipukul pakai palu',
    'kepala saya dipukul palu sampai berdarah',
    'bojoku ngancam nganti pati',
    'dipukul ayah dari ibu saya',
    'saya di rumah sekarang',
    'saya tinggal di kota',
    'pacar saya mukul saya',
    'tolong saya takut',
    '',
  ])('should find no place in %j', (text) => {
    expect(gazetteer.findRegionInText(text)).toBeUndefined();
  });

  it('should ask rather than guess when the named place is ambiguous', () => {
    expect(gazetteer.findRegionInText('saya dari Jambi')?.type).toBe('ambiguous');
  });

  it('should find a desa only after "desa" or "kelurahan"', () => {
    expect(gazetteer.findRegionInText('di Trimulyo')).toBeUndefined();
    const match = gazetteer.findRegionInText('kami di desa Trimulyo');
    expect(match?.type).toBe('ambiguous');
  });

  it('should take the first place named when there are several', () => {
    const match = gazetteer.findRegionInText('saya dari Pati tapi sekarang di Palu');
    expect(match?.type === 'found' ? match.area.code : undefined).toBe('33.18');
  });
});

describe('findRegionInText in other languages', () => {
  const gazetteer = createRegionGazetteer();
  it.each([
    ['I am in Juwana', '33.18'],
    ['kula wonten Juwana', '33.18'],
    ['abdi ti Pati', '33.18'],
  ])('should find the place in %j', (text, regency) => {
    const match = gazetteer.findRegionInText(text);
    expect(match?.type).toBe('found');
    if (match?.type === 'found') expect(match.area.regencyCode ?? match.area.code).toBe(regency);
  });
});

describe('findRegionInText on a pasted page', () => {
  /** Counts the gazetteer look-ups one call makes: work done, not time, so the test is stable. */
  function lookUps(text: string): { all: number; withTypos: number; found: string | undefined } {
    let all = 0;
    let withTypos = 0;
    const counting = Object.create(gazetteer) as RegionGazetteer;
    counting.findMatch = (words, rules, scopes) => {
      all += 1;
      if (rules.typoLevels.size > 0) withTypos += 1;
      return gazetteer.findMatch(words, rules, scopes);
    };
    const match = findRegionInText(counting, text);
    return { all, withTypos, found: match?.type === 'found' ? match.area.code : undefined };
  }

  // Two passes: names as written over the whole text first, then typos over its first cues.
  it('should look up a repeated phrase once a pass, however long the text', () => {
    expect(lookUps('di jawa '.repeat(500)).all).toBeLessThanOrEqual(2 * 4);
  });

  it('should stop after a bounded number of look-ups on text with thousands of place cues', () => {
    const page = Array.from({ length: 2_000 }, (_, i) => `di pasar${i} rumah kami`).join(' ');
    const work = lookUps(page);
    expect(work.all).toBeLessThanOrEqual(64 + 8);
    expect(work.withTypos).toBeLessThanOrEqual(8);
  });

  it('should take a name as written over an earlier word that is a typo away from a place', () => {
    // "kamar" (a room) is one letter from Kampar (Riau).
    expect(lookUps('saya dipukul suami di kamar mandi, sekarang saya di Juwana').found).toBe('33.18.08');
    const guess = gazetteer.findRegionInText('saya dikunci di kamar');
    expect(guess?.type === 'found' && guess.guessed).toBe(true);
  });

  it('should still find the place a story names after several cues', () => {
    const story =
      'kemarin di rumah saya dipukul, lalu ke warung, dari tadi di sini saya takut, saya tinggal di kecamatan juwana';
    expect(lookUps(story).found).toBe('33.18.08');
  });
});

// Each language's usual ways of saying where something happened or where the writer is.
const PLACE_PHRASING: Record<string, [string, string][]> = {
  id: [
    ['kejadiannya di Juwana', '33.18'],
    ['saya tinggal di daerah Pati', '33.18'],
    ['sy dr Pati kak', '33.18'],
  ],
  'jv ngoko': [
    ['aku neng Pati', '33.18'],
    ['omahku ning Juwana', '33.18'],
    ['kedadeane ing Juwana', '33.18'],
    ['aku saka Pati', '33.18'],
  ],
  'jv krama': [
    ['kula wonten ing Pati', '33.18'],
    ['ing Pati', '33.18'],
    ['wonten ing Juwana', '33.18'],
    ['kedadosanipun ing Juwana', '33.18'],
    ['kula saking Pati', '33.18'],
    ['griya kula wonten Juwana', '33.18'],
  ],
  su: [
    ['abdi di Palu', '72.71'],
    ['abdi ti Pati', '33.18'],
    ['kajadianana di Juwana', '33.18'],
    ['abdi badé angkat ka Palu', '72.71'],
  ],
  min: [
    ['ambo di Payakumbuh', '13.76'],
    ['ambo dari Payakumbuah', '13.76'],
    ['ambo pai ka Payakumbuh', '13.76'],
  ],
  bug: [
    ['kejadianna ri Masamba', '73.22'],
    ['iya okko Masamba', '73.22'],
    ['pole Masamba', '73.22'],
  ],
  en: [
    ['I am in Juwana', '33.18'],
    ['we live near Palu', '72.71'],
    ['my sister is from Pati', '33.18'],
  ],
};

describe('place phrasing per language', () => {
  const gazetteer = createRegionGazetteer();
  for (const [language, rows] of Object.entries(PLACE_PHRASING)) {
    it.each(rows)(`${language}: should find the place in %j`, (text, regency) => {
      const match = gazetteer.findRegionInText(text);
      if (match?.type !== 'found') throw new Error(`expected one area, got ${JSON.stringify(match)}`);
      expect(match.area.regencyCode ?? match.area.code).toBe(regency);
    });
  }
});

describe('findRegionInText work', () => {
  // A counting wrapper around the real gazetteer: how many name look-ups a text costs.
  function counted(): { gazetteer: RegionGazetteer; calls: () => number } {
    const real = createRegionGazetteer();
    let calls = 0;
    const wrapper = Object.create(real) as RegionGazetteer;
    wrapper.findMatch = (...args: Parameters<RegionGazetteer['findMatch']>) => {
      calls += 1;
      return real.findMatch(...args);
    };
    return { gazetteer: wrapper, calls: () => calls };
  }

  it('should look each distinct run of words up once a pass, however often a long text repeats it', () => {
    const { gazetteer, calls } = counted();
    expect(findRegionInText(gazetteer, 'di jawa '.repeat(500))).toBeUndefined();
    expect(calls()).toBeLessThanOrEqual(2 * 4);
  });

  it('should cost at most four look-ups a place cue, so the work grows linearly with the text', () => {
    const words = Array.from({ length: 400 }, (_, i) => `di kampung${i}`).join(' ');
    const { gazetteer, calls } = counted();
    expect(findRegionInText(gazetteer, words)).toBeUndefined();
    expect(calls()).toBeLessThanOrEqual(4 * 400);
  });
});
