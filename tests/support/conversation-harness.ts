import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import type { Hotline } from '../../src/conversations/hotline-runtime.js';
import type { OutboundMessage } from '../../src/conversations/channel-contract.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../src/directory/index.js';
import type { Input } from '../../src/engine/types.js';
import { triage } from '../../src/triage/index.js';
import {
  createTestHotline,
  RecordingSender,
  type TestHotline,
  tempDir,
  testTranslator,
} from './test-hotline.js';
import { Transcript } from './transcript.js';

/**
 * Words that must not show in the first line of a bot message (lock-screen preview, safety rule 3),
 * "lapor"/"report" among them: "Your report number: …" on a lock screen tells whoever holds the
 * phone that a report was made, where "Your code: …" tells them nothing; "bahaya"/"danger" too (the
 * safety question opens with "One important thing first."); and words of safety or emergency, for
 * "Your safety comes first" on the screen of someone in danger tells the one beside them as much
 * (the emergency numbers open with "We have received your message."); and "evidence", for the same reason.
 */
export const REVEALING =
  /kekerasan|violence|abuse|korban|victim|perkosa|rape|kdrt|tppo|trafficking|pelecehan|harass|uptd|ppa\b|lapor|report|bahaya|danger|bebaya|bahayo|keselamatan|keslametan|kasalametan|kasalamatan|asalamaken|safety|darurat|emergency|bukti|evidence|petugas|patugas|officer/i;

export type Turn = string | Exclude<Input, { type: 'text' }>;

/**
 * A whole conversation through the real pipeline (ingest → worker → outbox → sender) with the
 * real triage, the real directory and the real locales; renders it as a chat log.
 */
export class Conversation {
  readonly transcript = new Transcript();
  readonly sender = new RecordingSender();
  private n = 0;

  private constructor(
    readonly t: TestHotline,
    private readonly cleanup: () => void,
    readonly userId: string,
  ) {
    t.hotline.registerSender(this.sender);
  }

  static open(
    options: { directoryFile?: string; userId?: string; hotline?: TestHotline } = {},
  ): Conversation {
    if (options.hotline)
      return new Conversation(options.hotline, () => undefined, options.userId ?? 'reporter');
    const dir = tempDir();
    const directory = loadDirectory(options.directoryFile ?? EXAMPLE_DIRECTORY_FILE);
    const gazetteer = createDirectoryGazetteer(directory);
    const t = createTestHotline(join(dir.dir, 'hotline.db'), {
      triage,
      directory,
      services: { hotline: createHotlineServices(directory, gazetteer, testTranslator()) },
    });
    return new Conversation(t, dir.cleanup, options.userId ?? 'reporter');
  }

  get hotline(): Hotline {
    return this.t.hotline;
  }

  /** The database beside the service (tests/support/inspect-database.ts). */
  get data() {
    return this.t.data;
  }

  /** Sends one turn and returns the bot's replies to it. */
  async say(turn: Turn): Promise<OutboundMessage[]> {
    const input: Input = typeof turn === 'string' ? { type: 'text', text: turn } : turn;
    const before = this.sender.sent.length;
    await this.hotline.ingest({
      channel: 'console',
      externalId: `${this.userId}:${++this.n}`,
      userId: this.userId,
      address: this.userId,
      input,
    });
    await this.hotline.whenIdle();
    const replies = this.sender.sent
      .slice(before)
      .filter((s) => s.address === this.userId)
      .map((s) => s.message);
    this.transcript.reporter(typeof turn === 'string' ? turn : `(${turn.type}${describe(turn)})`);
    this.transcript.bot(replies);
    // Debugging aid: DUMP_TRANSCRIPTS=dir writes each conversation as it goes.
    if (process.env.DUMP_TRANSCRIPTS) {
      writeFileSync(join(process.env.DUMP_TRANSCRIPTS, `${this.userId}.txt`), this.transcript.toString());
    }
    return replies;
  }

  async run(turns: Turn[]): Promise<OutboundMessage[][]> {
    const all: OutboundMessage[][] = [];
    for (const turn of turns) all.push(await this.say(turn));
    return all;
  }

  /** First lines that would give the conversation away on a lock screen. */
  loudFirstLines(): string[] {
    return this.sender.sent.map((s) => s.message.text.split('\n')[0]!).filter((line) => REVEALING.test(line));
  }

  /** Messages with a raw i18n key or an unfilled {{variable}}: a missing string or param. */
  unrendered(): string[] {
    return this.sender.sent
      .map((s) => [s.message.text, ...(s.message.options ?? []).map((o) => o.label)].join('\n'))
      .filter((text) => /\{\{|\}\}|\b(common|hotline):[a-z_.]+/.test(text));
  }

  /** The case PIN this chat was shown (once, with its reference). */
  casePin(): string | undefined {
    for (const { message } of this.sender.sent) {
      const pin = /PIN[^*\n]*\*(\d{6})\*/.exec(message.text)?.[1];
      if (pin) return pin;
    }
    return undefined;
  }

  latestCase() {
    const id = this.data.repos.conversations.findId('console', this.userId);
    return id ? this.data.repos.cases.latest(id) : undefined;
  }

  async close(): Promise<void> {
    await this.hotline.close();
    this.cleanup();
  }
}

function describe(turn: Exclude<Input, { type: 'text' }>): string {
  switch (turn.type) {
    case 'choice':
      return ` ${turn.optionId}`;
    case 'location':
      return ` ${turn.lat},${turn.lon}`;
    case 'media':
      return ` ${turn.kind}`;
    default:
      return '';
  }
}

/**
 * The example directory with some offices flipped to verified, using fictional test numbers, and
 * `alurLayanan` given to the offices named in `alur` (verified or not).
 */
export function directoryWithVerified(
  officeIds: string[],
  dir: string,
  alur: Record<string, string> = {},
): string {
  let yaml = readFileSync(EXAMPLE_DIRECTORY_FILE, 'utf8');
  const edit = (id: string, change: (block: string) => string) => {
    const start = yaml.indexOf(`- id: ${id}\n`);
    const end = yaml.indexOf('\n  - id:', start + 1);
    const block = yaml.slice(start, end === -1 ? undefined : end);
    yaml = yaml.replace(block, change(block));
  };
  for (const id of officeIds) {
    // 555 numbers are fictional by convention: test data only, never shown to a real reporter.
    edit(id, (block) =>
      block
        .replace('verified: false', 'verified: true')
        .replaceAll('"+62 000-0000-0000"', '"+62 21 5550 0100"'),
    );
  }
  for (const [id, text] of Object.entries(alur)) {
    edit(id, (block) =>
      block.replace(/\n(\s+)verified: (\w+)/, `\n$1verified: $2\n$1alurLayanan: ${JSON.stringify(text)}`),
    );
  }
  const file = join(dir, 'offices.yaml');
  writeFileSync(file, yaml);
  return file;
}
