/**
 * The ceiling: a bare Fastify endpoint that keeps no state and answers an update whose text is a
 * number N with N sendMessage calls through the same grammY client, one after another as a bot's
 * replies go. The benchmark sends it each turn's message count of the report, so it carries the same
 * HTTP traffic as the bots and nothing else: what no bot walking the report over HTTP can beat here.
 */
import Fastify from 'fastify';
import { Api } from 'grammy';

const token = process.env.TELEGRAM_BOT_TOKEN ?? '';
const secret = process.env.TELEGRAM_WEBHOOK_SECRET ?? '';
const api = new Api(token, { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' });
const app = Fastify({ bodyLimit: 1024 * 1024 });
/** A turn of the report sends at most a handful of messages. */
const MAX_REPLIES = 10;

app.post('/webhooks/telegram', async (req, reply) => {
  if (req.headers['x-telegram-bot-api-secret-token'] !== secret) return reply.code(401).send();
  const message = (req.body as { message?: { chat?: { id?: number }; text?: string } }).message;
  const chatId = message?.chat?.id;
  await reply.code(200).send();
  if (typeof chatId !== 'number') return;
  const count = Math.min(Math.max(Number.parseInt(message?.text ?? '', 10) || 1, 1), MAX_REPLIES);
  for (let sent = 0; sent < count; sent += 1) await api.sendMessage(chatId, 'ok').catch(() => undefined);
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${address}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
