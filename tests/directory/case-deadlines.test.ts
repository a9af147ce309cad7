import { describe, expect, it } from 'vitest';
import {
  caseDeadline,
  checkDirectoryText,
  EXAMPLE_DIRECTORY_FILE,
  endOfNextWorkingDay,
  loadDirectory,
  parseDirectory,
} from '../../src/directory/index.js';

const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
const palu = directory.byId.get('uptd-palu')!; // Asia/Makassar (WITA, UTC+8), mon-fri 08:00-16:00
const payakumbuh = directory.byId.get('p2tp2a-payakumbuh')!; // WIB; mon-thu to 16:00, fri to 16:30
const wita = (iso: string) => Date.parse(`${iso}+08:00`);
const wib = (iso: string) => Date.parse(`${iso}+07:00`);

describe('case deadlines by risk, in the office time zone', () => {
  it('should give a medium-risk case 6 hours and a high-risk one the acknowledgement time', () => {
    const now = wita('2026-01-05T11:00:00');
    expect(caseDeadline(palu, 'medium', now)).toBe(now + 6 * 3600_000);
    expect(caseDeadline(palu, 'high', now)).toBe(now + 300_000);
  });

  it('should give a low-risk case until the end of the next working day', () => {
    expect(caseDeadline(palu, 'low', wita('2026-01-05T11:00:00'))).toBe(wita('2026-01-06T16:00:00')); // Mon → Tue
    expect(caseDeadline(palu, 'low', wita('2026-01-09T14:00:00'))).toBe(wita('2026-01-12T16:00:00')); // Fri → Mon
    expect(caseDeadline(palu, 'low', wita('2026-01-10T23:30:00'))).toBe(wita('2026-01-12T16:00:00')); // Sat → Mon
    // A report just after local midnight belongs to that local day, not the UTC one.
    expect(endOfNextWorkingDay(palu, wita('2026-01-06T00:10:00'))).toBe(wita('2026-01-07T16:00:00'));
    expect(caseDeadline(payakumbuh, 'low', wib('2026-01-08T09:00:00'))).toBe(wib('2026-01-09T16:30:00')); // Thu → Fri
  });

  it("should follow an office's own deadlines from the directory", () => {
    const file = `offices:
  - id: sapa-129
    name: SAPA 129
    kind: national
    deadlines: { medium: 90m, low: 2d, escalate: 30m }
`;
    const office = parseDirectory(file, 'offices.yaml').byId.get('sapa-129')!;
    expect(office.deadlines).toEqual({ mediumMs: 90 * 60_000, low: 2 * 86_400_000, escalateMs: 30 * 60_000 });
    const now = Date.UTC(2026, 0, 5, 3);
    expect(caseDeadline(office, 'low', now)).toBe(now + 2 * 86_400_000);
  });

  it('should name the office and field of a deadline it cannot read', () => {
    const file = `offices:
  - id: sapa-129
    name: SAPA 129
    kind: national
    deadlines: { medium: 6 hours }
`;
    const result = checkDirectoryText(file, 'offices.yaml');
    expect(result.directory).toBeUndefined();
    expect(result.problems.join('\n')).toMatch(
      /sapa-129: deadlines\.medium: "6 hours" is not valid; expected a duration such as "90m", "6h" or "2d"/,
    );
  });
});
