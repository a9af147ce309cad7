/**
 * The baseline a developer would write instead of this project: a plain grammY bot in webhook mode
 * that walks the same typed report (greeting → consent → story → safety → category → child →
 * region) with grammY's session middleware, its sessions in SQLite at `synchronous = FULL`, so every
 * acknowledged update's state is on the disk, the durability our service gives. Each turn sends as
 * many messages as our bot sends for it (2, 1, 1, 1, 1, 1, 4), so turn-complete compares like with
 * like. Short fixed texts stand in for the real flow's: no i18n, no triage, no encryption, no cases.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { Bot, type Context, type MiddlewareFn, type SessionFlavor, session, webhookCallback } from 'grammy';

interface Report {
  step: 'new' | 'consent' | 'story' | 'safety' | 'category' | 'child' | 'region' | 'done';
  story?: string;
  danger?: boolean;
  child?: boolean;
  region?: string;
}
type BotContext = Context & SessionFlavor<Report>;

/** grammY's StorageAdapter over better-sqlite3: one row per chat, the session as JSON. */
function sqliteStorage(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const get = db.prepare<[string], { value: string }>('SELECT value FROM sessions WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO sessions (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const del = db.prepare('DELETE FROM sessions WHERE key = ?');
  return {
    read: (key: string) => {
      const row = get.get(key);
      return row ? (JSON.parse(row.value) as Report) : undefined;
    },
    write: (key: string, value: Report) => void put.run(key, JSON.stringify(value)),
    delete: (key: string) => void del.run(key),
  };
}

/**
 * One chat's updates run one after another (what @grammyjs/runner's `sequentialize` does): the
 * driver may post a turn before the previous update's session write, which follows its last reply.
 */
function sequentialize(): MiddlewareFn<BotContext> {
  const tails = new Map<number, Promise<unknown>>();
  return async (ctx, next) => {
    const chat = ctx.chat?.id;
    if (chat === undefined) return next();
    const before = tails.get(chat) ?? Promise.resolve();
    const mine = before.then(() => next());
    const tail = mine.catch(() => undefined);
    tails.set(chat, tail);
    try {
      await mine;
    } finally {
      if (tails.get(chat) === tail) tails.delete(chat);
    }
  };
}

/** The officer chat every case notice goes to (the fake Bot API takes any chat). */
const OFFICER_CHAT = 100_000_001;

const YES = /^(1|ya|iya|benar|betul)$/i;
const NO = /^(2|tidak|bukan|nggak)$/i;
const yesNo = (text: string) => (YES.test(text) ? true : NO.test(text) ? false : undefined);

const bot = new Bot<BotContext>(process.env.TELEGRAM_BOT_TOKEN ?? '', {
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' },
  botInfo: { id: 1, is_bot: true, first_name: 'Baseline', username: 'baseline_bot' } as Bot['botInfo'],
});
bot.use(sequentialize());
bot.use(
  session({
    initial: (): Report => ({ step: 'new' }),
    storage: sqliteStorage(process.env.DATABASE_URL ?? ''),
  }),
);

bot.on('message:text', async (ctx) => {
  const text = ctx.message.text.trim();
  const s = ctx.session;
  switch (s.step) {
    case 'new':
    case 'done':
      await ctx.reply('Halo, terima kasih sudah menghubungi kami. Layanan ini gratis dan rahasia.');
      await ctx.reply('Apakah Anda setuju kami menyimpan pesan Anda? 1. Ya 2. Tidak');
      s.step = 'consent';
      return;
    case 'consent':
      if (yesNo(text) !== true) return void (await ctx.reply('Balas 1 (Ya) atau 2 (Tidak).'));
      await ctx.reply('Apa yang ingin Anda lakukan? Anda juga bisa langsung bercerita.');
      s.step = 'story';
      return;
    case 'story':
      s.story = text;
      await ctx.reply('Apakah Anda dalam bahaya saat ini? 1. Ya 2. Tidak');
      s.step = 'safety';
      return;
    case 'safety':
      s.danger = yesNo(text) ?? false;
      await ctx.reply('Sepertinya ini tentang KDRT. Benar? 1. Ya 2. Tidak');
      s.step = 'category';
      return;
    case 'category':
      await ctx.reply('Apakah yang mengalaminya masih anak? 1. Ya 2. Tidak 3. Lewati');
      s.step = 'child';
      return;
    case 'child':
      s.child = yesNo(text);
      await ctx.reply('Di kabupaten/kota mana kejadiannya?');
      s.step = 'region';
      return;
    case 'region': {
      s.region = text;
      const reference = Math.random().toString(36).slice(2, 8).toUpperCase();
      await ctx.reply(`Laporan Anda diteruskan ke layanan di ${text}. Hubungi SAPA 129.`);
      await ctx.reply('Yang terjadi setelah Anda melapor: petugas menilai dan menghubungi Anda.');
      await ctx.reply(`Nomor laporan Anda: ${reference}`);
      await ctx.reply('Kirim di sini jika ingin menambah cerita. Ketik menu untuk mulai lagi.');
      // As this project does: the case goes to an officer's chat, then the reporter hears it went.
      await ctx.api.sendMessage(OFFICER_CHAT, `Laporan baru ${reference} (${text}): ${s.story ?? ''}`);
      await ctx.reply(`Kabar untuk Anda. Laporan ${reference} sudah diteruskan kepada petugas.`);
      s.step = 'done';
      return;
    }
  }
});

const secret = process.env.TELEGRAM_WEBHOOK_SECRET ?? '';
const app = Fastify({ bodyLimit: 1024 * 1024 });
app.post('/webhooks/telegram', webhookCallback(bot, 'fastify', { secretToken: secret }));

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${address}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
