/**
 * The baseline: a bare Fastify endpoint that answers every update with one sendMessage through the
 * same grammY client, and keeps no state. What is left between this and the hotline is our pipeline.
 */
import Fastify from 'fastify';
import { Api } from 'grammy';

const token = process.env.TELEGRAM_BOT_TOKEN ?? '';
const secret = process.env.TELEGRAM_WEBHOOK_SECRET ?? '';
const api = new Api(token, { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' });
const app = Fastify({ bodyLimit: 1024 * 1024 });

app.post('/webhooks/telegram', async (req, reply) => {
  if (req.headers['x-telegram-bot-api-secret-token'] !== secret) return reply.code(401).send();
  const chatId = (req.body as { message?: { chat?: { id?: number } } }).message?.chat?.id;
  await reply.code(200).send();
  if (typeof chatId === 'number') api.sendMessage(chatId, 'ok').catch(() => undefined);
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${address}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
