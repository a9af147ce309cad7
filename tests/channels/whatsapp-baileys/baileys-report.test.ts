import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTER_LID, textMessage } from '../../support/baileys-messages.js';
import { Transcript } from '../../support/transcript.js';
import { type BaileysHarness, baileysHarness } from './baileys-test-setup.js';

let h: BaileysHarness;

beforeEach(async () => {
  h = await baileysHarness();
  h.channel.start();
  h.open();
});

afterEach(async () => {
  await h.shutdown();
});

/** A report ends with its reference, in WhatsApp's own bold. */
const REFERENCE = /\*[A-Z0-9]{3}-[A-Z0-9]{3}\*/;

async function run(script: string[]): Promise<{
  transcript: Transcript;
  all: { jid: string; text: string }[];
  others: { jid: string; text: string }[];
}> {
  const transcript = new Transcript();
  const all: { jid: string; text: string }[] = [];
  const others: { jid: string; text: string }[] = [];
  for (const words of script) {
    transcript.reporter(words);
    const sent = await h.receive(textMessage(words));
    const replies = sent.filter((m) => m.jid === REPORTER_LID);
    transcript.bot(replies.map((r) => ({ text: r.text })));
    all.push(...replies);
    others.push(...sent.filter((m) => m.jid !== REPORTER_LID));
  }
  return { transcript, all, others };
}

describe('whatsapp linked-device report', () => {
  it('should carry a non-urgent report to its reference with numbered choices typed back', async () => {
    const { transcript, all } = await run([
      'halo',
      'ya',
      'saya dipukul suami di Pati',
      'tidak',
      'ya',
      'tidak',
      'baru',
    ]);
    expect(all.some((m) => REFERENCE.test(m.text))).toBe(true);
    // Choices are numbered text: no buttons on a regular account.
    expect(all.some((m) => /\n\n1\. Ya\n2\. Tidak$/.test(m.text))).toBe(true);
    for (const m of all) expect(m.jid).toBe(REPORTER_LID);
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/baileys-report.id.txt');
  });

  it('should accept the number of a choice', async () => {
    await run(['halo']);
    const { all } = await run(['1']);
    expect(all.at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should give the emergency numbers first to an urgent opener, then still take the report', async () => {
    const { transcript, all, others } = await run([
      'tolong suami saya mau bunuh saya, dia bawa pisau sekarang',
      'Pati',
    ]);
    expect(all[0]?.text).toMatch(/112/);
    // Only the linked-device channel runs here: of Pati's on-call officers, the one on WhatsApp.
    expect(others).toEqual([
      {
        jid: '6200000000000@s.whatsapp.net',
        text: expect.stringMatching(
          /^Hotline PPA: kasus [A-Z0-9-]{7} menunggu petugas\.[\s\S]*1\. Ambil kasus ini$/,
        ),
      },
    ]);
    expect(all.some((m) => REFERENCE.test(m.text))).toBe(true);
    const urgent = h.t.data.sql.prepare('select urgent from cases').get() as { urgent: number };
    expect(urgent.urgent).toBe(1);
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/baileys-urgent.id.txt');
  });
});
