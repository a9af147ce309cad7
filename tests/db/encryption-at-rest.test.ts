import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataKey, FieldCipher } from '../../src/db/field-cipher.js';
import { createTestHotline, RecordingSender, tempDir } from '../support/test-hotline.js';

describe('encryption at rest', () => {
  it('should never write a message text, a user id or an address in plain form to the database files', async () => {
    const dir = tempDir();
    const { hotline } = createTestHotline(join(dir.dir, 'hotline.db'));
    const sender = new RecordingSender();
    hotline.registerSender(sender);
    const secret = 'PAKDE_SUKIRMAN_MEMUKUL_SAYA_DI_DAPUR';
    const user = '6281234567890';
    let n = 0;
    // "URGENT" makes the test triage open a case at once: consent, then the place.
    for (const text of [`URGENT ${secret}`, '1', 'Kabupaten Pati']) {
      hotline.ingest({
        channel: 'console',
        externalId: `m${++n}`,
        userId: user,
        address: user,
        input: { type: 'text', text },
      });
    }
    await hotline.whenIdle();
    expect(sender.texts().some((x) => /Kode Anda: /.test(x))).toBe(true);

    // Read the main file and the WAL before closing: the WAL is where fresh rows live first.
    const raw = () =>
      readdirSync(dir.dir)
        .map((f) => readFileSync(join(dir.dir, f)))
        .reduce((all, b) => Buffer.concat([all, b]), Buffer.alloc(0));
    const live = raw();
    expect(live.includes(Buffer.from(secret))).toBe(false);
    expect(live.includes(Buffer.from(user))).toBe(false);
    expect(live.includes(Buffer.from('Ceritakan dengan kata-kata'))).toBe(false);
    await hotline.close();
    const after = raw();
    expect(after.includes(Buffer.from(secret))).toBe(false);
    expect(after.includes(Buffer.from(user))).toBe(false);
    dir.cleanup();
  });
});

describe('FieldCipher', () => {
  const oldKey = dataKey(Buffer.alloc(32, 1));
  const newKey = dataKey(Buffer.alloc(32, 2));

  it('should decrypt values written under an older key after a rotation, and write under the new one', () => {
    const before = new FieldCipher([oldKey]).encrypt('cerita');
    const rotated = new FieldCipher([newKey, oldKey]);
    expect(rotated.decrypt(before)).toBe('cerita');
    expect(rotated.encrypt('cerita').split(':')[1]).toBe(newKey.id);
  });

  it('should keep look-up hashes stable across a rotation', () => {
    expect(new FieldCipher([newKey, oldKey]).blindIndex('telegram:42')).toBe(
      new FieldCipher([oldKey]).blindIndex('telegram:42'),
    );
  });

  it('should refuse a tampered value and name a missing key', () => {
    const cipher = new FieldCipher([oldKey]);
    const value = cipher.encrypt('cerita');
    const tampered = `${value.slice(0, -4)}AAAA`;
    expect(() => cipher.decrypt(tampered)).toThrow(/failed authentication/);
    expect(() => new FieldCipher([newKey]).decrypt(value)).toThrow(/unknown key .*add that key to DATA_KEY/);
  });

  it('should give the same text a different ciphertext each time', () => {
    const cipher = new FieldCipher([oldKey]);
    expect(cipher.encrypt('sama')).not.toBe(cipher.encrypt('sama'));
  });
});
