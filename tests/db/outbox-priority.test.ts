import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '../../src/db/client.js';
import { FieldCipher } from '../../src/db/field-cipher.js';
import { OutboxRepository } from '../../src/db/outbox-repository.js';
import { TEST_KEY } from '../support/test-hotline.js';

describe('outbox priority', () => {
  const db = openDatabase(':memory:');
  runMigrations(db, ':memory:');
  const outbox = new OutboxRepository(db, new FieldCipher([TEST_KEY]));
  const enqueue = (conversationId: string, text: string, now: number, urgent = false, standalone = false) =>
    outbox.enqueue({
      conversationId,
      channel: 'telegram',
      address: conversationId,
      payload: { text },
      now,
      urgent,
      standalone,
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

  it('should claim an officer alert at once, not behind a long claim summary to the same officer', () => {
    for (let i = 1; i <= 3; i++) enqueue('officer', `summary part ${i}`, 1_000);
    enqueue('officer', 'alert', 2_000, true, true);
    const claimed = outbox.claimDue<{ text: string }>(['telegram'], 3_000, 60_000, 10);
    expect(claimed.map((row) => row.payload.text)).toEqual(['alert', 'summary part 1']);
    // A second alert waits only for the first.
    enqueue('officer', 'second alert', 4_000, true, true);
    expect(outbox.claimDue(['telegram'], 5_000, 60_000, 10)).toEqual([]);
  });

  it('should take back at once what another (dead) instance left mid-send, and nothing of its own', () => {
    enqueue('reporter-a', 'on the wire when the process died', 1_000);
    enqueue('reporter-b', 'mine, still sending', 1_000);
    outbox.claimDue(['telegram'], 2_000, 60_000, 1, 'dead-instance');
    outbox.claimDue(['telegram'], 2_000, 60_000, 1, 'this-instance');
    expect(outbox.reclaimAbandoned(['telegram'], 'this-instance')).toBe(1);
    const again = outbox.claimDue<{ text: string }>(['telegram'], 3_000, 60_000, 10, 'this-instance');
    expect(again.map((row) => row.payload.text)).toEqual(['on the wire when the process died']);
  });
});
