import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS } from '../../src/channels/telegram/telegram-rate-limiter.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { defaultIntakeConfig, type IntakeConfig } from '../../src/config/intake-config.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { textUpdate } from '../support/telegram-updates.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';

const SECRET = 'limits-test-secret';
/** Production needs a DATA_KEY; any well-formed random one will do here. */
const PROD_KEY = randomBytes(32).toString('base64');
const SESSION = 'limits-session-0123456789';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function app(intake: Partial<IntakeConfig> = {}, rates: Partial<IntakeConfig['rates']> = {}) {
  const dir = tempDir();
  const t = createTestHotline(`${dir.dir}/hotline.db`);
  const api = new FakeTelegramApi();
  await api.listen();
  const telegram = new TelegramChannel(
    t.hotline,
    { token: api.token, apiRoot: api.root, webhookSecret: SECRET },
    t.hotline.logger,
    { rateLimits: NO_RATE_LIMITS, clock: t.clock },
  );
  const base = defaultIntakeConfig();
  const built = await buildApp({
    hotline: t.hotline,
    logger: t.hotline.logger,
    telegram,
    intake: { ...base, ...intake, rates: { ...base.rates, ...rates } },
  });
  cleanup.push(async () => {
    await telegram.stop();
    await built.close();
    await t.hotline.close();
    await api.close();
    dir.cleanup();
  });
  return { app: built, t };
}

let n = 0;
const chatPost = (a: FastifyInstance, ip: string, session = SESSION, text = 'halo') =>
  a.inject({
    method: 'POST',
    url: '/chat/messages',
    remoteAddress: ip,
    payload: { session, id: `m${++n}`, text },
  });

describe('WEBCHAT', () => {
  it.each([
    ['development (default)', {}, true],
    ['test', { NODE_ENV: 'test' }, true],
    ['production', { NODE_ENV: 'production', DATA_KEY: PROD_KEY }, false],
    ['production with WEBCHAT=on', { NODE_ENV: 'production', DATA_KEY: PROD_KEY, WEBCHAT: 'on' }, true],
    ['development with WEBCHAT=off', { WEBCHAT: 'off' }, false],
  ])('should read %s as web chat %s', (_, env, on) => {
    expect(loadConfig(env).intake.webchat).toBe(on);
  });

  it('should refuse a WEBCHAT that is neither on nor off, naming the variable', () => {
    expect(() => loadConfig({ WEBCHAT: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBCHAT: 'maybe' })).toThrow(/^WEBCHAT must be on or off/);
  });

  it('should not serve the page or the chat routes when off, and keep health and webhooks', async () => {
    const { app: a } = await app({ webchat: false });
    expect((await a.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
    expect((await chatPost(a, '10.0.0.1')).statusCode).toBe(404);
    expect(
      (await a.inject({ method: 'GET', url: '/chat/messages', headers: { 'x-chat-session': SESSION } }))
        .statusCode,
    ).toBe(404);
    expect((await a.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const update = await a.inject({
      method: 'POST',
      url: '/webhooks/telegram',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: textUpdate(1, 42, 'halo'),
    });
    expect(update.statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('should refuse web chat posts past the per-address limit with 429, other addresses unaffected', async () => {
    const { app: a } = await app({}, { webchatPostPerIp: 5, webchatPostPerSession: 100 });
    const codes = [];
    for (let i = 0; i < 8; i++)
      codes.push((await chatPost(a, '10.0.0.1', `session-ip-${i}-0123456789`)).statusCode);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
    const refused = await chatPost(a, '10.0.0.1');
    expect(refused.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await chatPost(a, '10.0.0.2')).statusCode).toBe(202);
  });

  it('should take exactly the limit from a burst arriving at once, not refuse the whole burst', async () => {
    const { app: a } = await app({}, { webhookPerIp: 60 });
    const burst = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        a.inject({
          method: 'POST',
          url: '/webhooks/telegram',
          remoteAddress: '149.154.167.220',
          headers: { 'x-telegram-bot-api-secret-token': SECRET },
          payload: textUpdate(5_000 + i, 4_000 + i, 'halo'),
        }),
      ),
    );
    expect(burst.filter((r) => r.statusCode === 200)).toHaveLength(60);
    expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(40);
  });

  it('should refuse one session past its limit even from several addresses', async () => {
    const { app: a } = await app({}, { webchatPostPerIp: 100, webchatPostPerSession: 3 });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await chatPost(a, `10.0.1.${i}`)).statusCode);
    expect(codes).toEqual([202, 202, 202, 429, 429]);
    expect((await chatPost(a, '10.0.1.9', 'another-session-0123456789')).statusCode).toBe(202);
  });

  it('should give each route its own allowance: a web chat flood leaves health and the webhook alone', async () => {
    const { app: a } = await app({}, { webchatPostPerIp: 2, healthPerIp: 3, webhookPerIp: 4 });
    for (let i = 0; i < 5; i++) await chatPost(a, '10.0.2.1', `flood-session-${i}-0123456789`);
    const health = [];
    for (let i = 0; i < 4; i++)
      health.push((await a.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.2.1' })).statusCode);
    expect(health).toEqual([200, 200, 200, 429]);
    const hooks = [];
    for (let i = 0; i < 5; i++) {
      const res = await a.inject({
        method: 'POST',
        url: '/webhooks/telegram',
        remoteAddress: '10.0.2.1',
        headers: { 'x-telegram-bot-api-secret-token': SECRET },
        payload: textUpdate(100 + i, 42, 'halo'),
      });
      hooks.push(res.statusCode);
    }
    expect(hooks).toEqual([200, 200, 200, 200, 429]);
  });

  it('should limit unknown paths too', async () => {
    const { app: a } = await app({}, { healthPerIp: 2 });
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        (await a.inject({ method: 'GET', url: `/wp-admin/${i}`, remoteAddress: '10.0.3.1' })).statusCode,
      );
    expect(codes).toEqual([404, 404, 429]);
  });

  it('should give the webhooks generous defaults and people typing tight ones', () => {
    const { rates } = defaultIntakeConfig();
    expect(rates.webhookPerIp).toBeGreaterThanOrEqual(1_000);
    expect(rates.webchatPostPerSession).toBeLessThanOrEqual(30);
  });

  it('should read every limit from the environment and refuse a bad value naming it', () => {
    const intake = loadConfig({
      RATE_LIMIT_WEBCHAT_PER_IP: '7',
      RATE_LIMIT_WEBCHAT_PER_SESSION: '3',
      RATE_LIMIT_WEBCHAT_POLL_PER_IP: '11',
      RATE_LIMIT_WEBHOOK_PER_IP: '9000',
      RATE_LIMIT_HEALTH_PER_IP: '12',
      MAX_LONG_POLLS_PER_IP: '4',
      MAX_LONG_POLLS: '40',
      MAX_CONNECTIONS_PER_IP: '50',
      MAX_CONNECTIONS: '500',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
    }).intake;
    expect(intake).toMatchObject({
      rates: {
        webchatPostPerIp: 7,
        webchatPostPerSession: 3,
        webchatPollPerIp: 11,
        webhookPerIp: 9000,
        healthPerIp: 12,
      },
      longPollsPerIp: 4,
      longPollsTotal: 40,
      connectionsPerIp: 50,
      connectionsTotal: 500,
      trustProxy: '10.0.0.0/8, 127.0.0.1',
    });
    expect(() => loadConfig({ RATE_LIMIT_WEBHOOK_PER_IP: '0' })).toThrow(
      /^RATE_LIMIT_WEBHOOK_PER_IP must be/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/^TRUST_PROXY must be/);
  });
});

describe('body limits', () => {
  it.each([
    ['POST /chat/messages', '/chat/messages', 64 * 1024],
    ['POST /webhooks/telegram', '/webhooks/telegram', 2 * 1024 * 1024],
  ])('should answer %s with 413 past its own body limit', async (_, url, size) => {
    const { app: a } = await app();
    const res = await a.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      payload: JSON.stringify({ session: SESSION, id: 'x', text: 'a'.repeat(size) }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('should take a web chat message of 4,096 characters and refuse a longer one with 400', async () => {
    const { app: a } = await app();
    expect((await chatPost(a, '10.0.4.1', SESSION, 'é'.repeat(4096))).statusCode).toBe(202);
    expect((await chatPost(a, '10.0.4.1', SESSION, 'a'.repeat(4097))).statusCode).toBe(400);
  });
});

describe('refusal counts', () => {
  it('should log refusals as counts, never with an address or a session', async () => {
    const { app: a, t } = await app({}, { webchatPostPerIp: 1 });
    await chatPost(a, '192.0.2.77');
    await chatPost(a, '192.0.2.77');
    await a.close();
    const line = t.logs.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'http requests');
    expect(line).toMatchObject({
      level: 30,
      requests: { webchat: { '2xx': 1, '4xx': 1 } },
      refused: { rate_limit: 1 },
    });
    expect(t.logs.text).not.toContain('192.0.2.77');
    expect(t.logs.text).not.toContain(SESSION);
  });
});
