import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/directory/directory-schema.js';
import {
  type DayName,
  expandDays,
  isOncallNow,
  isOpenNow,
  officeHoursText,
  officeLocalTime,
} from '../../src/directory/office-hours.js';
import { LANGUAGES, type Language } from '../../src/engine/types.js';
import { createTranslator } from '../../src/i18n/translator.js';

// Monday 6 January 2025, 00:30 UTC = 07:30 WIB = 08:30 WITA.
const MONDAY_0030_UTC = new Date('2025-01-06T00:30:00Z');
const at = (iso: string) => new Date(iso);

const palu = { timezone: 'Asia/Makassar', hours: { 'mon-fri': '08:00-16:00' } };
const pati = { timezone: 'Asia/Jakarta', hours: { 'mon-fri': '08:00-16:00' } };

describe('officeLocalTime', () => {
  it.each([
    ['Asia/Jakarta', 'mon', 7 * 60 + 30],
    ['Asia/Makassar', 'mon', 8 * 60 + 30],
    ['Asia/Jayapura', 'mon', 9 * 60 + 30],
  ])('should read the clock in %s', (timezone, day, minutes) => {
    expect(officeLocalTime({ timezone }, MONDAY_0030_UTC)).toEqual({ day, minutes });
  });

  it.each(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Amsterdam'])(
    'should read the same clock in %s as Intl does, on every hour of 2026',
    (timezone) => {
      const intl = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 61 * 60_000) {
        const parts = Object.fromEntries(intl.formatToParts(t).map((p) => [p.type, p.value]));
        expect(officeLocalTime({ timezone }, new Date(t))).toEqual({
          day: parts.weekday?.toLowerCase(),
          minutes: Number(parts.hour) * 60 + Number(parts.minute),
        });
      }
    },
  );

  it('should move to the next day when the office is past midnight', () => {
    expect(officeLocalTime({ timezone: 'Asia/Makassar' }, at('2025-01-05T17:00:00Z'))).toEqual({
      day: 'mon',
      minutes: 60,
    });
  });
});

describe('isOpenNow', () => {
  it('should judge the same instant by each office’s own time zone', () => {
    expect(isOpenNow(palu, MONDAY_0030_UTC)).toBe(true);
    expect(isOpenNow(pati, MONDAY_0030_UTC)).toBe(false);
  });

  it.each([
    ['2025-01-06T08:59:00Z', true], // Mon 15:59 WIB
    ['2025-01-06T09:00:00Z', false], // Mon 16:00 WIB: closing time is exclusive
    ['2025-01-10T02:00:00Z', true], // Fri 09:00 WIB
    ['2025-01-11T02:00:00Z', false], // Sat 09:00 WIB
  ])('should answer for %s', (iso, open) => {
    expect(isOpenNow(pati, at(iso))).toBe(open);
  });

  it('should be closed when the office publishes no hours', () => {
    expect(isOpenNow({ timezone: 'Asia/Jakarta' }, MONDAY_0030_UTC)).toBe(false);
  });

  it('should honour a whole day written as 00:00-24:00', () => {
    expect(
      isOpenNow({ timezone: 'Asia/Jakarta', hours: { sun: '00:00-24:00' } }, at('2025-01-12T16:59:00Z')),
    ).toBe(true);
  });
});

describe('isOncallNow', () => {
  const office = { timezone: 'Asia/Makassar' };

  it.each([
    ['Fri 21:00', '2025-01-10T13:00:00Z', true],
    ['Sat 07:00', '2025-01-10T23:00:00Z', true],
    ['Sat 09:00', '2025-01-11T01:00:00Z', false],
    ['Thu 21:00', '2025-01-09T13:00:00Z', false],
    ['Sun 07:00', '2025-01-11T23:00:00Z', false],
  ])('should run an overnight Friday window into Saturday morning (%s)', (_local, iso, expected) => {
    expect(
      isOncallNow({ officer: 'palu-b', days: ['fri'], from: '20:00', to: '08:00' }, office, at(iso)),
    ).toBe(expected);
  });

  it('should cover every hour of the listed days when no times are given', () => {
    expect(isOncallNow({ officer: 'palu-s', days: ['sat', 'sun'] }, office, at('2025-01-11T15:00:00Z'))).toBe(
      true,
    );
    expect(isOncallNow({ officer: 'palu-s', days: ['sat', 'sun'] }, office, MONDAY_0030_UTC)).toBe(false);
    expect(isOncallNow({ officer: 'palu-s' }, office, MONDAY_0030_UTC)).toBe(true);
  });
});

describe('officeHoursText', () => {
  // Day names come from the locales (common:days.*), looked up the way the hotline services do.
  const translator = createTranslator();
  const dayNames = (lang: Language): DayName => {
    const t = translator.getFixedT(lang, 'common');
    return (day) => t(`days.${day}`);
  };

  it('should write hours in Indonesian with WIB/WITA/WIT', () => {
    expect(officeHoursText(palu, dayNames('id'))).toBe('Sen–Jum 08:00–16:00 WITA');
    expect(
      officeHoursText(
        { timezone: 'Asia/Jakarta', hours: { 'mon-thu': '07:30-16:00', fri: '07:30-16:30' } },
        dayNames('id'),
      ),
    ).toBe('Sen–Kam 07:30–16:00, Jum 07:30–16:30 WIB');
  });

  it.each([
    ['en', 'Mon–Fri 08:00–16:00 WIB'],
    ['jv', 'Senen–Jemuwah 08:00–16:00 WIB'],
    ['su', 'Senén–Jumaah 08:00–16:00 WIB'],
    ['min', 'Sinayan–Jumaik 08:00–16:00 WIB'],
    ['bug', "Sanang–Juma' 08:00–16:00 WIB"],
  ] as const)('should write the day names in %s', (lang, text) => {
    expect(officeHoursText(pati, dayNames(lang))).toBe(text);
  });

  it('should name every weekday in every language', () => {
    for (const lang of LANGUAGES) {
      const names = WEEKDAYS.map(dayNames(lang));
      expect(names.filter((name) => name.startsWith('days.'))).toEqual([]);
      expect(new Set(names).size).toBe(WEEKDAYS.length);
    }
  });

  it('should say nothing when the office publishes no hours', () => {
    expect(officeHoursText({ timezone: 'Asia/Jayapura' }, dayNames('id'))).toBeUndefined();
  });
});

describe('expandDays', () => {
  it.each([
    ['mon-fri', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['sat', ['sat']],
    ['fri-mon', ['fri', 'sat', 'sun', 'mon']],
  ])('should expand %s', (range, days) => {
    expect(expandDays(range)).toEqual(days);
  });
});
