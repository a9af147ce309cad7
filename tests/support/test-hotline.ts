import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { i18n } from 'i18next';
import { dataKey } from '../../src/db/field-cipher.js';
import { Hotline } from '../../src/conversations/hotline-runtime.js';
import type { HotlineOptions } from '../../src/conversations/hotline-options.js';
import type { ChannelSender, OutboundMessage } from '../../src/conversations/channel-contract.js';
import type { Env } from '../../src/engine/types.js';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import {
  createDirectoryGazetteer,
  type Directory,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../src/directory/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { ManualClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/log/logger.js';
import { testEnv } from './engine-env.js';
import { type InspectedDatabase, inspectDatabase } from './inspect-database.js';

/** A fixed key, so a test can reopen the same database after a "restart". */
export const TEST_KEY = dataKey(createHash('sha256').update('hotline test key').digest());

/** Collects every log line, so tests can assert what never appears in logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestHotline {
  hotline: Hotline;
  clock: ManualClock;
  logs: LogCapture;
  /** The same database file seen from beside the service (tests/support/inspect-database.ts). */
  readonly data: InspectedDatabase;
}

/**
 * The real locales, loaded once per test file and shared, as in `bootstrap.ts`, by the runtime and
 * the services that format text for the reporter (office hours).
 */
let translator: i18n | undefined;
export function testTranslator(): i18n {
  translator ??= createTranslator();
  return translator;
}

/** The shipped example directory, loaded once per test file. */
let example: { directory: Directory; services: Env['services'] } | undefined;
function exampleDirectory(): NonNullable<typeof example> {
  if (!example) {
    const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
    const gazetteer = createDirectoryGazetteer(directory);
    example = {
      directory,
      services: { hotline: createHotlineServices(directory, gazetteer, testTranslator()) },
    };
  }
  return example;
}

export function createTestHotline(
  databaseFile: string,
  options: Partial<HotlineOptions> & { triage?: Env['triage']; clock?: ManualClock } = {},
): TestHotline {
  const logs = new LogCapture();
  const clock = options.clock ?? new ManualClock();
  const hotline = new Hotline({
    databaseFile,
    dataKeys: [TEST_KEY],
    logger: createLogger('debug', logs),
    triage: options.triage ?? testEnv().triage,
    random: seededRandom(),
    translator: testTranslator(),
    services: exampleDirectory().services,
    directory: exampleDirectory().directory,
    ...options,
    clock,
  });
  const keys = options.dataKeys ?? [TEST_KEY];
  return {
    hotline,
    clock,
    logs,
    get data() {
      return inspectDatabase(databaseFile, keys);
    },
  };
}

/** A channel sender that records what it was asked to send, and can be told to fail. */
export class RecordingSender implements ChannelSender {
  readonly sent: { address: string; message: OutboundMessage }[] = [];
  failures: Error[] = [];
  constructor(readonly channel: ChannelSender['channel'] = 'console') {}

  async send(address: string, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ address, message });
    return { platformMessageId: `m${this.sent.length}` };
  }

  texts(): string[] {
    return this.sent.map((s) => s.message.text);
  }
}

/** A seeded generator (mulberry32) so case references in golden transcripts never change. */
export function seededRandom(seed = 42): (max: number) => number {
  let a = seed;
  return (max) => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * max);
  };
}
