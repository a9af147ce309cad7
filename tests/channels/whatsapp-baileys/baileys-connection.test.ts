import { afterEach, describe, expect, it } from 'vitest';
import { BaileysChannel } from '../../../src/channels/whatsapp-baileys/baileys-channel.js';
import { AppError } from '../../../src/lib/app-error.js';
import {
  imageMessage,
  messageId,
  REPORTER_LID,
  REPORTER_PN,
  textMessage,
} from '../../support/baileys-messages.js';
import { type BaileysHarness, baileysHarness, waitMs } from './baileys-test-setup.js';

let h: BaileysHarness;

afterEach(async () => {
  await h.shutdown();
});

/** Messages stored so far, once what the channel handed in is on disk. */
async function storedCount(): Promise<number> {
  await h.t.hotline.whenIdle();
  return (h.t.data.sql.prepare('select count(*) as n from inbound_messages').get() as { n: number }).n;
}

describe('baileys connection', () => {
  it('should store new messages from messages.upsert once, and skip history and our own', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.open();
    const again = textMessage('halo', { id: messageId() });
    h.socket().emit('messages.upsert', { type: 'notify', messages: [again, again] });
    h.socket().emit('messages.upsert', { type: 'append', messages: [textMessage('pesan lama')] });
    h.socket().emit('messages.upsert', {
      type: 'notify',
      messages: [textMessage('dari kami', { fromMe: true })],
    });
    expect(await storedCount()).toBe(1);
    expect(await h.settle()).toHaveLength(2);
  });

  it('should log a message it cannot store and still store the rest of the batch', async () => {
    let calls = 0;
    h = await baileysHarness({
      gateway: (hotline) => ({
        ingest: (message) =>
          ++calls === 1 ? Promise.reject(new Error('disk full')) : hotline.ingest(message),
        registerSender: (sender) => hotline.registerSender(sender),
        registerMediaSource: (source) => hotline.registerMediaSource(source),
        recordDelivery: (report) => hotline.recordDelivery(report),
        delivered: (channel, userId, afterId) => hotline.delivered(channel, userId, afterId),
      }),
    });
    h.channel.start();
    h.open();
    h.socket().emit('messages.upsert', {
      type: 'notify',
      messages: [textMessage('satu'), textMessage('dua')],
    });
    expect(await storedCount()).toBe(1);
    expect(h.t.logs.text).toContain('could not be stored and is lost');
    expect(h.t.logs.text).not.toContain('disk full');
  });

  it('should persist credentials on creds.update', async () => {
    h = await baileysHarness();
    h.channel.start();
    expect(h.t.data.repos.baileysAuth.hasSession('default')).toBe(false);
    h.socket().auth.creds.registered = true;
    h.socket().emit('creds.update', { registered: true });
    await waitMs(5);
    expect(h.t.data.repos.baileysAuth.hasSession('default')).toBe(true);
  });

  it('should reconnect with growing backoff after a dropped connection, and reset it once open', async () => {
    h = await baileysHarness({ backoffBaseMs: 40 });
    h.channel.start();
    h.close(428);
    expect(h.channel.connection.connectionState).toBe('closed');
    await waitMs(60);
    expect(h.sockets).toHaveLength(2);
    h.close(408);
    await waitMs(50);
    expect(h.sockets).toHaveLength(2); // the second wait (80 ms) is twice the first
    await waitMs(80);
    expect(h.sockets).toHaveLength(3);
    h.open();
    expect(h.channel.connection.connectionState).toBe('open');
    expect(h.t.logs.text).toContain('"code":428');
  });

  it('should reconnect at once when WhatsApp asks for a restart after pairing (515)', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.close(515);
    await waitMs(2);
    expect(h.sockets).toHaveLength(2);
  });

  it('should forget the auth state and stop when the phone logs the device out', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.socket().emit('creds.update', {});
    await waitMs(5);
    h.close(401);
    await waitMs(20);
    expect(h.sockets).toHaveLength(1);
    expect(h.socket().ended).toBe(true);
    expect(h.t.data.repos.baileysAuth.hasSession('default')).toBe(false);
    expect(h.t.logs.text).toContain('run `hotline whatsapp link` again');
  });

  it('should refuse a second socket for the same number, and allow one after the first stops', async () => {
    h = await baileysHarness();
    h.channel.start();
    const second = await BaileysChannel.create(
      h.t.hotline,
      h.t.hotline.linkedDeviceStores(),
      h.t.hotline.logger,
      {
        makeSocket: () => {
          throw new Error('must not connect');
        },
      },
    );
    expect(() => second.start()).toThrow(AppError);
    // Another process holding the lease is refused the same way.
    expect(
      h.t.data.repos.locks.acquire('whatsapp_baileys:default', 'other-process', h.t.clock.now(), 60_000),
    ).toBe(false);
    await h.channel.stop();
    expect(
      h.t.data.repos.locks.acquire('whatsapp_baileys:default', 'other-process', h.t.clock.now(), 60_000),
    ).toBe(true);
    h.t.data.repos.locks.release('whatsapp_baileys:default', 'other-process');
  });

  it('should hold sends while disconnected and deliver them once the socket is open again', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.open();
    h.close(428);
    expect(await h.receive(textMessage('halo'))).toEqual([]);
    await waitMs(20);
    h.open();
    h.t.clock.advance(2_000);
    expect((await h.settle()).length).toBeGreaterThan(0);
    expect(h.t.logs.text).toContain('"code":"baileys_offline"');
  });

  it('should download an image after storing its message, and keep it encrypted', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.open();
    const bytes = Buffer.from('JPEG-RAHASIA-'.repeat(40));
    const message = imageMessage('ini buktinya');
    h.files.set(message.message!.imageMessage!.directPath!, bytes);
    await h.receive(message);
    const mediaId = `whatsapp_baileys:${message.key.id}`;
    expect(h.t.data.repos.media.load(mediaId)?.status).toBe('pending');
    await h.t.hotline.whenMediaFetched();
    const stored = h.t.data.repos.media.load(mediaId);
    expect(stored?.status).toBe('stored');
    expect(stored?.bytes?.equals(bytes)).toBe(true);
    const raw = h.t.data.sql.prepare('select ref_enc, bytes_enc from media').get() as {
      ref_enc: string;
      bytes_enc: Buffer;
    };
    expect(raw.ref_enc).not.toContain('mmg.whatsapp.net');
    expect(raw.bytes_enc.includes(Buffer.from('RAHASIA'))).toBe(false);
  });

  it('should keep JIDs, phone numbers and message text out of the logs', async () => {
    h = await baileysHarness();
    h.channel.start();
    h.open();
    await h.receive(textMessage('RAHASIA_DI_LOG'));
    h.close(428);
    await h.receive(textMessage('lagi'));
    const logs = h.t.logs.text;
    expect(logs).toContain('whatsapp linked device connected');
    for (const secret of ['RAHASIA_DI_LOG', REPORTER_LID, REPORTER_PN, '6281234567890', '207612345678901'])
      expect(logs).not.toContain(secret);
  });
});
