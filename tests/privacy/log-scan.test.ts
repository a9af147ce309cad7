import { afterEach, describe, expect, it } from 'vitest';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { OFFICERS } from '../handoff/handoff-harness.js';
import {
  CHAT,
  SECRET,
  type TelegramHarness,
  telegramHarness,
} from '../channels/telegram/telegram-test-setup.js';
import type { SentMessage } from '../support/fake-telegram-api.js';
import { TEST_KEY } from '../support/test-hotline.js';
import { callbackUpdate, textUpdate } from '../support/telegram-updates.js';

// What a reporter, a witness and an officer type: none of it may reach a log line.
const OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
const PHONE = '0812 3456 7890';
const STORY_LINE = `nomor saya ${PHONE}, rumah kami dekat pasar inpres`;
const OFFICER_SAYS = 'Ibu, apakah Ibu sudah di tempat aman sekarang?';
const REPORTER_SAYS = 'sudah, saya di rumah tetangga Bu Sri';
const PALU_A = Number(OFFICERS['palu-a']);

let h: TelegramHarness;
let updateId = 9_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await h.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function send(chat: number, text: string): Promise<SentMessage[]> {
  expect((await h.post(textUpdate(++updateId, chat, text))).statusCode).toBe(200);
  return h.settle();
}

/** The values of every log line, without pino's own time and pid fields. */
function loggedValues(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const {
        time: _time,
        pid: _pid,
        hostname: _host,
        ...rest
      } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    });
}

/** A whole report with a handoff over the Telegram webhook, then a scan of every log line. */
function logScan(open: () => Promise<TelegramHarness>): void {
  it('should hold no message text, number, user id, case reference or secret', async () => {
    h = await open();
    await send(CHAT, OPENING);
    const alerted = await send(CHAT, 'kota palu');
    const alert = alerted.find((m) => String(m.chat_id) === String(PALU_A));
    expect(alert).toBeDefined();
    await send(CHAT, STORY_LINE);
    expect((await h.post(callbackUpdate(++updateId, PALU_A, 'claim:1', alert!))).statusCode).toBe(200);
    await h.settle();
    await send(PALU_A, OFFICER_SAYS);
    await send(CHAT, REPORTER_SAYS);
    await send(CHAT, 'status');
    const reference = /[A-Z0-9]{3}-[A-Z0-9]{3}/.exec(alert!.text)?.[0];
    expect(reference).toBeDefined();
    await send(CHAT, 'hapus');
    await send(CHAT, 'ya');

    const lines = loggedValues(h.t.logs.text);
    expect(lines.length).toBeGreaterThan(10); // the log was written, at debug level
    const joined = lines.join('\n');
    const typed = [OPENING, STORY_LINE, OFFICER_SAYS, REPORTER_SAYS];
    for (const text of typed) {
      // Any run of three words from what people typed, not only whole messages.
      const words = text.split(/\s+/);
      for (let i = 0; i + 3 <= words.length; i += 1)
        expect(joined).not.toContain(words.slice(i, i + 3).join(' '));
    }
    for (const secret of [
      String(CHAT),
      String(PALU_A),
      PHONE,
      PHONE.replace(/\s/g, ''),
      reference!,
      reference!.replace('-', ''),
      h.api.token,
      SECRET,
      TEST_KEY.key.toString('base64'),
      TEST_KEY.key.toString('hex'),
    ])
      expect(joined).not.toContain(secret);
    // No standalone long numbers (phone numbers and chat ids in any format); digits inside a random id
    // or a duration's decimals are not one.
    expect(joined.match(/.{0,40}(?<![\w.-])\d{7,}(?![\w.-]).{0,10}/g) ?? []).toEqual([]);
  });
}

describe('what the service logs during a whole report with a handoff, on SQLite', () => {
  logScan(() => telegramHarness());
});

const postgres = await postgresForTests();
describePostgres(
  'what the service logs during a whole report with a handoff, on PostgreSQL',
  postgres,
  (server) => {
    logScan(async () => {
      const database = await server.freshDatabase();
      cleanups.push(() => database.drop());
      const storage = await openTestPostgres(database.url);
      return telegramHarness({ hotline: { storage } });
    });
  },
);
