import { afterEach, describe, expect, it } from 'vitest';
import { HandoffScene } from './handoff-harness.js';

/** A non-urgent story (past, repeated abuse, no danger now) from Kota Palu: UPTD PPA Kota Palu's case. */
const REPORT = [
  'halo',
  'ya',
  'suami saya sering memukul saya kalau marah, sudah setahun',
  'tidak',
  'benar',
  'tidak',
  'kota palu',
];
const HOUR = 3600;

async function report(scene: HandoffScene) {
  for (const turn of REPORT) await scene.reporterSays(turn);
  return scene.reporter.latestCase()!;
}

describe('every case reaches its office (case notices)', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should announce a medium-risk case to the officer on duty, tell the reporter, and pass it up past its deadline', async () => {
    scene = HandoffScene.open(); // Monday 11:00 WITA: palu-a is on call
    const found = await report(scene);
    expect(found).toMatchObject({ officeId: 'uptd-palu', risk: 'medium', urgent: false });

    const [notice] = scene.to('palu-a');
    expect(notice!.text.split('\n')[0]).toBe(`Hotline PPA: kasus baru ${found.reference} menunggu diambil.`);
    expect(notice!.text).toContain('Risiko: sedang');
    expect(notice!.text).toContain('Ambil paling lambat: Sen, 5 Jan, 17.00 WITA');
    expect(notice!.text).not.toContain('memukul'); // never the story
    expect(notice!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    expect(scene.to('palu-s')).toEqual([]); // the supervisor is not bothered yet

    const told = scene.reporter.sender.sent.at(-1)!.message.text;
    expect(told).toContain(`Laporan ${found.reference} sudah diteruskan kepada petugas UPTD PPA Kota Palu`);
    expect(told).toContain('dalam 6 jam');

    await scene.wait(6 * HOUR - 1);
    expect(scene.to('palu-s')).toEqual([]);
    await scene.wait(1); // the deadline: the office's supervisor
    expect(scene.to('palu-s')).toHaveLength(1);
    expect(scene.to('palu-s')[0]!.text).toContain(
      `kasus ${found.reference} belum diambil sampai batas waktunya`,
    );
    expect(scene.to('palu-s')[0]!.text).toContain('1 petugas sebelumnya');
    expect(scene.to('sulteng-a')).toEqual([]);
    await scene.wait(2 * HOUR); // then the parent office's officer on duty
    expect(scene.to('sulteng-a')).toHaveLength(1);

    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('palu-a').at(-1)!.text).toContain('memukul'); // the claim summary has the story
    expect(scene.to('sulteng-a').at(-1)!.text).toContain('sudah ditangani oleh Petugas Contoh A');
    expect(scene.reporter.sender.sent.at(-1)!.message.text).toContain(
      'Seorang petugas sudah membaca laporan Anda',
    );
    await scene.wait(4 * HOUR);
    expect(scene.to('sulteng-s')).toEqual([]); // a claimed case goes no further

    const trail = scene.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toEqual([
      'palu-a notice_sent',
      'palu-s notice_overdue',
      'sulteng-a notice_overdue',
      'palu-a claimed',
    ]);
    expect(scene.reporter.loudFirstLines()).toEqual([]);
    expect(scene.reporter.unrendered()).toEqual([]);
  });
});
