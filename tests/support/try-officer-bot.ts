/**
 * `npm run try:bot`: the officer side on one machine, without a real Telegram bot. It serves the
 * fake Bot API the tests use on 127.0.0.1:8081 (TRY_BOT_PORT to change) and prints every message
 * the hotline sends through it (officers' sign-in codes, alerts, case notices, replies) with the
 * chat it went to. Start the service with the two variables it prints, then sign in at /petugas as
 * an officer of the example directory: their code appears here. Not a channel for real use.
 */
import { FakeTelegramApi } from './fake-telegram-api.js';

const port = Number(process.env.TRY_BOT_PORT ?? 8081);
const api = new FakeTelegramApi({
  record: false,
  onCall: (call) => {
    if (call.method !== 'sendMessage') return;
    const buttons = Array.isArray(
      call.payload.reply_markup &&
        (call.payload.reply_markup as { inline_keyboard?: unknown[] }).inline_keyboard,
    )
      ? ' [with buttons]'
      : '';
    process.stdout.write(
      `\n→ chat ${String(call.payload.chat_id)}${buttons}\n${String(call.payload.text ?? '')}\n`,
    );
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
    'Ctrl+C to stop.',
    '',
  ].join('\n'),
);
