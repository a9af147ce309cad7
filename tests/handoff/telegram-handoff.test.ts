import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../support/fake-telegram-api.js';
import { callbackUpdate, textUpdate } from '../support/telegram-updates.js';
import { CHAT, type TelegramHarness, telegramHarness } from '../channels/telegram/telegram-test-setup.js';
import { OFFICERS } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
const PALU_A = Number(OFFICERS['palu-a']);
const PALU_B = Number(OFFICERS['palu-b']);
const OFFICER_SAYS = 'Ibu, apakah Ibu sudah di tempat aman sekarang?';
const REPORTER_SAYS = 'sudah, saya di rumah tetangga';

let h: TelegramHarness;
let updateId = 5_000;

beforeEach(async () => {
  h = await telegramHarness(); // its clock: Monday 11:00 WITA, palu-a is on call
});

afterEach(async () => {
  await h.close();
});

async function send(chat: number, text: string): Promise<SentMessage[]> {
  expect((await h.post(textUpdate(++updateId, chat, text))).statusCode).toBe(200);
  return h.settle();
}

const to = (chat: number, sent: SentMessage[]) => sent.filter((m) => String(m.chat_id) === String(chat));

describe('officer handoff over Telegram', () => {
  it('should ring the officer with a claim button and relay both ways without chat ids', async () => {
    await send(CHAT, URGENT_OPENING);
    const afterPlace = await send(CHAT, 'kota palu');
    const [alert, ...more] = to(PALU_A, afterPlace);
    expect(more).toEqual([]);
    expect(alert!.text).toContain('menunggu petugas');
    expect(alert!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);

    expect((await h.post(callbackUpdate(++updateId, PALU_A, 'claim:1', alert!))).statusCode).toBe(200);
    const afterClaim = await h.settle();
    expect(to(CHAT, afterClaim).map((m) => m.text.split('\n')[0])).toEqual(['Ada balasan untuk Anda.']);
    const summary = to(PALU_A, afterClaim)
      .map((m) => m.text)
      .join('\n');
    expect(summary).toContain('sekarang Anda tangani');
    expect(summary).toContain(URGENT_OPENING);

    const relayed = to(CHAT, await send(PALU_A, OFFICER_SAYS));
    expect(relayed.map((m) => m.text)).toEqual([`Pesan baru untuk Anda:\n${OFFICER_SAYS}`]);
    const answered = await send(CHAT, REPORTER_SAYS);
    expect(to(CHAT, answered)).toEqual([]); // the officer answers, not the bot
    expect(to(PALU_A, answered).map((m) => m.text)).toEqual([expect.stringContaining(REPORTER_SAYS)]);

    const all = h.api.sentMessages();
    for (const m of to(PALU_A, all)) expect(m.text).not.toContain(String(CHAT));
    for (const m of to(CHAT, all)) expect(m.text).not.toContain(String(PALU_A));
    for (const secret of [URGENT_OPENING, OFFICER_SAYS, REPORTER_SAYS, String(CHAT), String(PALU_A)])
      expect(h.t.logs.text).not.toContain(secret);
  });

  it('should answer an officer who says "/start" or "halo" as an officer, not as a reporter', async () => {
    for (const text of ['/start', 'halo']) {
      const replies = await send(PALU_B, text);
      expect(replies.map((m) => m.text)).toEqual([
        expect.stringMatching(/^Halo Petugas Contoh B\. Saat ini Anda tidak menangani kasus\./),
      ]);
      expect(replies[0]!.text).not.toContain('terima kasih sudah menghubungi kami');
    }
    const { repos } = h.t.data;
    const id = repos.conversations.findId('telegram', String(PALU_B));
    expect(id).toBeDefined();
    expect(repos.conversations.load(id!)?.snapshot).toBeUndefined(); // no reporter flow started
    expect(repos.cases.latest(id!)).toBeUndefined();
  });
});
