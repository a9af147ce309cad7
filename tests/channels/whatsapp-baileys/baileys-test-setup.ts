/**
 * A hotline with the linked-device channel on fake sockets: tests drive the adapter at Baileys'
 * event boundary and read what it sent. The real triage, directory and locales.
 */
import { Readable } from 'node:stream';
import type { WAMessage } from '@whiskeysockets/baileys';
import { BaileysChannel } from '../../../src/channels/whatsapp-baileys/baileys-channel.js';
import type { BaileysDownload } from '../../../src/channels/whatsapp-baileys/baileys-media.js';
import type { ChannelGateway } from '../../../src/conversations/channel-gateway.js';
import type { Hotline } from '../../../src/conversations/hotline-runtime.js';
import { triage } from '../../../src/triage/index.js';
import { disconnect, FakeBaileysSocket } from '../../support/fake-baileys-socket.js';
import { notify } from '../../support/baileys-messages.js';
import { createTestHotline, type TestHotline, tempDir } from '../../support/test-hotline.js';

export interface BaileysHarness {
  t: TestHotline;
  channel: BaileysChannel;
  sockets: FakeBaileysSocket[];
  /** The socket built last. */
  socket(): FakeBaileysSocket;
  open(): void;
  close(code: number): void;
  /** Emits messages.upsert (notify), then runs the worker and the dispatcher. */
  receive(...messages: WAMessage[]): Promise<{ jid: string; text: string }[]>;
  settle(): Promise<{ jid: string; text: string }[]>;
  /** Files the fake media download serves, by direct path. */
  files: Map<string, Buffer>;
  dir: ReturnType<typeof tempDir>;
  shutdown(options?: { keepDir?: boolean }): Promise<void>;
}

export async function baileysHarness(
  options: {
    dir?: ReturnType<typeof tempDir>;
    backoffBaseMs?: number;
    /** What the channel is given instead of the hotline itself (a test that makes storing fail). */
    gateway?: (hotline: Hotline) => ChannelGateway;
  } = {},
): Promise<BaileysHarness> {
  const dir = options.dir ?? tempDir();
  const t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
  const sockets: FakeBaileysSocket[] = [];
  const files = new Map<string, Buffer>();
  const download: BaileysDownload = async (media) => {
    const bytes = files.get(media.directPath ?? '');
    if (!bytes) throw Object.assign(new Error('gone'), { output: { statusCode: 404 } });
    return Readable.from([bytes]);
  };
  const gateway = options.gateway?.(t.hotline) ?? t.hotline;
  const channel = await BaileysChannel.create(gateway, t.hotline.linkedDeviceStores(), t.hotline.logger, {
    clock: t.clock,
    makeSocket: (auth) => {
      const socket = new FakeBaileysSocket(auth);
      sockets.push(socket);
      return socket;
    },
    download,
    backoffBaseMs: options.backoffBaseMs ?? 5,
  });
  let seen = 0;
  const socket = () => sockets.at(-1)!;
  const settle = async () => {
    await t.hotline.whenIdle();
    const sent = sockets
      .flatMap((s) => s.sent)
      .map((s) => ({ jid: s.jid, text: String('text' in s.content ? s.content.text : '') }));
    const fresh = sent.slice(seen);
    seen = sent.length;
    return fresh;
  };
  return {
    t,
    channel,
    sockets,
    socket,
    open: () => socket().emit('connection.update', { connection: 'open' }),
    close: (code) =>
      socket().emit('connection.update', { connection: 'close', lastDisconnect: disconnect(code) }),
    receive: async (...messages) => {
      socket().emit('messages.upsert', notify(...messages));
      return settle();
    },
    settle,
    files,
    dir,
    shutdown: async ({ keepDir = false } = {}) => {
      await channel.stop();
      await t.hotline.close();
      if (!keepDir) dir.cleanup();
    },
  };
}

/** Waits for real timers (reconnect backoff) to run. */
export function waitMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
