/**
 * The web chat behind a load balancer that does not keep a session on one instance: the page posts
 * to one `hotline serve` and its long poll waits on another, both on one PostgreSQL database.
 * Whichever instance delivers the reply, the waiting page gets it within about a second, not
 * after the 20 s long poll.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { startServe } from '../support/cli.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';

const KEY = randomBytes(32).toString('base64');
const postgres = await postgresForTests();
const children: ChildProcess[] = [];
const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const drop of drops.splice(0)) await drop();
});

describePostgres('the web chat over two instances on PostgreSQL', postgres, (server) => {
  it('should show a reply on the page polling one instance when it posted to the other', async () => {
    const database = await server.freshDatabase();
    drops.push(database.drop);
    const [a, b] = await Promise.all(
      [0, 1].map(() => startServe({ DATABASE_URL: database.url, DATA_KEY: KEY })),
    );
    children.push(a!.child, b!.child);
    const session = `two-instances-${randomBytes(8).toString('hex')}`;
    let after = 0;
    const waits: number[] = [];
    for (const [i, text] of ['halo', 'ya', 'lapor', 'bantuan', 'menu'].entries()) {
      const posted = performance.now();
      const post = await fetch(`${a!.url}/chat/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ session, id: `p${i}`, text }),
      });
      expect(post.status).toBe(202);
      // As the page does: a long poll that ends empty is asked again at once.
      let messages: { id: number }[] = [];
      while (messages.length === 0 && performance.now() - posted < 25_000) {
        const poll = await fetch(`${b!.url}/chat/messages?after=${after}&wait=true`, {
          headers: { 'x-chat-session': session },
        });
        messages = ((await poll.json()) as { messages: { id: number }[] }).messages;
      }
      waits.push(performance.now() - posted);
      expect(messages.length, `reply to "${text}"`).toBeGreaterThan(0);
      after = Math.max(...messages.map((m) => m.id));
      // The rest of the turn's replies, so the next poll waits for the next turn only.
      await new Promise((r) => setTimeout(r, 300));
      const rest = await fetch(`${b!.url}/chat/messages?after=${after}`, {
        headers: { 'x-chat-session': session },
      });
      const more = ((await rest.json()) as { messages: { id: number }[] }).messages;
      if (more.length > 0) after = Math.max(...more.map((m) => m.id));
    }
    console.log(`web chat, posted to A, long poll on B: ${waits.map((w) => Math.round(w)).join(', ')} ms`);
    for (const wait of waits) expect(wait).toBeLessThan(2_500);
  }, 60_000);
});
