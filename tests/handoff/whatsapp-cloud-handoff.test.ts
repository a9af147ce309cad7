/**
 * The officer side on the WhatsApp Cloud API: an officer who has not written in 24 hours gets the
 * alert as the approved template (no buttons there), and takes the case by typing "ambil".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { textPayload } from '../support/whatsapp-cloud-payloads.js';
import { type CloudHarness, cloudHarness } from '../channels/whatsapp-cloud/whatsapp-cloud-test-setup.js';

/** pati-b in the example directory: "+62 000-0000-0000", on WhatsApp only. */
const PATI_B = { waId: '6200000000000', name: 'Petugas Contoh B' };

let h: CloudHarness;
afterEach(async () => {
  await h.close();
});

describe('an officer on the WhatsApp Cloud API', () => {
  it('should get the alert as the template outside the 24-hour window and take the case by typing', async () => {
    h = await cloudHarness({ template: { name: 'hotline_update', language: 'id' } });
    await h.post(textPayload('tolong suami saya mau bunuh saya, dia bawa pisau sekarang'));
    await h.settle();
    await h.post(textPayload('Pati'));
    const sent = await h.settle();
    const alert = sent.find((m) => m.to === PATI_B.waId);
    expect(alert?.type).toBe('template');
    expect(alert?.text).toMatch(/^Hotline PPA: kasus \S+ menunggu petugas\./);

    expect((await h.post(textPayload('ambil', { from: PATI_B }))).statusCode).toBe(200);
    const afterClaim = await h.settle();
    expect(afterClaim.find((m) => m.to === PATI_B.waId)?.text).toContain('Cerita pelapor');
    expect(afterClaim.find((m) => m.to !== PATI_B.waId)?.text).toMatch(/^Ada balasan untuk Anda\./);

    await h.post(textPayload('Ibu, kami segera datang.', { from: PATI_B }));
    const relayed = await h.settle();
    expect(relayed.map((m) => [m.to === PATI_B.waId, m.text])).toEqual([
      [false, 'Pesan baru untuk Anda:\nIbu, kami segera datang.'],
    ]);
  });
});
