/**
 * The Telegram long poller among several `hotline serve` processes on one PostgreSQL database: one
 * polls at a time, and when it is killed (-9, no chance to let go) another takes over within
 * seconds, because the poller is a session advisory lock that dies with its connection.
 *
 * Each process talks to a Bot API stand-in of its own, so the test sees which one polls.
 */
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { startServe } from '../support/cli.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
import { textUpdate } from '../support/telegram-updates.js';

const KEY = randomBytes(32).toString('base64');
const postgres = await postgresForTests();
const children: ChildProcess[] = [];
const apis: FakeTelegramApi[] = [];
const drops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const api of apis.splice(0)) await api.close();
  for (const drop of drops.splice(0)) await drop();
});

describePostgres('the Telegram poller among instances on PostgreSQL', postgres, (server) => {
  it('should let one instance poll, and another take over within seconds when it is killed', async () => {
    const database = await server.freshDatabase();
    drops.push(database.drop);
    const instance = async () => {
      const api = new FakeTelegramApi();
      await api.listen();
      apis.push(api);
      const service = await startServe({
        DATABASE_URL: database.url,
        DATA_KEY: KEY,
        TELEGRAM_BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.root,
        TELEGRAM_WEBHOOK_SECRET: '',
      });
      children.push(service.child);
      return { api, child: service.child, output: service.output };
    };
    const first = await instance();
    await first.api.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'), 10_000);
    const second = await instance();
    // Long enough for the second to have asked for the lock a few times (it asks every second).
    await sleep(2_500);
    // Had the first died meanwhile (a crash under load), the second polling would be right: say so.
    expect(first.child.exitCode, `the first instance exited:\n${first.output()}`).toBeNull();
    expect(second.api.callsOf('getUpdates'), `second instance:\n${second.output()}`).toHaveLength(0);

    const exited = once(first.child, 'exit');
    const killedAt = performance.now();
    first.child.kill('SIGKILL');
    await second.api.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'), 10_000);
    const takeoverMs = performance.now() - killedAt;
    console.log(`poller takeover after kill -9: ${Math.round(takeoverMs)} ms`);
    expect(takeoverMs).toBeLessThan(5_000);
    await exited;

    // It polls for real: an update waiting at "Telegram" is answered.
    second.api.pushUpdate(textUpdate(1, 4242, 'halo'));
    await second.api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'), 10_000);
    expect(second.api.sentMessages()[0]?.text).toMatch(/^Halo, terima kasih sudah menghubungi kami/);
  }, 60_000);
});
