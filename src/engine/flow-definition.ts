/**
 * How a flow is written. `defineFlow<Vars>()({...})` infers the state names, so a `next` that
 * names no state is a compile error; `validateFlow` repeats the checks at load time for what the
 * type system cannot see (dynamic targets, option ids).
 */
import type { CommandName, Env, Input, Language, Message, Output, TriageView } from './types.js';

/** Go back to the state a detour started from (help, language choice). */
export const RETURN = '@return';
export type Target<S extends string> = S | typeof RETURN;

/**
 * What a hook sees. `Svc` is the flow's own services (`env.services`), declared by the flow with
 * `defineFlow<Vars, Services>()`, so a flow reads them typed and the host must supply them.
 */
export interface Ctx<V, Svc = unknown> {
  vars: Partial<V>;
  lang: Language;
  env: Env<Svc>;
  /** The input being handled; for a new conversation, the message that opened it. */
  input: Input | undefined;
  state: string;
}

/** What a hook may do: record variables, say things, emit outputs, switch language. */
export interface Effects<V> {
  set?: Partial<V>;
  say?: Message[];
  outputs?: Output[];
  lang?: Language;
}

export interface Decision<V, S extends string> extends Effects<V> {
  next: Target<S>;
}

type PromptDef<V, Svc> = Message | ((ctx: Ctx<V, Svc>) => Message);

interface WaitCommon<V, S extends string, Svc> {
  prompt: PromptDef<V, Svc>;
  /** Resume at `next` with no answer after this long (fires after a restart too: it is a stored timer). */
  timeout?: { seconds: number; next: Target<S> };
  /** After this many answers the bot cannot understand here, go to `next` instead of asking again. */
  noMatch?: { after: number; next: Target<S> };
}

export interface ChoiceDef<V, S extends string> {
  id: string;
  /** i18n key of the label; `<key>_synonyms` (a `|`-separated list) holds more accepted words. */
  labelKey?: string;
  /** A literal label for names that are not translated (a place); used when there is no labelKey. */
  label?: string;
  next?: Target<S>;
  set?: Partial<V>;
}

export type StateDef<V, S extends string, Svc = unknown> =
  | {
      type: 'say';
      say: Message[] | ((ctx: Ctx<V, Svc>) => Message[]);
      next: Target<S>;
      outputs?: (ctx: Ctx<V, Svc>) => Output[];
    }
  | {
      type: 'decide';
      label?: string;
      targets: readonly Target<S>[];
      run: (ctx: Ctx<V, Svc>) => Decision<V, S>;
    }
  | (WaitCommon<V, S, Svc> & {
      type: 'ask_choice';
      /** Fixed options, or options computed when the prompt is shown (they are kept in the snapshot). */
      options: ChoiceDef<V, S>[] | ((ctx: Ctx<V, Svc>) => ChoiceDef<V, S>[]);
      /** Stores the chosen option's id. */
      store?: keyof V & string;
      next?: Target<S>;
      /** Free text that is not one of the options (a story typed at a yes/no question) may still move on. */
      onText?: {
        targets: readonly Target<S>[];
        /** `picked`: a word of the text picks an option (not exactly), which wins unless this decides. */
        run: (text: string, ctx: Ctx<V, Svc>, picked: boolean) => Decision<V, S> | undefined;
      };
    })
  | (WaitCommon<V, S, Svc> & {
      type: 'ask_text';
      store: keyof V & string;
      /** Returns the i18n key of a hint when the answer is not acceptable. */
      validate?: (text: string, ctx: Ctx<V, Svc>) => string | undefined;
      next: Target<S>;
    })
  | (WaitCommon<V, S, Svc> & {
      type: 'ask_location';
      /** Stores `{ lat, lon }` for a shared location or `{ text }` for a typed place. */
      store: keyof V & string;
      next: Target<S>;
    })
  | {
      type: 'end';
      say?: Message[] | ((ctx: Ctx<V, Svc>) => Message[]);
      outputs?: (ctx: Ctx<V, Svc>) => Output[];
    };

export type WaitStateDef<V, S extends string, Svc = unknown> = Extract<
  StateDef<V, S, Svc>,
  { type: 'ask_choice' | 'ask_text' | 'ask_location' }
>;

/** What an interrupt does after its own effects. */
export type InterruptAfter<S extends string> =
  /** handle the same input at the current step too (an urgent story that also answers the question) */
  | { type: 'continue' }
  /** ask the current question again */
  | { type: 'resume' }
  | { type: 'goto'; state: S }
  /** go to `state`, and come back here when it reaches `@return` */
  | { type: 'detour'; state: S }
  /** forget everything collected and start the flow again (the language stays) */
  | { type: 'restart' }
  | { type: 'end' };

export interface InterruptResult<V, S extends string> extends Effects<V> {
  after: InterruptAfter<S>;
}

export interface Interrupts<V, S extends string, Svc = unknown> {
  /** Checked before any step when a text's triage says urgent. */
  urgent?: (triage: TriageView, ctx: Ctx<V, Svc>) => InterruptResult<V, S> | undefined;
  commands?: Partial<Record<CommandName, (ctx: Ctx<V, Svc>) => InterruptResult<V, S>>>;
  /** A photo, voice note or document at any step (evidence); without a handler it is not understood. */
  media?: (media: Extract<Input, { type: 'media' }>, ctx: Ctx<V, Svc>) => InterruptResult<V, S>;
}

export interface FlowDefinition<V, S extends string, Svc = unknown> {
  id: string;
  initial: S;
  states: Record<S, StateDef<V, S, Svc>>;
  interrupts?: Interrupts<V, S, Svc>;
  /**
   * Case references the conversation holds (besides any typed in the input) whose cases the host
   * loads into `env.facts` before the step: a decision cannot look them up itself.
   */
  heldReferences?: (vars: Partial<V>) => string[];
  /**
   * The chat's own case reference, loaded into `env.facts` only when the input is the `status`
   * command (every other step would pay for a lookup it does not use).
   */
  ownReference?: (vars: Partial<V>) => string | undefined;
  /**
   * What starting over from the menu keeps (the `restart` interrupt): the chat's own case
   * reference, so `status` and a typed reference still find the case the reporter was given.
   */
  keepOnRestart?: (vars: Partial<V>) => Partial<V>;
}

export class FlowDefinitionError extends Error {
  constructor(flowId: string, problem: string) {
    super(`flow "${flowId}": ${problem}`);
    this.name = 'FlowDefinitionError';
  }
}

/**
 * `defineFlow<MyVars, MyServices>()({ ... })`: the extra call lets TypeScript infer the state names.
 * `MyServices` is what the flow reads from `env.services` (none when left out).
 */
export function defineFlow<V, Svc = unknown>() {
  return <S extends string>(definition: FlowDefinition<V, S, Svc>): FlowDefinition<V, S, Svc> => {
    validateFlow(definition);
    return definition;
  };
}

/** Every target must name a state; option ids must be unique. Fails at load, never mid-conversation. */
export function validateFlow<V, S extends string, Svc>(flow: FlowDefinition<V, S, Svc>): void {
  const names = new Set<string>(Object.keys(flow.states));
  const check = (from: string, target: string) => {
    if (target !== RETURN && !names.has(target)) {
      throw new FlowDefinitionError(flow.id, `state "${from}" leads to unknown state "${target}"`);
    }
  };
  if (!names.has(flow.initial))
    throw new FlowDefinitionError(flow.id, `initial state "${flow.initial}" is missing`);
  for (const [name, def] of Object.entries(flow.states) as [string, StateDef<V, S, Svc>][]) {
    for (const target of stateTargets(def)) check(name, target.to);
    if (def.type === 'ask_choice' && !Array.isArray(def.options) && !def.next) {
      throw new FlowDefinitionError(
        flow.id,
        `state "${name}" computes its options, so it needs a default next`,
      );
    }
    if (def.type === 'ask_choice' && Array.isArray(def.options)) {
      const ids = def.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length)
        throw new FlowDefinitionError(flow.id, `state "${name}" repeats an option id`);
      if (def.options.some((o) => !o.next && !o.labelKey && !o.label)) {
        throw new FlowDefinitionError(flow.id, `state "${name}" has an option without a label`);
      }
      if (def.options.some((o) => !o.next) && !def.next) {
        throw new FlowDefinitionError(
          flow.id,
          `state "${name}" has an option without next and no default next`,
        );
      }
    }
  }
}

/** The labelled edges leaving a state: used by validation and by the Mermaid diagram. */
export function stateTargets<V, S extends string, Svc>(
  def: StateDef<V, S, Svc>,
): { to: string; label?: string }[] {
  const edges: { to: string; label?: string }[] = [];
  switch (def.type) {
    case 'say':
      edges.push({ to: def.next });
      break;
    case 'decide':
      for (const t of def.targets) edges.push({ to: t, label: def.label });
      break;
    case 'ask_choice':
      if (Array.isArray(def.options)) {
        for (const o of def.options) edges.push({ to: o.next ?? def.next ?? '', label: o.id });
      } else {
        edges.push({ to: def.next ?? '', label: 'chosen option' });
      }
      for (const t of def.onText?.targets ?? []) edges.push({ to: t, label: 'free text' });
      break;
    case 'ask_text':
    case 'ask_location':
      edges.push({ to: def.next });
      break;
    case 'end':
      break;
    default: {
      const never: never = def;
      throw new Error(`unknown state type ${JSON.stringify(never)}`);
    }
  }
  if (def.type === 'ask_choice' || def.type === 'ask_text' || def.type === 'ask_location') {
    if (def.timeout) edges.push({ to: def.timeout.next, label: `no answer ${def.timeout.seconds}s` });
    if (def.noMatch) edges.push({ to: def.noMatch.next, label: `not understood x${def.noMatch.after}` });
  }
  return edges;
}
