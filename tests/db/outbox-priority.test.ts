import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '../../src/db/client.js';
import { FieldCipher } from '../../src/db/field-cipher.js';
import { OutboxRepository } from '../../src/db/outbox-repository.js';
import { TEST_KEY } from '../support/test-hotline.js';

describe('outbox priority', () => {
  const db = openDatabase(':memory:');
  runMigrations(db, ':memory:');
  const outbox = new OutboxRepository(db, new FieldCipher([TEST_KEY]));
  const enqueue = (conversationId: string, text: string, now: number, urgent = false) =>
    outbox.enqueue({
      conversationId,
      channel: 'telegram',
      address: conversationId,
      payload: { text },
      now,
      urgent,
    });
  afterEach(() => {
    db.$client.exec('delete from outbox');
  });

  it('should claim an emergency reply or an alert before a queue of ordinary replies', () => {
    for (let i = 0; i < 5; i++) enqueue(`reporter-${i}`, `reply ${i}`, 1_000 + i);
    enqueue('urgent-reporter', '112 first', 2_000, true);
    const claimed = outbox.claimDue<{ text: string }>(['telegram'], 3_000, 60_000, 2);
    expect(claimed.map((row) => row.payload.text)).toEqual(['112 first', 'reply 0']);
  });

  it('should still send one conversation’s messages in order', () => {
    enqueue('reporter', 'the earlier question', 1_000);
    enqueue('reporter', '112 first', 2_000, true);
    const [first] = outbox.claimDue<{ text: string }>(['telegram'], 3_000, 60_000, 1);
    expect(first?.payload.text).toBe('the earlier question');
  });
});
