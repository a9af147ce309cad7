import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hotlineFlow } from '../../flows/hotline.flow.js';
import { choiceWordsFrom, commandMatcher } from '../../src/conversations/command-words.js';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../src/directory/index.js';
import { step } from '../../src/engine/step.js';
import { type Env, type Input, NO_ATTEMPTS, type Snapshot } from '../../src/engine/types.js';
import { triage } from '../../src/triage/index.js';
import { testTranslator } from '../support/test-hotline.js';
import { hostileText } from './hostile-text.js';

const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
const translator = testTranslator();
const services = {
  hotline: createHotlineServices(directory, createDirectoryGazetteer(directory), translator),
};
const choiceWords = choiceWordsFrom(translator);
const matchCommand = commandMatcher(translator);
let references = 0;
const env = (now: number): Env => ({
  now,
  // No case exists: a typed reference finds nothing, which is one of the paths under test.
  facts: {
    reserved: { reference: `T${String(++references).padStart(2, '0')}-XYZ`, pin: '123456' },
    cases: [],
    attempts: NO_ATTEMPTS,
  },
  chat: 'property-chat',
  triage,
  choiceWords: (key, lang) => choiceWords(key, lang),
  matchCommand: (text) => matchCommand(text),
  services,
});
const STATES = new Set(Object.keys(hotlineFlow.states));

const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 5, arbitrary: hostileText.map((text) => ({ type: 'text' as const, text })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        'ya',
        'tidak',
        '1',
        '2',
        '3',
        'hapus',
        'bahasa',
        'status',
        'kota palu',
        'baru',
        'menu',
        'keluar',
      )
      .map((text) => ({ type: 'text' as const, text })),
  },
  {
    weight: 2,
    arbitrary: fc.string({ maxLength: 20 }).map((optionId) => ({ type: 'choice' as const, optionId })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ noNaN: false }), fc.double({ noNaN: false }))
      .map(([lat, lon]) => ({ type: 'location' as const, lat, lon })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('image', 'audio', 'video', 'document')
      .map((kind) => ({ type: 'media' as const, kind, mediaId: 'm1' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('start', 'help', 'menu', 'language', 'status', 'delete', 'exit', 'officer')
      .map((name) => ({ type: 'command' as const, name })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('inactivity', 'reminder', 'x'), fc.integer({ min: -1, max: 50 }))
      .map(([name, token]) => ({ type: 'timer_fired' as const, name, token })),
  },
);

function run(inputs: Input[]): { snapshot: Snapshot<unknown> | undefined; failures: string[] } {
  let snapshot: Snapshot<unknown> | undefined;
  const failures: string[] = [];
  inputs.forEach((item, index) => {
    const result = step(
      hotlineFlow as never,
      snapshot as never,
      item,
      env(Date.UTC(2026, 0, 5) + index * 60_000),
    );
    for (const output of result.outputs)
      if (output.type === 'conversation_failed') failures.push(output.reason);
    snapshot = result.snapshot as Snapshot<unknown>;
  });
  return { snapshot, failures };
}

describe('the hotline conversation on hostile input', () => {
  it('should always end in a valid state without failing, whatever arrives in whatever order', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 25 }), (inputs) => {
        const { snapshot, failures } = run(inputs);
        expect(failures).toEqual([]);
        expect(STATES.has(String(snapshot?.state))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('should answer a danger signal with the emergency numbers first, after any history', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 15 }), (history) => {
        const { snapshot } = run(history);
        const danger = step(
          hotlineFlow as never,
          snapshot as never,
          { type: 'text', text: 'tolong suami saya mau bunuh saya sekarang' },
          env(Date.UTC(2026, 0, 6)),
        );
        const first = danger.outputs.find((output) => output.type === 'send_message');
        expect(first?.type === 'send_message' && JSON.stringify(first.message)).toMatch(/common:emergency/);
      }),
      { numRuns: 100 },
    );
  });
});
