import { describe, expect, it } from 'vitest';
import { defineFlow, RETURN } from '../../src/engine/flow-definition.js';
import { MAX_STEPS_PER_INPUT, step, WAIT_TIMER } from '../../src/engine/step.js';
import type { Input, Output, Snapshot } from '../../src/engine/types.js';
import { testEnv } from '../support/engine-env.js';

interface Vars {
  agree: string;
  story: string;
  place: unknown;
  urgent: boolean;
}

const flow = defineFlow<Vars>()({
  id: 'test',
  initial: 'hello',
  states: {
    hello: { type: 'say', say: [{ keys: ['t:hello'] }], next: 'agree' },
    agree: {
      type: 'ask_choice',
      prompt: { keys: ['t:agree'] },
      store: 'agree',
      options: [
        { id: 'yes', labelKey: 'yes', next: 'story' },
        { id: 'no', labelKey: 'no', next: 'bye' },
      ],
      noMatch: { after: 2, next: 'human' },
    },
    story: {
      type: 'ask_text',
      prompt: { keys: ['t:story'] },
      store: 'story',
      timeout: { seconds: 60, next: 'nudge' },
      next: 'place',
    },
    nudge: { type: 'say', say: [{ keys: ['t:nudge'] }], next: 'bye' },
    place: { type: 'ask_location', prompt: { keys: ['t:place'] }, store: 'place', next: 'bye' },
    human: { type: 'end', say: [{ keys: ['t:human'] }] },
    bye: { type: 'end', say: [{ keys: ['t:bye'] }] },
    help_detour: { type: 'say', say: [{ keys: ['t:lang'] }], next: RETURN },
  },
  interrupts: {
    urgent: () => ({ say: [{ keys: ['t:emergency'] }], set: { urgent: true }, after: { type: 'continue' } }),
    commands: {
      help: () => ({ say: [{ keys: ['t:help'] }], after: { type: 'resume' } }),
      language: () => ({ after: { type: 'detour', state: 'help_detour' } }),
    },
  },
});

const env = testEnv({ labels: { yes: ['Ya', 'iya', 'setuju'], no: ['Tidak', 'gak'] } });
const text = (t: string): Input => ({ type: 'text', text: t });
const sent = (outputs: Output[]) =>
  outputs.flatMap((o) => (o.type === 'send_message' ? [o.message.keys.join('+')] : []));

function run(inputs: Input[]): { snapshot: Snapshot<Vars>; outputs: Output[][] } {
  let snapshot: Snapshot<Vars> | undefined;
  const outputs: Output[][] = [];
  for (const input of inputs) {
    const result = step(flow, snapshot, input, env);
    snapshot = result.snapshot;
    outputs.push(result.outputs);
  }
  return { snapshot: snapshot!, outputs };
}

describe('step', () => {
  it('should greet and wait at the first prompt when a conversation starts', () => {
    const { snapshot, outputs } = run([text('halo')]);
    expect(sent(outputs[0]!)).toEqual(['t:hello', 't:agree']);
    expect(snapshot.state).toBe('agree');
  });

  it.each([
    ['a button tap', { type: 'choice', optionId: 'yes' } as Input],
    ['the option number', text('1')],
    ['the label in another case', text('YA')],
    ['a synonym', text('setuju')],
    ['a word of the label inside a sentence', text('iya deh boleh')],
  ])('should accept %s as a choice', (_, answer) => {
    const { snapshot } = run([text('halo'), answer]);
    expect(snapshot.state).toBe('story');
    expect(snapshot.vars.agree).toBe('yes');
  });

  it('should re-prompt an answer it does not understand, then give up to the noMatch state', () => {
    const { snapshot, outputs } = run([text('halo'), text('mungkin'), text('entah')]);
    expect(sent(outputs[1]!)).toEqual(['common:not_understood+t:agree']);
    expect(snapshot.state).toBe('human');
    expect(snapshot.ended).toBe(true);
  });

  it('should let an urgent message interrupt the step with the emergency reply first, then continue', () => {
    const { snapshot, outputs } = run([text('halo'), text('1'), text('URGENT dia bawa pisau')]);
    expect(sent(outputs[2]!)).toEqual(['t:emergency', 't:place']);
    expect(snapshot.vars).toMatchObject({ urgent: true, story: 'URGENT dia bawa pisau' });
  });

  it('should answer the very first urgent message with the emergency reply before the greeting', () => {
    const { outputs } = run([text('URGENT tolong')]);
    expect(sent(outputs[0]!)).toEqual(['t:emergency', 't:hello', 't:agree']);
  });

  it('should let a command beat the current step and then ask the same question again', () => {
    const { snapshot, outputs } = run([text('halo'), text('help')]);
    expect(sent(outputs[1]!)).toEqual(['t:help', 't:agree']);
    expect(snapshot.state).toBe('agree');
  });

  it('should come back to the interrupted prompt after a detour', () => {
    const { snapshot, outputs } = run([text('halo'), text('bahasa')]);
    expect(sent(outputs[1]!)).toEqual(['t:lang', 't:agree']);
    expect(snapshot.state).toBe('agree');
    expect(snapshot.returnStack).toEqual([]);
  });

  it('should set a wait timer and follow the timeout only for the current prompt', () => {
    const { snapshot, outputs } = run([text('halo'), text('1')]);
    const timer = outputs[1]!.find((o) => o.type === 'timer_set');
    expect(timer).toMatchObject({ name: WAIT_TIMER, at: env.now + 60_000 });
    const stale = step(
      flow,
      snapshot,
      { type: 'timer_fired', name: WAIT_TIMER, token: snapshot.waitToken - 1 },
      env,
    );
    expect(stale.outputs).toEqual([]);
    const due = step(
      flow,
      snapshot,
      { type: 'timer_fired', name: WAIT_TIMER, token: snapshot.waitToken },
      env,
    );
    expect(sent(due.outputs)).toEqual(['t:nudge', 't:bye']);
  });

  it('should store a shared location or a typed place', () => {
    const shared = run([
      text('halo'),
      text('1'),
      text('cerita'),
      { type: 'location', lat: -0.9, lon: 119.87 },
    ]);
    expect(shared.snapshot.vars.place).toEqual({ lat: -0.9, lon: 119.87 });
    const typed = run([text('halo'), text('1'), text('cerita'), text('Kota Palu')]);
    expect(typed.snapshot.vars.place).toEqual({ text: 'Kota Palu' });
  });

  it('should start over when an ended conversation gets a new message', () => {
    const { snapshot, outputs } = run([text('halo'), text('2'), text('halo lagi')]);
    expect(sent(outputs[2]!)).toEqual(['t:hello', 't:agree']);
    expect(snapshot.vars).toEqual({});
  });

  it('should not change the snapshot it was given', () => {
    const first = run([text('halo')]).snapshot;
    const copy = structuredClone(first);
    step(flow, first, text('1'), env);
    expect(first).toEqual(copy);
  });

  it('should still alert an officer when the flow fails after an urgent message', () => {
    const broken = defineFlow<Vars>()({
      id: 'broken',
      initial: 'a',
      states: { a: { type: 'say', say: [], next: 'b' }, b: { type: 'say', say: [], next: 'a' } },
      interrupts: {
        urgent: () => ({
          say: [{ keys: ['t:emergency'] }],
          outputs: [{ type: 'alert_officer', reason: 'urgent' }],
          after: { type: 'continue' },
        }),
      },
    });
    const result = step(broken, undefined, text('URGENT dia bawa pisau'), env);
    expect(sent(result.outputs)).toEqual(['t:emergency', 'common:failure']);
    expect(result.outputs).toContainEqual({ type: 'alert_officer', reason: 'urgent' });
  });

  it('should turn a looping flow into conversation_failed with the safe fallback message', () => {
    const loop = defineFlow<Vars>()({
      id: 'loop',
      initial: 'a',
      states: { a: { type: 'say', say: [], next: 'b' }, b: { type: 'say', say: [], next: 'a' } },
    });
    const result = step(loop, undefined, text('halo'), env);
    expect(result.outputs.at(-1)).toMatchObject({ type: 'conversation_failed' });
    expect(sent(result.outputs)).toEqual(['common:failure']);
    expect(String((result.outputs.at(-1) as { reason: string }).reason)).toContain(
      String(MAX_STEPS_PER_INPUT),
    );
  });
});

describe('defineFlow', () => {
  it('should reject a flow whose state leads to a missing state when it is loaded', () => {
    expect(() =>
      defineFlow<Vars>()({
        id: 'broken',
        initial: 'a',
        // @ts-expect-error — the type system already refuses the unknown target
        states: { a: { type: 'say', say: [], next: 'nowhere' } },
      }),
    ).toThrow(/state "a" leads to unknown state "nowhere"/);
  });
});

describe('computed options and media', () => {
  const places = defineFlow<{ place: string; files: number }>()({
    id: 'places',
    initial: 'pick',
    states: {
      pick: {
        type: 'ask_choice',
        prompt: { keys: ['t:pick'] },
        store: 'place',
        options: () => [
          { id: '33.18', label: 'Kab. Pati' },
          { id: '72.71', label: 'Kota Palu' },
        ],
        next: 'done',
      },
      done: { type: 'end' },
    },
    interrupts: {
      media: (_m, ctx) => ({
        set: { files: (ctx.vars.files ?? 0) + 1 },
        say: [{ keys: ['t:saved'] }],
        after: { type: 'resume' },
      }),
    },
  });

  it('should show computed options with literal labels and match a typed name against them', () => {
    const first = step(places, undefined, text('halo'), env);
    const shown = first.outputs.find((o) => o.type === 'send_message');
    expect(shown).toMatchObject({
      message: {
        options: [
          { id: '33.18', label: 'Kab. Pati' },
          { id: '72.71', label: 'Kota Palu' },
        ],
      },
    });
    expect(step(places, first.snapshot, text('palu'), env).snapshot.vars.place).toBe('72.71');
    expect(step(places, first.snapshot, text('1'), env).snapshot.vars.place).toBe('33.18');
  });

  it('should hand a photo to the media interrupt and ask the same question again', () => {
    const first = step(places, undefined, text('halo'), env);
    const media = step(places, first.snapshot, { type: 'media', kind: 'image', mediaId: 'f1' }, env);
    expect(sent(media.outputs)).toEqual(['t:saved', 't:pick']);
    expect(media.snapshot.vars.files).toBe(1);
  });
});
