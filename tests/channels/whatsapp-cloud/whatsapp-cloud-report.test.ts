import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentCloudMessage } from '../../support/fake-graph-api.js';
import {
  buttonReplyPayload,
  listReplyPayload,
  REPORTER,
  textPayload,
} from '../../support/whatsapp-cloud-payloads.js';
import { Transcript } from '../../support/transcript.js';
import { type CloudHarness, cloudHarness } from './whatsapp-cloud-test-setup.js';

let h: CloudHarness;

beforeEach(async () => {
  h = await cloudHarness();
});

afterEach(async () => {
  await h.close();
});

/** A report ends with its reference, in WhatsApp's own bold. */
const REFERENCE = /\*[A-Z0-9]{3}-[A-Z0-9]{3}\*/;

/**
 * Sends what a reporter types; where the last message offered a choice that matches the words,
 * the reporter taps it instead (a reply button or a list row, as WhatsApp showed it).
 */
async function say(words: string, last: SentCloudMessage | undefined, transcript: Transcript) {
  const option = last?.options.find(
    (o) => o.label.toLowerCase().startsWith(words) || o.id === { ya: 'yes', tidak: 'no' }[words],
  );
  const kind = (last?.body.interactive as { type?: string } | undefined)?.type;
  const payload = !option
    ? textPayload(words)
    : kind === 'list'
      ? listReplyPayload(option.id, option.label)
      : buttonReplyPayload(option.id, option.label);
  expect((await h.post(payload)).statusCode).toBe(200);
  transcript.reporter(option ? `[${option.label}]` : words);
  const replies = await h.settle();
  transcript.bot(replies.map((m) => ({ text: m.text, ...(m.options.length ? { options: m.options } : {}) })));
  return replies;
}

async function run(script: string[]): Promise<{ transcript: Transcript; all: SentCloudMessage[] }> {
  const transcript = new Transcript();
  const all: SentCloudMessage[] = [];
  for (const words of script) all.push(...(await say(words, all.at(-1), transcript)));
  return { transcript, all };
}

describe('whatsapp cloud report', () => {
  it('should carry a non-urgent report from greeting to case reference with buttons and a list', async () => {
    const { transcript, all } = await run([
      'halo',
      'ya',
      'saya dipukul suami di Pati',
      'tidak',
      'ya',
      'tidak',
      'baru',
    ]);
    expect(all.some((m) => REFERENCE.test(m.text))).toBe(true);
    expect(all.some((m) => m.type === 'interactive')).toBe(true);
    for (const m of all) expect(m.to).toBe(REPORTER.waId);
    for (const call of h.api.callsTo('POST', '/messages'))
      expect(call.path).toBe(`/v23.0/${h.api.phoneNumberId}/messages`);
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/whatsapp-cloud-report.id.txt');
  });

  it('should give the emergency numbers first to an urgent opener, then still take the report', async () => {
    const transcript = new Transcript();
    const first = await say(
      'tolong suami saya mau bunuh saya, dia bawa pisau sekarang',
      undefined,
      transcript,
    );
    expect(first[0]?.text).toMatch(/112/);
    expect(first[0]!.text.indexOf('112')).toBeLessThan(first[0]!.text.indexOf('129'));
    // In danger, the flow asks only where the reporter is, then routes at once.
    const all = [...first, ...(await say('Pati', first.at(-1), transcript))];
    expect(all.some((m) => REFERENCE.test(m.text))).toBe(true);
    const urgent = h.t.data.sql.prepare('select urgent from cases').get() as { urgent: number };
    expect(urgent.urgent).toBe(1);
    await expect(transcript.toString()).toMatchFileSnapshot('transcripts/whatsapp-cloud-urgent.id.txt');
  });
});
