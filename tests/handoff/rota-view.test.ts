import { describe, expect, it } from 'vitest';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/index.js';
import { OfficerRoster } from '../../src/handoff/officer-roster.js';
import { officeRota } from '../../src/handoff/rota-view.js';

const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
/** Friday 2026-01-09, 23:00 in Palu (WITA, UTC+8): the evening officer's overnight shift. */
const FRIDAY_23 = new Date(Date.UTC(2026, 0, 9, 15, 0));
const ids = (officers: { id: string }[] | undefined) => officers?.map((o) => o.id);

describe('officeRota', () => {
  it("should say who is on call now and who next, at the office's own clock", () => {
    const roster = new OfficerRoster(directory, () => ['telegram']);
    const friday = officeRota(roster, 'uptd-palu', FRIDAY_23)!;
    expect(ids(friday.now)).toEqual(['palu-b', 'palu-s']);
    // The overnight shift ends Saturday 08:00 WITA; the weekday day shift does not start then.
    expect(new Date(friday.next!.at).toISOString()).toBe('2026-01-10T00:00:00.000Z');
    expect(ids(friday.next!.officers)).toEqual(['palu-s']);
    const saturday = officeRota(roster, 'uptd-palu', new Date(friday.next!.at))!;
    expect(new Date(saturday.next!.at).toISOString()).toBe('2026-01-10T08:00:00.000Z'); // 16:00 WITA
    expect(ids(saturday.next!.officers)).toEqual(['palu-b', 'palu-s']);
    expect(ids(friday.chain)).toEqual(['palu-b', 'palu-s', 'sulteng-a', 'sulteng-s']);
  });

  it('should say why no running channel reaches an officer on the rota', () => {
    const nothing = officeRota(new OfficerRoster(directory, () => []), 'uptd-palu', FRIDAY_23)!;
    expect(nothing.unreachable.map((o) => [o.id, o.unreachable])).toEqual([
      ['palu-a', 'telegram_off'],
      ['palu-b', 'channels_off'],
      ['palu-s', 'telegram_off'],
    ]);
    const telegram = officeRota(new OfficerRoster(directory, () => ['telegram']), 'uptd-pati', FRIDAY_23)!;
    expect(telegram.unreachable.map((o) => [o.id, o.unreachable])).toEqual([['pati-b', 'whatsapp_off']]);
  });

  it('should know no office the directory does not have', () => {
    expect(officeRota(new OfficerRoster(directory, () => []), 'nowhere', FRIDAY_23)).toBeUndefined();
  });
});
