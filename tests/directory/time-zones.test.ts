import { describe, expect, it } from 'vitest';
import { fixedOffsetMinutes, isTimeZone } from '../../src/lib/time-zones.js';

describe('isTimeZone', () => {
  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak', 'Europe/Amsterdam'])(
    'should accept the IANA zone %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it('should accept an old alias the tz database still knows (Makassar as Ujung Pandang)', () => {
    expect(isTimeZone('Asia/Ujung_Pandang')).toBe(true);
  });

  it.each(['Asia/Jakrta', 'WIB', 'Mars/Olympus', ''])('should refuse %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe('fixedOffsetMinutes', () => {
  it('should give WIB, WITA and WIT, and nothing for a zone with daylight saving', () => {
    expect([
      fixedOffsetMinutes('Asia/Jakarta'),
      fixedOffsetMinutes('Asia/Makassar'),
      fixedOffsetMinutes('Asia/Jayapura'),
      fixedOffsetMinutes('Europe/Amsterdam'),
    ]).toEqual([420, 480, 540, undefined]);
  });
});
