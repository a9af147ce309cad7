import { describe, expect, it } from 'vitest';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/index.js';
import { internationalDigits, OfficerRoster } from '../../src/handoff/officer-roster.js';

const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
const everywhere = () => ['telegram', 'whatsapp_cloud', 'whatsapp_baileys'];
/** Monday 2026-01-05, 11:00 and 23:00 in Palu (WITA, UTC+8). */
const MONDAY_11 = new Date(Date.UTC(2026, 0, 5, 3, 0));
const MONDAY_23 = new Date(Date.UTC(2026, 0, 5, 15, 0));

describe('OfficerRoster', () => {
  it("should order the chain: the office's on-call officers by the rota, then the parent office's", () => {
    const roster = new OfficerRoster(directory, everywhere);
    expect(roster.escalationChain('uptd-palu', MONDAY_11)).toEqual([
      'palu-a',
      'palu-s',
      'sulteng-a',
      'sulteng-s',
    ]);
    expect(roster.escalationChain('uptd-palu', MONDAY_23)).toEqual([
      'palu-b',
      'palu-s',
      'sulteng-a',
      'sulteng-s',
    ]);
    expect(roster.escalationChain('sapa-129', MONDAY_11)).toEqual([]);
  });

  it('should leave out officers no running channel reaches, unless asked for everyone on call', () => {
    const whatsappOnly = new OfficerRoster(directory, () => ['whatsapp_cloud']);
    expect(whatsappOnly.escalationChain('uptd-palu', MONDAY_23)).toEqual(['palu-b']);
    expect(whatsappOnly.escalationChain('uptd-palu', MONDAY_11)).toEqual([]);
    expect(whatsappOnly.escalationChain('uptd-palu', MONDAY_11, { reachableOnly: false })).toHaveLength(4);
    expect(whatsappOnly.reach('palu-b')).toEqual({
      channel: 'whatsapp_cloud',
      address: 'to:6200000000000',
      userKey: 'wa:6200000000000',
    });
  });

  it('should let an officer handle the cases of their office and of the offices below it only', () => {
    const roster = new OfficerRoster(directory, everywhere);
    expect(roster.mayHandle('palu-a', 'uptd-palu')).toBe(true);
    expect(roster.mayHandle('sulteng-a', 'uptd-palu')).toBe(true); // the provincial office above
    expect(roster.mayHandle('palu-a', 'uptd-sulteng')).toBe(false); // not upwards
    expect(roster.mayHandle('sumbar-a', 'uptd-palu')).toBe(false); // not another province
    expect(roster.mayHandle('palu-a', null)).toBe(false);
    expect(roster.mayHandle('nobody', 'uptd-palu')).toBe(false);
  });

  it('should recognise an officer by Telegram chat id, WhatsApp address, or the keyed number beside it', () => {
    const key = (digits: string) => `k:${digits}`;
    const roster = new OfficerRoster(directory, everywhere, key);
    expect(roster.officerAt('telegram', '100000201')?.officer.id).toBe('palu-a');
    expect(
      roster.officerAt('whatsapp_baileys', '190000000000001@lid', key('6200000000000'))?.officer.id,
    ).toMatch(/^(palu|pati)-b$/);
    expect(roster.officerAt('telegram', '555000111')).toBeUndefined();
    // The number counts only on WhatsApp.
    expect(roster.officerAt('webchat', 'abc', key('6200000000000'))).toBeUndefined();
  });

  it('should turn phone numbers into international digits, and refuse short codes', () => {
    expect(internationalDigits('+62 811-1129-129')).toBe('628111129129');
    expect(internationalDigits('0811 1129 129')).toBe('628111129129');
    expect(internationalDigits('129')).toBeUndefined();
  });
});
