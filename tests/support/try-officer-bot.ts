/**
 * `npm run try:bot`: the officer side on one machine, without a real Telegram bot. It serves the
 * fake Bot API the tests use on 127.0.0.1:8081 (TRY_BOT_PORT to change) and prints every message
 * the hotline sends through it (officers' sign-in codes, alerts, case notices, replies) with the
 * chat it went to and its buttons. Lines typed here are what an officer sends: `palu-b: halo`
 * writes as that officer (an id of DIRECTORY_FILE, or a chat id), `palu-b: tap claim:1` taps a
 * button. The service reads them by long polling. Not a channel for real use.
 */
import { createInterface } from 'node:readline';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/index.js';
import { FakeTelegramApi } from './fake-telegram-api.js';
import { callbackUpdate, textUpdate } from './telegram-updates.js';

const port = Number(process.env.TRY_BOT_PORT ?? 8081);
const directory = loadDirectory(process.env.DIRECTORY_FILE ?? EXAMPLE_DIRECTORY_FILE);
const chats = new Map(
  directory.offices.flatMap((office) =>
    office.officers.flatMap((officer) => (officer.telegram ? [[officer.id, Number(officer.telegram)]] : [])),
  ) as [string, number][],
);
/** The last message each chat received, for a tap on one of its buttons. */
const lastTo = new Map<
  number,
  { message_id: number; text: string; options: { id: string; label: string }[] }
>();
let messageId = 0;
let updateId = 1;

const api = new FakeTelegramApi({
  record: false,
  onCall: (call) => {
    if (call.method !== 'sendMessage') return;
    const keyboard =
      (
        call.payload.reply_markup as
          | { inline_keyboard?: { text: string; callback_data: string }[][] }
          | undefined
      )?.inline_keyboard ?? [];
    const options = keyboard.flat().map((b) => ({ id: b.callback_data, label: b.text }));
    const text = String(call.payload.text ?? '');
    const chat = Number(call.payload.chat_id);
    lastTo.set(chat, { message_id: ++messageId, text, options });
    const buttons = options.map((o) => `[${o.label} → tap ${o.id}]`).join(' ');
    process.stdout.write(`\n→ chat ${chat}${buttons ? ` ${buttons}` : ''}\n${text}\n`);
  },
});
const root = await api.listen(port);
process.stdout.write(
  [
    `A stand-in Telegram Bot API is listening on ${root}.`,
    'Start the service with:',
    `  TELEGRAM_BOT_TOKEN=${api.token} TELEGRAM_API_ROOT=${root} npm start`,
    `then open http://127.0.0.1:${process.env.PORT ?? 3000}/petugas and sign in as palu-s (the example`,
    "directory's Kota Palu supervisor, chat 100000209, on call at all hours; palu-a is on call",
    'weekdays 08:00-16:00 WITA, palu-b the other hours). Every message the bot sends appears below.',
    'Type "palu-s: halo" to write as an officer, "palu-s: tap claim:1" to tap a button. Ctrl+C to stop.',
    '',
  ].join('\n'),
);

createInterface({ input: process.stdin }).on('line', (line) => {
  const match = /^\s*([\w-]+)\s*:\s*(.+)$/.exec(line);
  if (!match) return;
  const [, who = '', said = ''] = match;
  const chat = chats.get(who) ?? (/^\d+$/.test(who) ? Number(who) : undefined);
  if (chat === undefined) {
    process.stdout.write(`(no officer "${who}" with a Telegram id in the directory)\n`);
    return;
  }
  const tap = /^tap\s+(\S+)$/.exec(said);
  const shown = lastTo.get(chat) ?? { message_id: 0, text: '', options: [] };
  api.pushUpdate(tap ? callbackUpdate(updateId++, chat, tap[1]!, shown) : textUpdate(updateId++, chat, said));
});
