import { afterEach, describe, expect, it } from 'vitest';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
const DELETED = 'Selesai. Pesan dan data pribadi Anda sudah dihapus';

describe('officer handoff after the reporter deletes their data', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  /** The alert row as stored, read straight from the table. */
  const alertRow = (id: number) =>
    scene.data.sql.prepare('select conversation_id, status from alerts where id = ?').get(id);
  const trail = (id: number) => scene.data.repos.alerts.auditTrail(id).map((e) => `${e.actor} ${e.action}`);

  it('should close a claimed chat: the officer is told, and their next message reaches nobody', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    const officerBefore = scene.to('palu-a').length;

    const question = await scene.reporterSays('hapus');
    expect(question[0]!.text).toContain('Hapus semua pesan dan data pribadi Anda');
    const done = await scene.reporterSays('ya');
    expect(done.map((m) => m.text).join('\n')).toContain(DELETED);

    // The deletion request and its confirmation went to the flow, not to the officer.
    const told = scene.to('palu-a').slice(officerBefore);
    expect(told.map((m) => m.text)).toEqual([
      expect.stringMatching(/^Pelapor [A-Z0-9]{3}-[A-Z0-9]{3} menghapus datanya\. Percakapan ditutup\.$/),
    ]);
    expect(alertRow(1)).toEqual({ conversation_id: null, status: 'closed' });
    expect(trail(1)).toContain('hotline reporter_erased');

    const reporterBefore = scene.reporter.sender.sent.length;
    await scene.officerSays('palu-a', 'Ibu, masih di sana?');
    expect(scene.reporter.sender.sent.slice(reporterBefore)).toEqual([]);
    expect(scene.to('palu-a').at(-1)!.text).toContain('Saat ini Anda tidak menangani kasus');
    expect(trail(1)).not.toContain('palu-a message_to_reporter');
  });

  it('should stop ringing an unclaimed alert, and tell an officer who presses its button', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    expect(scene.to('palu-a')).toHaveLength(1);

    await scene.reporterSays('hapus');
    await scene.reporterSays('ya');
    expect(alertRow(1)).toEqual({ conversation_id: null, status: 'closed' });

    const officersBefore = scene.officers.sent.length;
    const reporterBefore = scene.reporter.sender.sent.length;
    for (let i = 0; i < 6; i++) await scene.wait(600); // well past every office's ackTimeoutSeconds
    expect(scene.officers.sent.slice(officersBefore)).toEqual([]);
    expect(scene.reporter.sender.sent.slice(reporterBefore)).toEqual([]); // not even an error notice

    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('palu-a').at(-1)!.text).toMatch(/sudah ditutup atau datanya dihapus oleh pelapor/);
    expect(trail(1)).toEqual(['palu-a alert_sent', 'palu-a alert_delivered', 'hotline reporter_erased']);
  });
});
