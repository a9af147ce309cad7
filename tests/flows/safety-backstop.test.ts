/**
 * The conversation's backstop for what triage misses (issue 13): a reporter whose first message
 * triage calls not urgent, and who then tells what happened, is asked the safety question before
 * any other question — on the information path, back with a case reference, and across a language
 * switch. Consent (with the privacy notice) may come first; nothing else may.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/conversations/channel-contract.js';
import { Conversation } from '../support/conversation-harness.js';

let conversations: Conversation[] = [];

afterEach(async () => {
  for (const conversation of conversations) {
    expect(conversation.loudFirstLines()).toEqual([]);
    expect(conversation.unrendered()).toEqual([]);
  }
  // A second phone shares the first one's hotline: close that one last.
  for (const conversation of conversations.reverse()) await conversation.close();
  conversations = [];
});

const golden = (name: string) => `transcripts/${name}.txt`;
const open = (options?: Parameters<typeof Conversation.open>[0]) => {
  const conversation = Conversation.open(options);
  conversations.push(conversation);
  return conversation;
};

const STORY = 'suami saya sering memukul saya kalau marah, sudah setahun';
const SAFETY =
  /^Satu hal penting dulu\.\nApakah Anda, atau orang yang ingin Anda bantu, dalam bahaya saat ini\?$/;
const CONSENT =
  /^(Terima kasih sudah bercerita\. Sebelum kami lanjutkan: a|A)pakah Anda setuju kami menyimpan/;

/** The questions the bot asked in these replies (prompts with options, or ending in "?"). */
const questions = (replies: OutboundMessage[][]) =>
  replies.flat().filter((m) => m.options?.length || m.text.trimEnd().endsWith('?'));

describe('the safety question after a story, on every path', () => {
  it('should ask it first when a story is told at an information question', async () => {
    // "Where?" for an office's contacts, answered with what happened.
    const contact = open({ userId: 'info-contact' });
    const replies = await contact.run(['nomor kontak uptd', STORY, 'ya', 'tidak']);
    expect(questions(replies.slice(1, 2)).map((m) => m.text)).toEqual([expect.stringMatching(CONSENT)]);
    expect(replies[2]?.map((m) => m.text)).toEqual([expect.stringMatching(SAFETY)]);
    expect(replies[3]?.at(-1)?.text).toMatch(/KDRT/);

    // The information menu, answered with what happened.
    const menu = open({ userId: 'info-menu' });
    const fromMenu = await menu.run(['halo', 'ya', 'cari informasi', STORY]);
    expect(fromMenu[3]?.map((m) => m.text)).toEqual([expect.stringMatching(SAFETY)]);

    await expect(`${contact.transcript}\n---\n\n${menu.transcript}`).toMatchFileSnapshot(
      golden('backstop-info.id'),
    );
  });

  it('should ask it first when a reporter back with a case reference tells what happened since', async () => {
    const first = open({ userId: 'backstop-first-phone' });
    await first.run(['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru', 'keluar']);
    const reference = first.latestCase()!.reference;
    const since = 'dia memukul lagi kemarin dan mengancam anak saya, saya takut';

    // In their own chat: the addition is kept, then the question; "yes" marks the case urgent.
    const own = first.transcript.toString().length;
    const replies = await first.run([`cek laporan ${reference}`, since, 'ya']);
    expect(replies[1]?.map((m) => m.text)).toEqual([
      expect.stringMatching(new RegExp(`tambahan Anda sudah disimpan \\(${reference}\\)`)),
      expect.stringMatching(SAFETY),
    ]);
    expect(replies[2]?.[0]?.text).toMatch(
      /^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama\.[\s\S]*112/,
    );
    expect(first.latestCase()).toMatchObject({ urgent: true, risk: 'high' });

    // From another phone: the note is kept apart, then the same question; asked once only.
    const other = open({ hotline: first.t, userId: 'backstop-second-phone' });
    const fromOther = await other.run([
      reference,
      since,
      'tidak',
      'dia juga mengancam ibu saya kemarin malam',
    ]);
    expect(fromOther[1]?.at(-1)?.text).toMatch(SAFETY);
    expect(questions(fromOther.slice(2)).map((m) => m.text)).not.toContainEqual(
      expect.stringMatching(SAFETY),
    );

    await expect(
      `${first.transcript.toString().slice(own).trimStart()}\n---\n\n${other.transcript}`.replaceAll(
        reference,
        'REF',
      ),
    ).toMatchFileSnapshot(golden('backstop-returning.id'));
  });

  it('should ask it first, in the new language, when a story is typed at the language menu', async () => {
    const story = 'bojoku kerep nggebuki aku yen nesu, aku wis ora kuat';
    // Before consent: the story's language is taken, then consent, then the question.
    const before = open({ userId: 'language-before-consent' });
    const replies = await before.run(['halo', 'bahasa', story, 'nggih']);
    expect(replies[2]?.map((m) => m.text)).toEqual([
      expect.stringMatching(/basa Jawa/),
      expect.stringMatching(/^Matur nuwun sampun cariyos\..*sarujuk/),
    ]);
    expect(replies[3]?.map((m) => m.text)).toEqual([expect.stringMatching(/wonten ing bebaya sakmenika\?$/)]);

    // At the story prompt: straight to the question.
    const during = open({ userId: 'language-at-story' });
    const atStory = await during.run(['halo', 'ya', 'lapor', 'bahasa', story, 'mboten']);
    expect(questions(atStory.slice(4)).map((m) => m.text)[0]).toMatch(/wonten ing bebaya sakmenika\?$/);

    await expect(`${before.transcript}\n---\n\n${during.transcript}`).toMatchFileSnapshot(
      golden('backstop-language.jv'),
    );
  });
});
