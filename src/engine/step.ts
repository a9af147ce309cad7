/**
 * `step(flow, snapshot, input, env)`: one input in, the next snapshot and the outputs out.
 * Pure: the same arguments always give the same result, so flows are tested without I/O.
 */
import { matchChoice } from './choice-match.js';
import {
  type Ctx,
  type Decision,
  type Effects,
  type FlowDefinition,
  type InterruptResult,
  RETURN,
  type StateDef,
  type Target,
  type WaitStateDef,
} from './flow-definition.js';
import { NOT_UNDERSTOOD_KEY, promptMessage } from './prompt-message.js';
import type { Env, Input, Language, Output, Snapshot } from './types.js';

/** Loop guard: a flow that moves this often without waiting for the reporter is broken. */
export const MAX_STEPS_PER_INPUT = 50;
/** The wait timer's name; one per conversation, replaced by each new prompt. */
export const WAIT_TIMER = 'wait_timeout';
/** Said when the engine meets an impossible state: safe, and names the emergency number. */
export const FAILURE_KEY = 'common:failure';

export interface StepResult<V> {
  snapshot: Snapshot<V>;
  outputs: Output[];
}

export function newSnapshot<V>(
  flow: Pick<FlowDefinition<V, string>, 'id' | 'initial'>,
  lang: Language,
): Snapshot<V> {
  return {
    flowId: flow.id,
    state: flow.initial,
    vars: {} as V,
    lang,
    retries: 0,
    waitToken: 0,
    returnStack: [],
    ended: false,
  };
}

export function step<V, S extends string, Svc>(
  flow: FlowDefinition<V, S, Svc>,
  previous: Snapshot<V> | undefined,
  input: Input,
  env: Env<Svc>,
  lang: Language = 'id',
): StepResult<V> {
  const fresh = !previous || previous.ended || (input.type === 'command' && input.name === 'start');
  const run = new Run(
    flow,
    fresh ? newSnapshot(flow, previous?.lang ?? lang) : structuredClone(previous),
    env,
    input,
  );
  try {
    run.handle(fresh);
  } catch (error) {
    return run.fail(error);
  }
  return { snapshot: run.snap, outputs: run.outputs };
}

class Run<V, S extends string, Svc> {
  readonly outputs: Output[] = [];
  private moves = 0;

  constructor(
    private readonly flow: FlowDefinition<V, S, Svc>,
    public snap: Snapshot<V>,
    private readonly env: Env<Svc>,
    private readonly input: Input,
  ) {}

  handle(fresh: boolean): void {
    const interrupt = this.checkInterrupts();
    if (interrupt) {
      this.apply(interrupt);
      const after = interrupt.after;
      switch (after.type) {
        case 'continue':
          break;
        case 'resume':
          if (fresh) return this.enter(this.flow.initial);
          return this.prompt(this.waitDef(), false);
        case 'goto':
          return this.enter(after.state);
        case 'detour':
          if (!fresh) this.snap.returnStack.push(this.snap.state);
          return this.enter(after.state);
        case 'restart': {
          const kept = this.flow.keepOnRestart?.(this.snap.vars) ?? {};
          this.snap = newSnapshot(this.flow, this.snap.lang);
          this.snap.vars = { ...this.snap.vars, ...kept };
          return this.enter(this.flow.initial);
        }
        case 'end':
          return this.finish();
        default: {
          const never: never = after;
          throw new Error(`unknown interrupt result ${JSON.stringify(never)}`);
        }
      }
    }
    if (fresh) return this.enter(this.flow.initial);
    if (this.input.type === 'timer_fired') return this.onTimer();
    this.answer(this.waitDef());
  }

  // === Interrupts: checked before the current step sees the input

  private checkInterrupts(): InterruptResult<V, S> | undefined {
    const interrupts = this.flow.interrupts;
    if (!interrupts) return undefined;
    let command = this.input.type === 'command' ? this.input.name : undefined;
    if (this.input.type === 'media') return interrupts.media?.(this.input, this.ctx());
    if (this.input.type === 'text') {
      command = this.env.matchCommand(this.input.text);
      if (!command && interrupts.urgent) {
        const triage = this.env.triage(this.input.text);
        if (triage.urgent) {
          const result = interrupts.urgent(triage, this.ctx());
          if (result) return result;
        }
      }
    }
    if (command && command !== 'start') return interrupts.commands?.[command]?.(this.ctx());
    return undefined;
  }

  // === Answers at a waiting state

  private answer(def: WaitStateDef<V, S, Svc>): void {
    const ctx = this.ctx();
    switch (def.type) {
      case 'ask_choice': {
        const options = Array.isArray(def.options)
          ? def.options
          : (this.snap.shownOptions ?? []).map((o) => ({ ...o, next: def.next }));
        const match = matchChoice(options, this.input, this.snap.lang, this.env);
        // A story typed at a question is read as a story before any single word of it picks an option.
        if (this.input.type === 'text' && def.onText && !match?.exact) {
          const decision = def.onText.run(this.input.text, ctx, match !== undefined);
          if (decision) return this.decide(def, decision, def.onText.targets);
        }
        if (match) {
          const option = match.option;
          this.apply({
            set: { ...(def.store ? { [def.store]: option.id } : {}), ...option.set } as Partial<V>,
          });
          return this.leave(def, (option.next ?? def.next)!);
        }
        return this.notUnderstood(def);
      }
      case 'ask_text': {
        if (this.input.type !== 'text' || this.input.text.trim() === '') return this.notUnderstood(def);
        const hint = def.validate?.(this.input.text, ctx);
        if (hint) return this.notUnderstood(def, hint);
        this.apply({ set: { [def.store]: this.input.text.trim() } as Partial<V> });
        return this.leave(def, def.next);
      }
      case 'ask_location': {
        if (this.input.type === 'location') {
          this.apply({ set: { [def.store]: { lat: this.input.lat, lon: this.input.lon } } as Partial<V> });
        } else if (this.input.type === 'text' && this.input.text.trim() !== '') {
          this.apply({ set: { [def.store]: { text: this.input.text.trim() } } as Partial<V> });
        } else {
          return this.notUnderstood(def);
        }
        return this.leave(def, def.next);
      }
      default: {
        const never: never = def;
        throw new Error(`not a waiting state: ${JSON.stringify(never)}`);
      }
    }
  }

  private notUnderstood(def: WaitStateDef<V, S, Svc>, hintKey = NOT_UNDERSTOOD_KEY): void {
    this.snap.retries += 1;
    if (def.noMatch && this.snap.retries >= def.noMatch.after) return this.leave(def, def.noMatch.next);
    this.prompt(def, true, hintKey);
  }

  private onTimer(): void {
    const input = this.input as Extract<Input, { type: 'timer_fired' }>;
    const def = this.waitDef();
    // A timer from an earlier prompt, or one this flow does not know: nothing to do.
    if (input.name !== WAIT_TIMER || input.token !== this.snap.waitToken || !def.timeout) return;
    this.leave(def, def.timeout.next);
  }

  // === Moving between states

  private leave(def: WaitStateDef<V, S, Svc>, target: Target<S>): void {
    if (def.timeout) this.outputs.push({ type: 'timer_cancel', name: WAIT_TIMER });
    this.enter(target);
  }

  private decide(
    def: WaitStateDef<V, S, Svc>,
    decision: Decision<V, S>,
    targets: readonly Target<S>[],
  ): void {
    this.checkTarget(decision.next, targets);
    this.apply(decision);
    this.leave(def, decision.next);
  }

  private enter(target: Target<S>): void {
    let name = this.resolve(target);
    for (;;) {
      if (++this.moves > MAX_STEPS_PER_INPUT)
        throw new Error(`more than ${MAX_STEPS_PER_INPUT} moves without a prompt`);
      this.snap.state = name;
      const def = this.flow.states[name as S] as StateDef<V, S, Svc> | undefined;
      if (!def) throw new Error(`unknown state "${name}"`);
      switch (def.type) {
        case 'say':
          this.apply({
            outputs: def.outputs?.(this.ctx()),
            say: typeof def.say === 'function' ? def.say(this.ctx()) : def.say,
          });
          name = this.resolve(def.next);
          continue;
        case 'decide': {
          const decision = def.run(this.ctx());
          this.checkTarget(decision.next, def.targets);
          this.apply(decision);
          name = this.resolve(decision.next);
          continue;
        }
        case 'ask_choice':
        case 'ask_text':
        case 'ask_location':
          this.snap.retries = 0;
          return this.prompt(def, false);
        case 'end':
          this.apply({
            outputs: def.outputs?.(this.ctx()),
            say: typeof def.say === 'function' ? def.say(this.ctx()) : (def.say ?? []),
          });
          return this.finish();
        default: {
          const never: never = def;
          throw new Error(`unknown state type ${JSON.stringify(never)}`);
        }
      }
    }
  }

  private resolve(target: Target<S>): string {
    if (target !== RETURN) return target;
    return this.snap.returnStack.pop() ?? this.flow.initial;
  }

  private prompt(def: WaitStateDef<V, S, Svc>, again: boolean, hintKey = NOT_UNDERSTOOD_KEY): void {
    const shown = promptMessage(def, this.ctx(), this.snap.shownOptions, again, hintKey);
    if (shown.shownOptions) this.snap.shownOptions = shown.shownOptions;
    else if (def.type === 'ask_choice') delete this.snap.shownOptions;
    this.outputs.push({ type: 'send_message', message: shown.message });
    this.snap.waitToken += 1;
    if (def.timeout) {
      this.outputs.push({
        type: 'timer_set',
        name: WAIT_TIMER,
        at: this.env.now + def.timeout.seconds * 1000,
        token: this.snap.waitToken,
      });
    }
  }

  private finish(): void {
    this.snap.ended = true;
    this.snap.returnStack = [];
    this.outputs.push({ type: 'timer_cancel', name: WAIT_TIMER }, { type: 'conversation_ended' });
  }

  // === Helpers

  private apply(effects: Effects<V>): void {
    if (effects.lang) this.snap.lang = effects.lang;
    // Collected answers are the reporter's data: a deletion request clears them from the snapshot too.
    if (effects.outputs?.some((o) => o.type === 'erase_reporter_data')) this.snap.vars = {} as V;
    if (effects.set) this.snap.vars = { ...this.snap.vars, ...effects.set };
    // Outputs before messages: "erase, then confirm" must not erase its own confirmation.
    if (effects.outputs) this.outputs.push(...effects.outputs);
    for (const message of effects.say ?? []) this.outputs.push({ type: 'send_message', message });
  }

  private checkTarget(next: Target<S>, targets: readonly Target<S>[]): void {
    if (!targets.includes(next))
      throw new Error(`state "${this.snap.state}" chose undeclared target "${next}"`);
  }

  private waitDef(): WaitStateDef<V, S, Svc> {
    const def = this.flow.states[this.snap.state as S] as StateDef<V, S, Svc> | undefined;
    if (!def || def.type === 'say' || def.type === 'decide' || def.type === 'end') {
      throw new Error(`conversation is not waiting at a prompt (state "${this.snap.state}")`);
    }
    return def;
  }

  private ctx(): Ctx<V, Svc> {
    return {
      vars: this.snap.vars as Partial<V>,
      lang: this.snap.lang,
      env: this.env,
      input: this.input,
      state: this.snap.state,
    };
  }

  /** An impossible state: tell the reporter something safe and start over next time. */
  fail(error: unknown): StepResult<V> {
    const reason = error instanceof Error ? error.message : String(error);
    const snapshot: Snapshot<V> = { ...this.snap, ended: true, returnStack: [] };
    return {
      snapshot,
      outputs: [
        // What was said stays said, and an officer alert (an urgent message) is never dropped.
        ...this.outputs.filter((o) => o.type === 'send_message' || o.type === 'alert_officer'),
        { type: 'send_message', message: { keys: [FAILURE_KEY] } },
        { type: 'conversation_failed', reason },
      ],
    };
  }
}
