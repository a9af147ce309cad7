import { describe, expect, it } from 'vitest';
import { SendError } from '../../src/conversations/channel-contract.js';
import { Conversation } from '../support/conversation-harness.js';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';

describe('an alert nobody answers', () => {
  it('should go to everyone in the chain at once after the last officer, and still be claimable', async () => {
    const scene = HandoffScene.open(); // chain: palu-a, palu-s (300 s each), sulteng-a, sulteng-s (600 s each)
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      for (const seconds of [300, 300, 600]) await scene.wait(seconds);
      expect(scene.to('sulteng-s')).toHaveLength(1);
      const before = scene.officers.sent.length;
      await scene.wait(600);
      const reminders = scene.officers.sent.slice(before);
      expect(reminders.map((r) => r.address).sort()).toEqual(
        ['100000101', '100000109', '100000201', '100000209'].sort(),
      );
      for (const { message } of reminders) {
        expect(message.text).toMatch(/^Hotline PPA: kasus \S+ belum diambil petugas mana pun\./);
        // What the first alert said comes again (night-shift trial: only the reference did).
        expect(message.text).toContain('MENDESAK: pelapor mungkin dalam bahaya sekarang.');
        expect(message.text).toMatch(/Lokasi: Kota Palu/);
        expect(message.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
      }
      await scene.officerSays('palu-s', '1');
      expect(scene.to('palu-s').at(-1)!.text).toContain('Cerita pelapor');
      const trail = scene.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
      expect(trail.slice(-2)).toEqual(['hotline alert_unanswered', 'palu-s claimed']);
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('an alert nobody answers, later', () => {
  it('should ring again from the top every 15 minutes, reaching the shift on duty then, until someone claims it', async () => {
    const scene = HandoffScene.open(); // 11:00 WITA; palu-b's shift begins at 16:00
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      for (const seconds of [300, 300, 600, 600]) await scene.wait(seconds); // the chain, then everyone at once
      const alertsTo = (name: 'palu-a' | 'palu-b') =>
        scene.to(name).filter((m) => m.options?.some((o) => o.id === 'claim:1'));
      expect(alertsTo('palu-a')).toHaveLength(2); // its alert and the reminder to everyone
      await scene.wait(15 * 60);
      expect(alertsTo('palu-a')).toHaveLength(3); // rung again, first in the chain
      expect(alertsTo('palu-a').at(-1)!.text).toMatch(/^Hotline PPA: kasus \S+ menunggu petugas\./);
      // Round after round until 16:00, when palu-b is on duty and in the chain.
      for (let i = 0; i < 12 && alertsTo('palu-b').length === 0; i++) await scene.wait(30 * 60);
      expect(alertsTo('palu-b').length).toBeGreaterThan(0);
      await scene.officerSays('palu-b', { type: 'choice', optionId: 'claim:1' });
      const after = scene.officers.sent.length;
      await scene.wait(2 * 60 * 60);
      expect(
        scene.officers.sent.slice(after).filter((s) => s.message.options?.some((o) => o.id === 'claim:1')),
      ).toEqual([]);
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('an officer holding two cases', () => {
  it('should send a message that starts with a case reference to that case only', async () => {
    const scene = HandoffScene.open();
    // Both reporters on the console channel: the second's sender now carries both (by address).
    const second = Conversation.open({ hotline: scene.reporter.t, userId: 'second-reporter' });
    const textsTo = (user: string) =>
      second.sender.sent.filter((s) => s.address === user).map((s) => s.message.text);
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      await second.run([URGENT_OPENING, 'Palu']);
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:2' });
      const firstReference = scene.reporter.latestCase()!.reference;

      const ref = firstReference.toLowerCase().replace('-', '');
      await scene.officerSays('palu-a', `${ref}: untuk kasus pertama`);
      expect(textsTo('reporter').at(-1)).toBe('Pesan baru untuk Anda:\nuntuk kasus pertama');
      expect(textsTo('second-reporter').at(-1)).not.toContain('untuk kasus pertama');
      await scene.officerSays('palu-a', 'tanpa nomor kasus');
      // Without a reference: the case claimed last.
      expect(textsTo('second-reporter').at(-1)).toBe('Pesan baru untuk Anda:\ntanpa nomor kasus');
      expect(textsTo('reporter').at(-1)).toBe('Pesan baru untuk Anda:\nuntuk kasus pertama');
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('an alert the platform refuses', () => {
  it('should ring the next officer at once, not after the first one’s acknowledgement time', async () => {
    const scene = HandoffScene.open();
    try {
      // palu-a never started the bot: Telegram answers 400 "chat not found", for good.
      scene.officers.failures.push(
        new SendError('Telegram refused sendMessage (400)', false, 'telegram_400'),
      );
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      expect(scene.to('palu-a')).toEqual([]);
      expect(scene.to('palu-s')).toHaveLength(1); // no time has passed
      const trail = scene.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
      expect(trail).toEqual([
        'palu-a alert_sent',
        'palu-a alert_undeliverable',
        'palu-s alert_sent',
        'palu-s alert_delivered',
      ]);
      expect(scene.reporter.t.logs.text).toContain("an officer's alert could not be delivered");
      // Only the refused alert escalates early: palu-s still gets their full 300 s.
      await scene.wait(299);
      expect(scene.to('sulteng-a')).toEqual([]);
      await scene.wait(1);
      expect(scene.to('sulteng-a')).toHaveLength(1);
    } finally {
      await scene.reporter.close();
    }
  });
});
