/**
 * A conversation keeps the case reference reserved for its next case from step to step; every step
 * checks again that no other case took it meanwhile (two live reservations can collide). The check
 * comes with the conversation's load (ConversationPort.loadForStep) and StepFactsLoader uses it.
 */
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { AnyFlow } from '../../src/conversations/message-processor.js';
import { StepFactsLoader } from '../../src/conversations/step-facts-loader.js';
import { openSqliteStorage, type SqliteStorage } from '../../src/db/sqlite-storage.js';
import type { Input } from '../../src/engine/types.js';
import { TEST_KEY, tempDir } from '../support/test-hotline.js';

const NOW = Date.UTC(2026, 11, 6, 3, 0, 0);
const HELLO: Input = { type: 'text', text: 'halo' };
/** A flow that holds no references: only the reservation is looked at. */
const FLOW = {} as AnyFlow;
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

function open(): SqliteStorage {
  const dir = tempDir();
  const storage = openSqliteStorage(join(dir.dir, 'hotline.db'), [TEST_KEY]);
  cleanups.push(dir.cleanup, () => storage.close());
  return storage;
}

it('should keep a reservation no case took, and draw a new one once another case has it', async () => {
  let draws = 0;
  const loader = new StepFactsLoader((max) => draws++ % max);
  await open().unitOfWork(async (tx) => {
    const a = await tx.conversations.findOrCreate('console', 'a', 'addr-a', NOW);
    const b = await tx.conversations.findOrCreate('console', 'b', 'addr-b', NOW);
    const step = async () => {
      const reference = loader.kept(a);
      const loaded = await tx.conversations.loadForStep(a, reference);
      const checked = reference === undefined ? undefined : { reference, taken: loaded!.reservedTaken };
      return (await loader.load(tx, a, FLOW, undefined, HELLO, NOW, false, checked)).reserved;
    };
    const first = await step();
    expect(loader.kept(a)).toBe(first.reference);
    const drawn = draws;
    expect(await step()).toEqual(first);
    expect(draws).toBe(drawn);
    // Another chat's case took the reference (a collision of two live reservations).
    await tx.cases.apply(b, { reference: first.reference, pin: '123456', categories: ['kdrt'] }, NOW);
    const next = await step();
    expect(next.reference).not.toBe(first.reference);
    expect(loader.kept(a)).toBe(next.reference);
    // Without the check from the load (another reservation's), the loader asks itself.
    await tx.cases.apply(b, { reference: next.reference, pin: '123456', categories: ['kdrt'] }, NOW + 1);
    const stale = { reference: first.reference, taken: false };
    const last = (await loader.load(tx, a, FLOW, undefined, HELLO, NOW, false, stale)).reserved;
    expect(last.reference).not.toBe(next.reference);
  });
});
