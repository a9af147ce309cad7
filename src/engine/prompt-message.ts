/**
 * What a waiting state says when it asks: its prompt, the "not understood" hint before it when it
 * asks again, and for a choice the options shown. Kept apart from the step's moves because it only
 * reads: the step stores the options a dynamic choice showed, so the answer is matched against what
 * the reporter saw.
 */
import type { Ctx, WaitStateDef } from './flow-definition.js';
import type { Message, OptionView } from './types.js';

/** Said before asking again when an answer was not understood. */
export const NOT_UNDERSTOOD_KEY = 'common:not_understood';

export interface PromptView {
  message: Message;
  /** The options a dynamic choice shows now, to keep in the snapshot; absent for fixed options. */
  shownOptions?: OptionView[];
}

export function promptMessage<V, S extends string, Svc>(
  def: WaitStateDef<V, S, Svc>,
  ctx: Ctx<V, Svc>,
  shownBefore: OptionView[] | undefined,
  again: boolean,
  hintKey = NOT_UNDERSTOOD_KEY,
): PromptView {
  const base = typeof def.prompt === 'function' ? def.prompt(ctx) : def.prompt;
  const keys = again ? [hintKey, ...base.keys] : base.keys;
  if (def.type !== 'ask_choice') return { message: { ...base, keys } };
  // A re-prompt shows the options computed the first time; a new prompt computes them again.
  const dynamic = !Array.isArray(def.options);
  const defs: OptionView[] = Array.isArray(def.options)
    ? def.options
    : again
      ? (shownBefore ?? [])
      : def.options(ctx);
  const options = defs.map((o) => ({
    id: o.id,
    ...(o.labelKey ? { labelKey: o.labelKey } : {}),
    ...(o.label ? { label: o.label } : {}),
  }));
  return { message: { ...base, keys, options }, ...(dynamic ? { shownOptions: options } : {}) };
}
