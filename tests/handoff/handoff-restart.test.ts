import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/lib/clock.js';
import { triage } from '../../src/triage/index.js';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, type TestHotline, tempDir } from '../support/test-hotline.js';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';

let dir: ReturnType<typeof tempDir>;
const open: TestHotline[] = [];

afterEach(async () => {
  for (const t of open.splice(0)) await t.hotline.close().catch(() => undefined);
  dir.cleanup();
});

/** A process of the hotline on the database file, with the real triage and its own clock. */
function boot(file: string, clock: ManualClock): HandoffScene {
  const t = createTestHotline(file, { triage, clock });
  open.push(t);
  return new HandoffScene(Conversation.open({ hotline: t }));
}

describe('officer handoff across a restart', () => {
  it('should escalate to the next officer exactly once after a restart, and take a claim', async () => {
    dir = tempDir();
    const file = join(dir.dir, 'hotline.db');
    const before = boot(file, new ManualClock()); // Monday 11:00 WITA: palu-a, then palu-s
    await before.reporterSays(URGENT_OPENING);
    await before.reporterSays('Palu');
    expect(before.to('palu-a')).toHaveLength(1);
    await before.hotline.close();

    // A new process, six minutes later: palu-a's 300 s ran out while the service was down.
    const after = boot(file, new ManualClock(before.clock.now() + 360_000));
    await after.wait(0);
    await after.wait(1);
    expect(after.to('palu-a')).toEqual([]); // no second copy of the first alert
    expect(after.to('palu-s')).toHaveLength(1);
    expect(after.to('palu-s')[0]!.text).toContain('1 petugas sebelumnya');
    expect(after.to('palu-s')[0]!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    expect(after.officers.sent).toHaveLength(1);

    await after.officerSays('palu-s', { type: 'choice', optionId: 'claim:1' });
    expect(after.to('palu-s').at(-1)!.text).toContain(URGENT_OPENING);
    expect(after.reporter.sender.texts()).toEqual([expect.stringMatching(/^Ada balasan untuk Anda\./)]);
    expect(after.to('palu-a').at(-1)!.text).toContain('sudah ditangani oleh Supervisor Contoh');

    await after.wait(3600); // claimed: nobody else is alerted
    expect(after.to('sulteng-a')).toEqual([]);
    const trail = after.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toEqual([
      'palu-a alert_sent',
      'palu-a alert_delivered',
      'palu-s alert_sent',
      'palu-s alert_delivered',
      'palu-s claimed',
    ]);
  });

  it('should pass an unclaimed medium-risk case to the supervisor at its deadline after a restart', async () => {
    dir = tempDir();
    const file = join(dir.dir, 'hotline.db');
    const before = boot(file, new ManualClock()); // Monday 11:00 WITA: palu-a on duty
    for (const turn of [
      'halo',
      'ya',
      'suami saya sering memukul saya',
      'tidak',
      'benar',
      'tidak',
      'kota palu',
    ])
      await before.reporterSays(turn);
    expect(before.to('palu-a')[0]!.text).toMatch(/^Hotline PPA: kasus baru /);
    await before.hotline.close();

    // Down for the whole afternoon: the 6-hour deadline passed while no process ran.
    const after = boot(file, new ManualClock(before.clock.now() + 7 * 3600_000));
    await after.wait(0);
    expect(after.to('palu-a')).toEqual([]);
    expect(after.to('palu-s')).toHaveLength(1);
    expect(after.to('palu-s')[0]!.text).toMatch(
      /^Hotline PPA: kasus [A-Z0-9-]+ belum diambil sampai batas waktunya\./,
    );
    expect(after.to('palu-s')[0]!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    await after.wait(60); // once, not again
    expect(after.officers.sent).toHaveLength(1);
    const trail = after.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toEqual(['palu-a notice_sent', 'palu-s notice_overdue']);
  });

  // The chain is fixed when ringing starts; officers no running channel reaches any more are skipped.
  it('should not record an alert as sent to an officer no running channel reaches', async () => {
    dir = tempDir();
    const file = join(dir.dir, 'hotline.db');
    const before = boot(file, new ManualClock());
    await before.reporterSays(URGENT_OPENING);
    await before.reporterSays('Palu');
    await before.hotline.close();

    // Restarted without the Telegram channel (say its token was revoked): only the console runs.
    const t = createTestHotline(file, { triage, clock: new ManualClock(before.clock.now() + 360_000) });
    open.push(t);
    const reporter = Conversation.open({ hotline: t });
    await t.hotline.fireDueTimers();
    await t.hotline.whenIdle();
    expect(reporter.sender.sent).toEqual([]);
    const trail = t.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).not.toContain('palu-s alert_sent');
    expect(trail).toEqual([
      'palu-a alert_sent',
      'palu-a alert_delivered',
      'palu-s officer_unreachable',
      'sulteng-a officer_unreachable',
      'sulteng-s officer_unreachable',
      'hotline alert_unanswered',
    ]);
    expect(t.data.repos.alerts.byId(1)?.status).toBe('exhausted');
    expect(t.logs.text).toContain('no officer claimed the case');
  });
});
