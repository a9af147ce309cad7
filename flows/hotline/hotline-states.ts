/**
 * The hotline flow's states, by fragment: the table of contents of the conversation. Each fragment
 * file exports a `States<ItsNames>` object; `hotline.flow.ts` spreads them into one flow. Because
 * every `next` and target is typed against `HotlineState`, a step leading to a state that no
 * fragment defines is a compile error, and so is a fragment that leaves out one of its own states.
 */
import type { Ctx, StateDef, Target } from '../../src/engine/flow-definition.js';
import type { ChannelReceives } from '../../src/engine/types.js';
import type { HotlineFlowServices } from './hotline-services.js';
import type { HotlineVars } from './hotline-vars.js';

/** The first message, consent, what the reporter wants, and information without a report. */
export type OpeningState =
  | 'start'
  | 'greeting'
  | 'consent_gate'
  | 'consent'
  | 'consent_after_story'
  | 'no_consent'
  | 'after_consent'
  | 'intent'
  | 'info_menu'
  | 'info_answer'
  | 'info_text'
  | 'info_contact';

/** The story, the safety question, what is still missing, and the case with its office. */
export type ReportState =
  | 'story'
  | 'story_reminder'
  | 'story_late'
  | 'absorb_story'
  | 'safety'
  | 'safety_after_story'
  | 'danger_now'
  | 'danger_unsure'
  | 'mark_urgent'
  | 'next_question'
  | 'confirm_category'
  | 'pick_category'
  | 'apply_category'
  | 'ask_role'
  | 'ask_child'
  | 'ask_when'
  | 'open_case'
  | 'office_info'
  | 'forget_pin'
  | 'stuck';

/** Where it happened (the report) or whose contacts to show (information): the same look-ups. */
export type PlaceState =
  | 'place'
  | 'resolve_place'
  | 'place_again'
  | 'pick_place'
  | 'apply_place'
  | 'info_place'
  | 'info_ask_place'
  | 'info_pick_place'
  | 'info_apply_place';

/** Back with a case reference (own chat or another), and additions to a case. */
export type ReturningState =
  | 'follow_up'
  | 'add_to_case'
  | 'later_safety'
  | 'later_danger'
  | 'back_to_additions'
  | 'returning'
  | 'ask_reference'
  | 'check_reference'
  | 'reference_unknown'
  | 'reference_throttled'
  | 'outside_reference'
  | 'outside_message'
  | 'outside_take';

/** Global commands that step aside and come back: the language menu, deleting one's data. */
export type DetourState =
  | 'choose_language'
  | 'apply_language'
  | 'confirm_delete'
  | 'delete_cancelled'
  | 'delete_data';

export type HotlineState = OpeningState | ReportState | PlaceState | ReturningState | DetourState;

/** A fragment of the flow: exactly the states named `K`, each leading only to states of the flow. */
export type States<K extends HotlineState> = Record<
  K,
  StateDef<HotlineVars, HotlineState, HotlineFlowServices>
>;

/** What every hook of the flow sees: its variables and, typed, its services. */
export type HotlineCtx = Ctx<HotlineVars, HotlineFlowServices>;

/** Answers the bot cannot understand at one prompt before it offers a person instead (issue: no third ask). */
export const MAX_NOT_UNDERSTOOD = 2;

/** Later questions are optional (help before paperwork): "unknown" is an answer too. */
export const SKIP_OPTION = { id: 'unknown', labelKey: 'common:skip' } as const;

/**
 * `_text` — the key suffix of a question's wording for a channel that cannot send this (the web
 * chat has a text box only): it is never asked to share a location or send files.
 */
export const textOnly = (ctx: { env: { receives?: ChannelReceives } }, what: keyof ChannelReceives) =>
  ctx.env.receives?.[what] === false ? '_text' : '';

export const yesNo = (next: { yes: Target<HotlineState>; no: Target<HotlineState> }) =>
  [
    { id: 'yes', labelKey: 'common:yes', next: next.yes },
    { id: 'no', labelKey: 'common:no', next: next.no },
  ] as const;
