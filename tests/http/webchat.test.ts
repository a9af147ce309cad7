import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { OutboundMessage } from '../../src/conversations/channel-contract.js';
import { triage } from '../../src/triage/index.js';
import { createTestHotline, type TestHotline, tempDir } from '../support/test-hotline.js';
import { Transcript } from '../support/transcript.js';

const SESSION = 'test-session-0123456789';
let dir: ReturnType<typeof tempDir>;
let t: TestHotline;
let app: FastifyInstance;
let after = 0;
let n = 0;

beforeEach(async () => {
  dir = tempDir();
  t = createTestHotline(`${dir.dir}/hotline.db`);
  app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger });
  after = 0;
});

afterEach(async () => {
  await app.close();
  await t.hotline.close();
  dir.cleanup();
});

async function post(body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/chat/messages',
    payload: { session: SESSION, id: `m${++n}`, ...body },
  });
}

async function replies(): Promise<OutboundMessage[]> {
  await t.hotline.whenIdle();
  const res = await app.inject({
    method: 'GET',
    url: `/chat/messages?after=${after}`,
    headers: { 'x-chat-session': SESSION },
  });
  const { messages } = res.json() as { messages: (OutboundMessage & { id: number })[] };
  after = Math.max(after, ...messages.map((m) => m.id));
  return messages;
}

describe('web chat', () => {
  it('should carry a whole report from greeting to case reference', async () => {
    const transcript = new Transcript();
    const turn = async (body: { text?: string; choice?: string }, shown: string) => {
      const res = await post(body);
      expect(res.statusCode).toBe(202);
      transcript.reporter(shown);
      const got = await replies();
      transcript.bot(got);
      return got;
    };
    await turn({ text: 'halo' }, 'halo');
    await turn({ choice: 'yes' }, '[Ya]');
    await turn({ text: 'lapor' }, 'lapor');
    const story = 'Suami saya sering memukul saya.';
    await turn({ text: story }, story);
    await turn({ choice: 'no' }, '[Tidak]');
    await turn({ choice: 'kdrt' }, '[KDRT]');
    await turn({ text: '1' }, '1');
    await turn({ text: 'tidak' }, 'tidak');
    await turn({ text: 'masih terjadi' }, 'masih terjadi');
    const closing = await turn({ text: 'Kabupaten Pati' }, 'Kabupaten Pati');
    expect(closing.map((m) => m.text).join('\n')).toMatch(/Kode Anda: \*[A-Z0-9]{3}-[A-Z0-9]{3}\*/);
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/webchat-report.id.txt');
  });

  it('should store a retried POST once', async () => {
    const body = { session: SESSION, id: 'same', text: 'halo' };
    const first = await app.inject({ method: 'POST', url: '/chat/messages', payload: body });
    const second = await app.inject({ method: 'POST', url: '/chat/messages', payload: body });
    expect([first.json(), second.json()]).toEqual([
      { stored: true, duplicate: false },
      { stored: true, duplicate: true },
    ]);
    expect(await replies()).toHaveLength(2);
  });

  it.each([
    ['no session', { id: 'x', text: 'halo' }],
    ['a short session id', { session: 'abc', id: 'x', text: 'halo' }],
    ['neither text nor choice', { session: SESSION, id: 'x' }],
    ['both text and choice', { session: SESSION, id: 'x', text: 'a', choice: 'yes' }],
    ['an unknown field', { session: SESSION, id: 'x', text: 'a', extra: 1 }],
  ])('should answer 400 for %s', async (_, payload) => {
    const res = await app.inject({ method: 'POST', url: '/chat/messages', payload });
    expect(res.statusCode).toBe(400);
  });

  it('should answer 400 for malformed JSON and 413 for a body over 1 MiB', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/chat/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"session": ',
    });
    expect(bad.statusCode).toBe(400);
    const big = await app.inject({
      method: 'POST',
      url: '/chat/messages',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ session: SESSION, id: 'x', text: 'a'.repeat(1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('should serve the chat page without caching and a discreet title', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<title>Chat</title>');
  });

  it('should report health and readiness', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('should keep message text and session ids out of the request logs', async () => {
    await post({ text: 'RAHASIA_DI_LOG' });
    await replies();
    expect(t.logs.text).not.toContain('RAHASIA_DI_LOG');
    expect(t.logs.text).not.toContain(SESSION);
    expect(t.logs.text).toContain('"url":"/chat/messages"');
  });
});

describe('web chat from a browser set to English, with the real triage', () => {
  beforeEach(async () => {
    await app.close();
    await t.hotline.close();
    t = createTestHotline(`${dir.dir}/english.db`, { triage });
    app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger });
  });

  it('should answer an Indonesian message in Indonesian from a browser set to English', async () => {
    // Many phones in Indonesia are set to English (web-chat trial: the emergency numbers came in English).
    expect((await post({ text: 'tolong dia datang bawa pisau', lang: 'en' })).statusCode).toBe(202);
    const [first] = await replies();
    expect(first?.text).toMatch(/^Pesan Anda sudah kami terima\./);
  });

  it('should answer in English when the browser is set to English and the message is English', async () => {
    expect((await post({ text: 'hello, I need help', lang: 'en' })).statusCode).toBe(202);
    const [first] = await replies();
    expect(first?.text).toMatch(/^Hello/);
  });
});
