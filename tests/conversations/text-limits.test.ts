import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../src/db/field-cipher.js';
import type { Input } from '../../src/engine/types.js';
import { triage } from '../../src/triage/index.js';
import { MAX_CASE_TEXT_CHARS, MAX_MESSAGE_CHARS } from '../../src/engine/text-limits.js';
import {
  createTestHotline,
  RecordingSender,
  TEST_KEY,
  type TestHotline,
  tempDir,
} from '../support/test-hotline.js';

let dir: ReturnType<typeof tempDir>;
let t: TestHotline;
let sender: RecordingSender;
let seq = 0;

function send(input: Input | string, languageHint?: string) {
  return t.hotline.ingest({
    channel: 'console',
    externalId: `m${++seq}`,
    userId: 'reporter',
    address: 'addr-reporter',
    input: typeof input === 'string' ? { type: 'text', text: input } : input,
    ...(languageHint ? { languageHint } : {}),
  });
}

async function replies(): Promise<string[]> {
  const before = sender.sent.length;
  await t.hotline.whenIdle();
  return sender.texts().slice(before);
}

function storedTexts(): string[] {
  const cipher = new FieldCipher([TEST_KEY]);
  const rows = t.data.sql.prepare('select payload_enc from inbound_messages order by id').all() as {
    payload_enc: string;
  }[];
  return rows.map((r) => cipher.decryptJson<{ input: { text?: string } }>(r.payload_enc).input.text ?? '');
}

beforeEach(() => {
  dir = tempDir();
  // The real triage: the conversation's language is what the reporter writes in.
  t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
  sender = new RecordingSender();
  t.hotline.registerSender(sender);
});

afterEach(async () => {
  await t.hotline.close();
  dir.cleanup();
});

describe('text limits', () => {
  it.each([
    [
      'id',
      undefined,
      'halo',
      'cerita panjang ',
      /^Pesan Anda panjang sekali, jadi kami simpan 4096 karakter pertamanya saja\./,
    ],
    [
      'en',
      'en-US',
      'hello',
      'my husband hits me ',
      /^Your message is very long, so we kept only its first 4096 characters\./,
    ],
    ['jv', undefined, 'basa jawa', 'bojoku seneng mukul aku ', /^Pesen panjenengan panjang sanget/],
  ])(
    'should keep the first 4,096 characters of a longer text and tell a reporter in %s',
    async (_, hint, opening, words, notice) => {
      send(opening, hint);
      await replies();
      send(words.repeat(Math.ceil(6_000 / words.length)), hint);
      const got = await replies();
      expect(got.at(-1)).toMatch(notice);
      expect(storedTexts().at(-1)).toHaveLength(MAX_MESSAGE_CHARS);
    },
  );

  it('should never cut a character in two', async () => {
    send(`${'a'.repeat(MAX_MESSAGE_CHARS - 1)}😀 dan sisanya`);
    await replies();
    expect(storedTexts().at(-1)).toBe('a'.repeat(MAX_MESSAGE_CHARS - 1));
  });

  it('should say nothing extra for a text at the limit', async () => {
    send('halo');
    await replies();
    send('x'.repeat(MAX_MESSAGE_CHARS));
    expect((await replies()).join('\n')).not.toMatch(/panjang sekali/);
  });

  it('should stop adding to a case past its total and tell the reporter, keeping what was saved', async () => {
    for (const input of [
      'halo',
      { type: 'choice', optionId: 'yes' },
      'lapor',
      'Suami saya sering memukul saya.',
      { type: 'choice', optionId: 'no' },
      { type: 'choice', optionId: 'kdrt' },
      '1',
      'tidak',
      'masih terjadi',
      'Kabupaten Pati',
    ] as (Input | string)[]) {
      send(input);
      await replies();
    }
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) {
      send('tambahan cerita '.repeat(256)); // 4,096 characters
      answers.push(...(await replies()));
    }
    const saved = answers.filter((a) => a.startsWith('Terima kasih, tambahan Anda sudah disimpan'));
    const full = answers.filter((a) => /sudah sangat panjang, jadi tambahan ini belum kami simpan/.test(a));
    expect(saved.length).toBe(Math.floor(MAX_CASE_TEXT_CHARS / (MAX_MESSAGE_CHARS + 1)));
    expect(full.length).toBe(10 - saved.length);
    const notes = t.data.repos.cases.latest(
      t.data.repos.conversations.findOrCreate('console', 'reporter', 'addr-reporter', 0),
    )?.details.notes as string[];
    expect(notes).toHaveLength(saved.length);
  });
});
