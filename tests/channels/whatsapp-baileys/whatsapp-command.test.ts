import { afterEach, describe, expect, it } from 'vitest';
import { whatsappCommand } from '../../../src/cli/whatsapp-command.js';
import { FakeBaileysSocket } from '../../support/fake-baileys-socket.js';
import { createTestHotline, type TestHotline, tempDir } from '../../support/test-hotline.js';

let t: TestHotline;
let dir: ReturnType<typeof tempDir>;

afterEach(async () => {
  await t.hotline.close();
  dir.cleanup();
});

/** Runs the command against fake sockets; `script` plays WhatsApp's side on each new socket. */
async function link(args: string[], script: (socket: FakeBaileysSocket, n: number) => void) {
  dir = tempDir();
  t = createTestHotline(`${dir.dir}/hotline.db`);
  const out: string[] = [];
  const err: string[] = [];
  let n = 0;
  const code = await whatsappCommand(args, {
    hotline: t.hotline,
    io: { out: (s) => out.push(s), err: (s) => err.push(s), renderQr: async (qr) => `[QR ${qr}]` },
    channel: {
      clock: t.clock,
      makeSocket: (auth) => {
        const socket = new FakeBaileysSocket(auth);
        const i = n++;
        setImmediate(() => script(socket, i));
        return socket;
      },
    },
    timeoutMs: 2_000,
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('hotline whatsapp link', () => {
  it('should show the QR code, store the pairing in the database, and finish once linked', async () => {
    const { code, out } = await link(['link'], (socket, n) => {
      if (n === 0) {
        socket.emit('connection.update', { qr: '2@abc,def' });
        socket.auth.creds.registered = true;
        socket.emit('creds.update', { registered: true });
        // WhatsApp restarts the connection right after a pairing.
        socket.emit('connection.update', {
          connection: 'close',
          lastDisconnect: { error: Object.assign(new Error('restart'), { output: { statusCode: 515 } }) },
        });
      } else socket.emit('connection.update', { connection: 'open' });
    });
    expect(code).toBe(0);
    expect(out).toContain('[QR 2@abc,def]');
    expect(out).toContain('Linked.');
    expect(t.data.repos.baileysAuth.hasSession('default')).toBe(true);
  });

  it('should print a pairing code for the phone number given', async () => {
    let socketSeen: FakeBaileysSocket | undefined;
    const { code, out } = await link(['link', '--pairing-code', '+62 811-1000-111'], (socket) => {
      socketSeen = socket;
      socket.emit('connection.update', { qr: '2@abc' });
      setTimeout(() => socket.emit('connection.update', { connection: 'open' }), 10);
    });
    expect(code).toBe(0);
    expect(socketSeen?.pairingRequests).toEqual(['628111000111']);
    expect(out).toContain('Pairing code: ABCD1234');
  });

  it('should refuse when the service already holds the number', async () => {
    dir = tempDir();
    t = createTestHotline(`${dir.dir}/hotline.db`);
    t.data.repos.locks.acquire('whatsapp_baileys:default', 'the-service', t.clock.now(), 60_000);
    const err: string[] = [];
    const code = await whatsappCommand(['link'], {
      hotline: t.hotline,
      io: { out: () => undefined, err: (s) => err.push(s) },
      channel: { makeSocket: (auth) => new FakeBaileysSocket(auth), clock: t.clock },
    });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/already connected by a running service/);
  });

  it('should explain its usage for anything else', async () => {
    dir = tempDir();
    t = createTestHotline(`${dir.dir}/hotline.db`);
    const err: string[] = [];
    const code = await whatsappCommand(['pair'], {
      hotline: t.hotline,
      io: { out: () => undefined, err: (s) => err.push(s) },
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/hotline whatsapp link/);
  });
});
