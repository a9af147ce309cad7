import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const SESSION = 'stats-session-0123456789';

describe('request logs', () => {
  it('should log each request at debug only, and the counts once per interval at info', async () => {
    const dir = tempDir();
    const t = createTestHotline(`${dir.dir}/hotline.db`);
    const app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger, statsIntervalMs: 100 });
    cleanup.push(async () => {
      await app.close();
      await t.hotline.close();
      dir.cleanup();
    });
    await app.ready();
    await app.inject({
      method: 'POST',
      url: '/chat/messages',
      payload: { session: SESSION, id: 'a', text: 'RAHASIA' },
    });
    await app.inject({ method: 'GET', url: '/chat/messages', headers: { 'x-chat-session': SESSION } });
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/nowhere' });
    await new Promise((r) => setTimeout(r, 250));
    const lines = t.logs.lines.map(
      (l) => JSON.parse(l) as { level: number; msg: string; [k: string]: unknown },
    );
    const perRequest = lines.filter((l) => l.msg === 'request completed' || l.msg === 'incoming request');
    expect(perRequest.length).toBeGreaterThanOrEqual(4);
    expect(perRequest.every((l) => l.level === 20)).toBe(true); // debug
    expect(
      lines.filter((l) => l.level >= 30 && /request (completed|incoming)|incoming request/.test(l.msg)),
    ).toEqual([]);
    const counts = lines.filter((l) => l.msg === 'http requests');
    expect(counts).toHaveLength(1); // nothing logged for the quiet intervals
    expect(counts[0]).toMatchObject({
      level: 30,
      requests: { webchat: { '2xx': 2 }, health: { '2xx': 1 }, other: { '4xx': 1 } },
    });
    expect(t.logs.text).not.toContain('RAHASIA');
    expect(t.logs.text).not.toContain(SESSION);
  });
});
