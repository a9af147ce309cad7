import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buttonReplyPayload,
  contactsPayload,
  imagePayload,
  listReplyPayload,
  locationPayload,
  PHONE_NUMBER_ID,
  REPORTER,
  reactionPayload,
  signature,
  statusPayload,
  textPayload,
  wamid,
} from '../../support/whatsapp-cloud-payloads.js';
import { APP_SECRET, type CloudHarness, cloudHarness, VERIFY_TOKEN } from './whatsapp-cloud-test-setup.js';

let h: CloudHarness;

beforeEach(async () => {
  h = await cloudHarness();
});

afterEach(async () => {
  await h.close();
});

function verify(query: Record<string, string>) {
  return h.app.inject({ method: 'GET', url: '/webhooks/whatsapp', query });
}

describe('whatsapp cloud webhook', () => {
  describe('verification handshake', () => {
    it('should echo hub.challenge for the right verify token', async () => {
      const res = await verify({
        'hub.mode': 'subscribe',
        'hub.verify_token': VERIFY_TOKEN,
        'hub.challenge': '1158201444',
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('1158201444');
    });

    it.each([
      ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' }],
      ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' }],
      ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN }],
      ['nothing', {}],
    ])('should answer %s with 403', async (_, query) => {
      expect((await verify(query)).statusCode).toBe(403);
    });
  });

  describe('signature', () => {
    it.each([
      ['no signature', {}],
      ['a wrong signature', { 'x-hub-signature-256': signature('{}', APP_SECRET) }],
      ['a signature with another secret', { 'x-hub-signature-256': 'sha256=00ff' }],
      ['a signature without its prefix', { 'x-hub-signature-256': 'abc' }],
    ])('should answer %s with 401 and store nothing', async (_, headers) => {
      const res = await h.post(textPayload('halo'), headers);
      expect(res.statusCode).toBe(401);
      expect(h.storedInputs()).toEqual([]);
    });

    it('should check the signature over the exact bytes sent, not re-serialized JSON', async () => {
      const raw = JSON.stringify(textPayload('halo'), null, 2); // Meta's spacing is not ours
      const res = await h.post(raw, { 'x-hub-signature-256': signature(raw, APP_SECRET) });
      expect(res.statusCode).toBe(200);
      expect(h.storedInputs()).toEqual([{ type: 'text', text: 'halo' }]);
    });

    it.each(['text/plain', 'application/octet-stream', 'application/json; charset=utf-8'])(
      'should check the signature over the bytes received when the content type is %s',
      async (contentType) => {
        const raw = JSON.stringify(textPayload('halo'));
        const signed = await h.post(raw, {
          'content-type': contentType,
          'x-hub-signature-256': signature(raw, APP_SECRET),
        });
        expect(signed.statusCode).toBe(200);
        expect(h.storedInputs()).toEqual([{ type: 'text', text: 'halo' }]);
        const forged = await h.post(JSON.stringify(textPayload('tutup saja')), {
          'content-type': contentType,
          'x-hub-signature-256': signature('', APP_SECRET),
        });
        expect(forged.statusCode).toBe(401);
        expect(h.storedInputs()).toHaveLength(1);
      },
    );

    it('should answer malformed JSON with a valid signature with 400', async () => {
      expect((await h.post('{"object": ')).statusCode).toBe(400);
    });
  });

  it('should store text, button and list replies, and a location, as their inputs', async () => {
    for (const payload of [
      textPayload('halo'),
      buttonReplyPayload('yes', 'Ya'),
      listReplyPayload('report', 'Melapor / minta bantuan'),
      locationPayload(-6.7559, 111.038),
    ])
      expect((await h.post(payload)).statusCode).toBe(200);
    expect(h.storedInputs()).toEqual([
      { type: 'text', text: 'halo' },
      { type: 'choice', optionId: 'yes' },
      { type: 'choice', optionId: 'report' },
      { type: 'location', lat: -6.7559, lon: 111.038 },
    ]);
  });

  it('should process a message delivered twice only once', async () => {
    const payload = textPayload('halo', { id: wamid() });
    expect((await h.post(payload)).statusCode).toBe(200);
    expect((await h.post(payload)).statusCode).toBe(200);
    expect(h.storedInputs()).toHaveLength(1);
    expect(await h.settle()).toHaveLength(2); // the greeting and the consent question, once
  });

  it('should key the reporter on the business-scoped user id and reply to whichever id it gave', async () => {
    await h.post(textPayload('halo', { from: { userId: REPORTER.userId } })); // a username: no phone
    const [first] = await h.settle();
    expect(first).toMatchObject({ recipient: REPORTER.userId, to: undefined });
    // The same person, now with a phone number in the payload: still the same conversation.
    await h.post(buttonReplyPayload('yes', 'Ya', { from: { userId: REPORTER.userId, waId: REPORTER.waId } }));
    const next = await h.settle();
    expect(next.at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
    expect(next.at(-1)?.to).toBe(REPORTER.waId);
    const conversations = h.t.data.sql.prepare('select count(*) as n from conversations').get();
    expect(conversations).toEqual({ n: 1 });
  });

  it('should acknowledge an image before downloading it, then store it encrypted', async () => {
    const bytes = Buffer.from('JPEG-BYTES-RAHASIA-'.repeat(50));
    h.api.addMedia('1234567890123456', bytes);
    const id = wamid();
    expect((await h.post(imagePayload('1234567890123456', 'ini buktinya', { id }))).statusCode).toBe(200);
    expect(h.api.callsTo('GET', '/1234567890123456')).toHaveLength(0);
    expect(h.storedInputs()).toEqual([
      { type: 'media', kind: 'image', mediaId: expect.stringMatching(/^whatsapp_cloud:[0-9a-f-]{36}$/) },
      { type: 'text', text: 'ini buktinya' },
    ]);
    const mediaId = (h.storedInputs()[0] as { mediaId: string }).mediaId;
    expect(mediaId).not.toContain(id.slice('wamid.'.length));
    await h.t.hotline.whenMediaFetched();
    const stored = h.t.data.repos.media.load(mediaId);
    expect(stored).toMatchObject({ status: 'stored', kind: 'image', size: bytes.length });
    expect(stored?.bytes?.equals(bytes)).toBe(true);
    const download = h.api.calls.find((c) => c.path.startsWith('/media-download/'));
    expect(download?.authorization).toBe(`Bearer ${h.api.token}`);
    const raw = h.t.data.sql.prepare('select bytes_enc, ref_enc from media').get() as {
      bytes_enc: Buffer;
      ref_enc: string;
    };
    expect(raw.bytes_enc.includes(Buffer.from('RAHASIA'))).toBe(false);
    expect(raw.ref_enc).not.toContain('1234567890123456');
  });

  it('should keep the wamid (it encodes the phone number) out of the inbox, deduplicating still', async () => {
    const id = wamid();
    const payload = textPayload('halo', { id });
    expect((await h.post(payload)).statusCode).toBe(200);
    expect((await h.post(payload)).statusCode).toBe(200);
    expect(h.storedInputs()).toHaveLength(1);
    const rows = h.t.data.sql.prepare('select external_id from inbound_messages').all();
    expect(JSON.stringify(rows)).not.toContain(id.slice('wamid.'.length, 30));
  });

  it('should record sent, delivered and read against the outbox row, never moving backwards', async () => {
    await h.post(textPayload('halo'));
    const [greeting] = await h.settle();
    const row = () =>
      h.t.data.sql
        .prepare(
          'select id, delivery_status as status, platform_message_id as stored from outbox order by id limit 1',
        )
        .get() as { id: number; status: string; stored: string };
    for (const status of ['sent', 'read', 'delivered'] as const)
      expect((await h.post(statusPayload(greeting!.messageId, status))).statusCode).toBe(200);
    expect(row().status).toBe('read');
    // The wamid holds the recipient's number: only its keyed hash is stored.
    expect(row().stored).not.toContain(greeting!.messageId.slice('wamid.'.length, 30));
  });

  it('should record a failed delivery with its code and tell the administrator', async () => {
    await h.post(textPayload('halo'));
    const [greeting] = await h.settle();
    await h.post(statusPayload(greeting!.messageId, 'failed', 131026));
    const row = h.t.data.sql
      .prepare('select delivery_status as status, delivery_error as error from outbox order by id limit 1')
      .get();
    expect(row).toEqual({ status: 'failed', error: 'whatsapp_131026' });
    expect(h.t.logs.text).toContain('"code":"whatsapp_131026"');
    expect(h.t.logs.text).toContain('platform reports a message undelivered');
  });

  it.each([
    ['a reaction', () => reactionPayload(wamid()), 'unsupported_reaction'],
    ['shared contacts', () => contactsPayload(), 'unsupported_contacts'],
    ['a status for a message we never sent', () => statusPayload('wamid.UNKNOWN', 'read'), undefined],
    [
      'another kind of event',
      () => ({
        object: 'whatsapp_business_account',
        entry: [{ changes: [{ field: 'account_update', value: {} }] }],
      }),
      'unsupported_field',
    ],
    [
      'another phone number',
      () => ({
        ...textPayload('halo'),
        entry: [
          { changes: [{ field: 'messages', value: { metadata: { phone_number_id: '999' }, messages: [] } }] },
        ],
      }),
      'other_number',
    ],
    ['a body that is not WhatsApp at all', () => ({ hello: 'world' }), 'not_whatsapp'],
  ])('should acknowledge %s with 200 and store nothing', async (_, payload, reason) => {
    expect((await h.post(payload())).statusCode).toBe(200);
    expect(h.storedInputs()).toEqual([]);
    if (reason) expect(h.t.logs.text).toContain(reason);
  });

  it('should keep message text, phone numbers, user ids, secrets and the token out of the logs', async () => {
    h.api.failNext({ status: 500, code: 131000, message: `Something went wrong for ${REPORTER.waId}` });
    await h.post(textPayload('RAHASIA_DI_LOG'));
    await h.settle();
    await h.post(textPayload('halo'), { 'x-hub-signature-256': 'sha256=00' });
    const logs = h.t.logs.text;
    expect(logs).toContain('"url":"/webhooks/whatsapp"');
    expect(logs).toContain('"code":"whatsapp_131000"');
    for (const secret of [
      'RAHASIA_DI_LOG',
      REPORTER.waId,
      REPORTER.userId,
      APP_SECRET,
      h.api.token,
      PHONE_NUMBER_ID,
    ])
      expect(logs).not.toContain(secret);
  });
});
