import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldCipher } from '../../../src/db/field-cipher.js';
import type { SentMessage } from '../../support/fake-telegram-api.js';
import { HeldSync, ioError } from '../../support/held-sync.js';
import { TEST_KEY } from '../../support/test-hotline.js';
import {
  callbackUpdate,
  editedTextUpdate,
  groupTextUpdate,
  locationUpdate,
  photoUpdate,
  textUpdate,
  venueUpdate,
} from '../../support/telegram-updates.js';
import { Transcript } from '../../support/transcript.js';
import {
  CHAT,
  reporterAnswer,
  SECRET,
  type TelegramHarness,
  telegramHarness,
} from './telegram-test-setup.js';

let h: TelegramHarness;
let updateId = 1_000;

beforeEach(async () => {
  h = await telegramHarness();
});

afterEach(async () => {
  await h.close();
});

/** A report ends with its reference, rendered bold. */
const REFERENCE = /<b>[A-Z0-9]{3}-[A-Z0-9]{3}<\/b>/;
/** More turns than any report takes: a loop guard, should the flow stop making progress. */
const MAX_TURNS = 15;

/** Every stored inbound input, decrypted, in arrival order. */
function storedInputs(): unknown[] {
  const cipher = new FieldCipher([TEST_KEY]);
  const rows = h.t.data.sql.prepare('select payload_enc from inbound_messages order by id').all() as {
    payload_enc: string;
  }[];
  return rows.map((r) => cipher.decryptJson<{ input: unknown }>(r.payload_enc).input);
}

async function turn(update: unknown, as: string, transcript: Transcript): Promise<SentMessage[]> {
  const res = await h.post(update);
  expect(res.statusCode).toBe(200);
  transcript.reporter(as);
  // The reporter's chat only: an officer's notice goes to their own chat.
  const got = (await h.settle()).filter((m) => m.chat_id === CHAT);
  transcript.bot(got.map((m) => ({ text: m.text, ...(m.options.length ? { options: m.options } : {}) })));
  return got;
}

describe('telegram webhook', () => {
  it('should carry a whole report from greeting to case reference, buttons and typed answers', async () => {
    const transcript = new Transcript();
    let replies = await turn(textUpdate(++updateId, CHAT, '/start'), '/start', transcript);
    expect(replies.at(-1)?.options.map((o) => o.id)).toEqual(['yes', 'no']);
    for (let i = 0; i < MAX_TURNS && !replies.some((m) => REFERENCE.test(m.text)); i++) {
      const last = replies.at(-1)!;
      const answer = reporterAnswer(last);
      replies =
        answer.type === 'press'
          ? await turn(callbackUpdate(++updateId, CHAT, answer.id, last), `[${answer.label}]`, transcript)
          : await turn(textUpdate(++updateId, CHAT, answer.text), answer.text, transcript);
    }
    expect(replies.some((m) => REFERENCE.test(m.text))).toBe(true);
    const sent = h.api
      .callsOf('sendMessage')
      .map((call) => call.payload as { chat_id: number; text: string });
    // The case is announced to UPTD PPA Kota Palu's officer on duty on Telegram, without the story.
    const toOfficer = sent.filter((payload) => payload.chat_id !== CHAT);
    expect(toOfficer).toEqual([
      expect.objectContaining({
        chat_id: 100000201,
        text: expect.stringMatching(/^Hotline PPA: kasus baru /),
      }),
    ]);
    for (const payload of sent) {
      expect(payload).toMatchObject({
        chat_id: payload === toOfficer[0] ? 100000201 : CHAT,
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
      });
    }
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/telegram-report.id.txt');
  });

  it('should answer a pressed button and show the choice in its message', async () => {
    await h.post(textUpdate(++updateId, CHAT, 'halo'));
    const consent = (await h.settle()).at(-1)!;
    const res = await h.post(callbackUpdate(++updateId, CHAT, 'yes', consent));
    expect(res.statusCode).toBe(200);
    await h.api.waitFor((calls) => calls.some((c) => c.method === 'editMessageText'));
    expect(h.api.callsOf('answerCallbackQuery').map((c) => c.payload)).toEqual([
      { callback_query_id: `cq-${updateId}` },
    ]);
    const edit = h.api.callsOf('editMessageText')[0]!.payload;
    expect(edit).toMatchObject({ chat_id: CHAT, message_id: consent.message_id });
    expect(edit.text).toBe(`${consent.text}\n\n✓ Ya`);
    expect(edit).not.toHaveProperty('reply_markup');
    expect((await h.settle()).at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should accept typed answers where buttons are offered', async () => {
    await h.post(textUpdate(++updateId, CHAT, 'halo'));
    await h.settle();
    await h.post(textUpdate(++updateId, CHAT, 'ya'));
    expect((await h.settle()).at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should store a location and a venue as location inputs', async () => {
    expect((await h.post(locationUpdate(++updateId, CHAT, -0.8917, 119.8707))).statusCode).toBe(200);
    expect((await h.post(venueUpdate(++updateId, CHAT, -0.9, 119.87))).statusCode).toBe(200);
    expect(storedInputs()).toEqual([
      { type: 'location', lat: -0.8917, lon: 119.8707 },
      { type: 'location', lat: -0.9, lon: 119.87 },
    ]);
  });

  it('should acknowledge a photo before downloading it, then store it encrypted', async () => {
    const bytes = Buffer.from('JPEG-BYTES-RAHASIA-'.repeat(50));
    h.api.addFile('photo-1', bytes);
    const res = await h.post(photoUpdate(++updateId, CHAT, 'photo-1', 'ini buktinya'));
    expect(res.statusCode).toBe(200);
    expect(h.api.callsOf('getFile')).toHaveLength(0);
    const mediaId = `telegram:${updateId}:photo-1-u`;
    expect(h.t.data.repos.media.load(mediaId)?.status).toBe('pending');
    expect(storedInputs()).toEqual([
      { type: 'media', kind: 'image', mediaId },
      { type: 'text', text: 'ini buktinya' }, // the caption follows as its own message
    ]);

    await h.t.hotline.whenMediaFetched();
    expect(h.api.callsOf('getFile').map((c) => c.payload.file_id)).toEqual(['photo-1']);
    const stored = h.t.data.repos.media.load(mediaId);
    expect(stored).toMatchObject({ status: 'stored', kind: 'image', size: bytes.length });
    expect(stored?.bytes?.equals(bytes)).toBe(true);
    const raw = h.t.data.sql.prepare('select bytes_enc, ref_enc from media').get() as {
      bytes_enc: Buffer;
      ref_enc: string;
    };
    expect(raw.bytes_enc.includes(Buffer.from('RAHASIA'))).toBe(false);
    expect(raw.ref_enc).not.toContain('photo-1');
  });

  it('should retry a send after a 429, not before retry_after', async () => {
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    await h.post(textUpdate(++updateId, CHAT, 'halo'));
    expect(await h.settle()).toHaveLength(0);
    h.t.clock.advance(2_000);
    expect(await h.settle()).toHaveLength(0);
    h.t.clock.advance(1_000);
    const sent = await h.settle();
    expect(sent.map((m) => m.text.split('\n')[0])).toEqual([
      'Halo, terima kasih sudah menghubungi kami.',
      'Apakah Anda setuju kami menyimpan pesan Anda untuk membantu?',
    ]);
    expect(h.api.callsOf('sendMessage')).toHaveLength(3);
    expect(h.t.logs.text).toContain('"code":"telegram_429"');
  });

  it('should process an update delivered twice only once', async () => {
    const update = textUpdate(++updateId, CHAT, 'halo');
    expect((await h.post(update)).statusCode).toBe(200);
    expect((await h.post(update)).statusCode).toBe(200);
    expect(await h.settle()).toHaveLength(2);
  });

  it('should treat an edited message as a new answer', async () => {
    await h.post(textUpdate(++updateId, CHAT, 'halo'));
    await h.settle();
    await h.post(editedTextUpdate(++updateId, CHAT, 'ya'));
    expect((await h.settle()).at(-1)?.text).toMatch(/^Apa yang ingin Anda lakukan\?/);
  });

  it('should ignore messages in groups', async () => {
    expect((await h.post(groupTextUpdate(++updateId, CHAT, 'halo'))).statusCode).toBe(200);
    expect(storedInputs()).toEqual([]);
    expect(h.t.logs.text).toContain('"reason":"not_private"');
  });

  it.each([
    ['no secret header', {}, 401],
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'wrong' }, 401],
    ['a secret of another length', { 'x-telegram-bot-api-secret-token': `${SECRET}x` }, 401],
  ])('should answer %s with 401 and store nothing', async (_, headers, status) => {
    const res = await h.post(textUpdate(++updateId, CHAT, 'halo'), headers);
    expect(res.statusCode).toBe(status);
    expect(storedInputs()).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"update_id": ', 400],
    ['JSON that is not an update', '{"hello": "world"}', 400],
    ['an update_id that is not a number', '{"update_id": "7"}', 400],
    ['an empty body', '', 400],
  ])('should answer %s with 400', async (_, body, status) => {
    expect((await h.post(body)).statusCode).toBe(status);
  });

  it('should answer a body over 1 MiB with 413', async () => {
    const res = await h.post(textUpdate(++updateId, CHAT, 'a'.repeat(1024 * 1024)));
    expect(res.statusCode).toBe(413);
  });

  it('should acknowledge an unknown update type with 200, store nothing and log it at debug', async () => {
    const res = await h.post({ update_id: ++updateId, poll: { id: 'p1', question: 'q', options: [] } });
    expect(res.statusCode).toBe(200);
    expect(storedInputs()).toEqual([]);
    expect(h.t.logs.text).toContain('"reason":"unsupported_update"');
  });

  it('should keep message text, chat ids, the secret and the token out of the logs', async () => {
    h.api.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    await h.post(textUpdate(++updateId, CHAT, 'RAHASIA_DI_LOG'));
    await h.settle();
    await h.post(textUpdate(++updateId, CHAT, 'halo'), { 'x-telegram-bot-api-secret-token': 'wrong' });
    const logs = h.t.logs.text;
    expect(logs).toContain('"url":"/webhooks/telegram"');
    expect(logs).not.toContain('RAHASIA_DI_LOG');
    expect(logs).not.toContain(String(CHAT));
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toContain(h.api.token);
  });
});

describe('telegram webhook acknowledgement and the disk', () => {
  let held: HeldSync;
  let d: TelegramHarness;

  beforeEach(async () => {
    held = new HeldSync();
    d = await telegramHarness({ hotline: { walSync: held.sync } });
  });

  afterEach(async () => {
    held.releaseAll();
    await d.close();
  });

  it('should acknowledge an update only once it is synced to disk', async () => {
    let answered = false;
    const response = d.post(textUpdate(++updateId, CHAT, 'halo')).then((res) => {
      answered = true;
      return res;
    });
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    expect(answered).toBe(false);
    held.release();
    expect((await response).statusCode).toBe(200);
  });

  it('should answer 500 when the disk fails, and process the redelivery once', async () => {
    const update = textUpdate(++updateId, CHAT, 'halo');
    held.failNext = ioError();
    const failed = d.post(update);
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    held.release();
    expect((await failed).statusCode).toBe(500);
    // Telegram delivers it again; the message was kept, so it is answered once, not twice.
    const again = d.post(update);
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    held.release();
    expect((await again).statusCode).toBe(200);
    held.releaseAll();
    expect(await d.settle()).toHaveLength(2);
  });
});
