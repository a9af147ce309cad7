/**
 * The officer side on a WhatsApp linked device: no buttons (the claim is the typed number), and the
 * officer's chat may be addressed by LID, with their number only beside it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTER_LID, textMessage } from '../support/baileys-messages.js';
import { type BaileysHarness, baileysHarness } from '../channels/whatsapp-baileys/baileys-test-setup.js';

/** pati-b in the example directory: "+62 000-0000-0000", on WhatsApp only. */
const PATI_B_PHONE_JID = '6200000000000@s.whatsapp.net';
const PATI_B_LID = '190000000000001@lid';

let h: BaileysHarness;
beforeEach(async () => {
  h = await baileysHarness();
  h.channel.start();
  h.open();
});
afterEach(async () => {
  await h.shutdown();
});

describe('an officer on a WhatsApp linked device', () => {
  it('should be recognised by the number beside a LID address, claim by typing 1, and relay', async () => {
    await h.receive(textMessage('tolong suami saya mau bunuh saya, dia bawa pisau sekarang'));
    const routed = await h.receive(textMessage('Pati'));
    const alert = routed.find((m) => m.jid === PATI_B_PHONE_JID);
    expect(alert?.text).toMatch(/^Hotline PPA: kasus \S+ menunggu petugas\.[\s\S]*\n1\. Ambil kasus ini$/);

    const fromOfficer = { remoteJid: PATI_B_LID, remoteJidAlt: PATI_B_PHONE_JID };
    const claimed = await h.receive(textMessage('1', fromOfficer));
    expect(claimed.find((m) => m.jid === PATI_B_LID)?.text).toContain('Cerita pelapor');
    expect(claimed.find((m) => m.jid === REPORTER_LID)?.text).toMatch(/^Ada balasan untuk Anda\./);

    const relayed = await h.receive(textMessage('Ibu, kami segera datang.', fromOfficer));
    expect(relayed).toEqual([
      { jid: REPORTER_LID, text: 'Pesan baru untuk Anda:\nIbu, kami segera datang.' },
    ]);
  });
});
