/**
 * Global commands, typed at any step in any language: help, menu, status, quick exit, a person,
 * the language menu and deleting one's data (the last two step aside and come back where the
 * reporter was). Also the two other interrupts: urgent signals in any message, and files.
 */
import { type Decision, type Interrupts, RETURN } from '../../src/engine/flow-definition.js';
import { LANGUAGES, type Message } from '../../src/engine/types.js';
import { emergencyMessage, say } from './hotline-messages.js';
import { absorb, isStory, languageEffects, namedLanguage } from './hotline-reading.js';
import { handlingPart, toStatusView } from './returning-states.js';
import type { DetourState, HotlineCtx, HotlineState, States } from './hotline-states.js';
import type { HotlineFlowServices } from './hotline-services.js';
import type { HotlineVars } from './hotline-vars.js';

export const detourStates: States<DetourState> = {
  // === Global commands (detours return to where the reporter was)
  choose_language: {
    type: 'ask_choice',
    prompt: say('common:language.question'),
    store: 'language',
    options: LANGUAGES.map((id) => ({
      id,
      labelKey: `common:language.${id}`,
    })),
    next: 'apply_language',
    onText: {
      targets: ['consent_after_story', 'safety', 'next_question', 'add_to_case', 'outside_take'],
      run: storyAtLanguageMenu,
    },
  },
  apply_language: {
    type: 'decide',
    targets: [RETURN],
    run: (ctx) => ({
      lang: ctx.vars.language ?? ctx.lang,
      set: { languageDecided: true },
      say: [say('common:language.changed')],
      next: RETURN,
    }),
  },
  confirm_delete: {
    type: 'ask_choice',
    // From a chat that typed another number's reference: that report does not go with this chat's
    // data (reporter trial 2 believed it gone). Worded for a reference that may be no report at all.
    prompt: (ctx) => withOutsideNote(say('common:delete.question'), ctx),
    store: 'confirmDelete',
    options: [
      { id: 'yes', labelKey: 'common:delete.confirm', next: 'delete_data' },
      { id: 'no', labelKey: 'common:delete.cancel', next: 'delete_cancelled' },
    ],
    // Anything but a yes keeps the data: deleting is the one answer that cannot be undone. What was
    // written instead goes to the case (night-shift trial: "eh jangan, dia datang lagi" was "not
    // understood" and reached no one).
    onText: {
      targets: ['delete_cancelled'],
      run: (text, ctx, picked) => {
        if (picked) return undefined;
        const reference = ctx.vars.reference;
        return {
          outputs: reference ? [{ type: 'case_update', patch: { reference, addNote: text } }] : [],
          next: 'delete_cancelled',
        };
      },
    },
  },
  delete_cancelled: { type: 'say', say: [say('common:delete.cancelled')], next: RETURN },
  delete_data: {
    type: 'end',
    say: (ctx) => [withOutsideNote(say('common:delete.done'), ctx)],
    outputs: () => [{ type: 'erase_reporter_data' }],
  },
};

/** The report's questions: an urgent message typed at one is the story, not a wrong answer. */
const REPORT_QUESTIONS: ReadonlySet<string> = new Set<HotlineState>([
  'safety',
  'safety_after_story',
  'confirm_category',
  'pick_category',
  'ask_role',
  'ask_child',
  'ask_when',
]);
/** Where-questions: an urgent message that names no place is followed by "where are you now?". */
const PLACE_QUESTIONS: ReadonlySet<string> = new Set<HotlineState>(['place', 'place_again', 'pick_place']);

export const hotlineInterrupts: Interrupts<HotlineVars, HotlineState, HotlineFlowServices> = {
  // The emergency reply comes in the language the reporter wrote in, when that is clear.
  urgent: (triage, ctx) => ({
    ...languageEffects(triage, ctx.vars),
    say: [emergencyMessage(triage)],
    set: {
      ...languageEffects(triage, ctx.vars).set,
      ...urgentStory(ctx),
      urgent: true,
      ...(triage.selfHarm ? { selfHarm: true } : {}),
      ...(triage.injury ? { injury: true } : {}),
    },
    outputs: [
      { type: 'alert_officer', reason: 'urgent' },
      ...(ctx.vars.reference
        ? [{ type: 'case_update' as const, patch: { urgent: true, risk: 'high' as const } }]
        : []),
    ],
    after: afterUrgent(ctx),
  }),
  media: (media, ctx) => ({
    // Before the case exists the file waits in the conversation; open_case hands it over.
    ...(ctx.vars.reference
      ? {
          outputs: [
            {
              type: 'case_update',
              patch: {
                reference: ctx.vars.reference,
                addEvidence: { kind: media.kind, mediaId: media.mediaId },
              },
            },
          ],
        }
      : {
          set: { evidence: [...(ctx.vars.evidence ?? []), { kind: media.kind, mediaId: media.mediaId }] },
        }),
    say: [say('hotline:evidence.saved')],
    after: { type: 'resume' },
  }),
  commands: {
    help: () => ({ say: [say('common:help')], after: { type: 'resume' } }),
    menu: () => ({ after: { type: 'restart' } }),
    language: (ctx) => {
      const named = namedLanguage(ctx);
      if (!named) return { after: { type: 'detour', state: 'choose_language' } };
      // "basa jawa" switches at once; at the language menu it is simply the answer.
      return {
        set: { language: named },
        after:
          ctx.state === 'choose_language'
            ? { type: 'goto', state: 'apply_language' }
            : { type: 'detour', state: 'apply_language' },
      };
    },
    delete: () => ({ after: { type: 'detour', state: 'confirm_delete' } }),
    // The own chat's case: when and for which office it was recorded (what the office does next is
    // the office's to tell). Only the code when the case is gone (erased) or was never routed.
    status: (ctx) => {
      const reference = ctx.vars.reference;
      if (!reference) return { say: [say('common:status.none')], after: { type: 'resume' } };
      const { value: answer, outputs } = ctx.env.services.hotline.lookUpReference(
        reference,
        ctx.lang,
        ctx.env,
      );
      const view = answer?.type === 'own' ? toStatusView(answer.status) : undefined;
      const told: Message = view
        ? { keys: ['common:status.recorded', ...handlingPart(view)], params: view }
        : { keys: ['common:status.known'], params: { reference } };
      return {
        say: [told],
        outputs,
        after: { type: 'resume' },
      };
    },
    exit: () => ({ say: [say('common:exit')], after: { type: 'end' } }),
    // A person, not the bot: the on-call officer is alerted once the case has an office.
    officer: (ctx) => ({
      say: [say(ctx.vars.reference ? 'hotline:handoff.requested' : 'hotline:handoff.requested_first')],
      outputs: [{ type: 'alert_officer', reason: 'requested' }],
      after: { type: 'resume' },
    }),
  },
};

/**
 * A story typed at the language menu: its language is the reporter's choice (when clear), and it
 * is handled as it would have been at the question they left. The detour is not returned from, so
 * its return entry stays unused on the stack (harmless: every later detour pushes its own).
 */
function storyAtLanguageMenu(
  text: string,
  ctx: HotlineCtx,
):
  | Decision<HotlineVars, 'consent_after_story' | 'safety' | 'next_question' | 'add_to_case' | 'outside_take'>
  | undefined {
  const triage = ctx.env.triage(text);
  if (!isStory(text, triage)) return undefined;
  const chosen = languageEffects(triage, { ...ctx.vars, languageDecided: false });
  const language = {
    ...(chosen.lang ? { lang: chosen.lang } : {}),
    say: chosen.lang && chosen.lang !== ctx.lang ? [say('common:language.changed')] : [],
  };
  const v = ctx.vars;
  // Back with a reference: the story is an addition to that case (or a note for it).
  if (v.outsideReference)
    return { ...language, set: { addition: text, languageDecided: true }, next: 'outside_take' };
  if (v.reference)
    return { ...language, set: { addition: text, languageDecided: true }, next: 'add_to_case' };
  const story = absorb(text, { ...ctx, vars: { ...v, languageDecided: true } });
  const set = { ...story.set, languageDecided: true };
  if (!v.consent) return { ...language, set, next: 'consent_after_story' };
  return { ...language, set, next: v.urgent || v.danger ? 'next_question' : 'safety' };
}

/**
 * Mid-report, before the case exists, an urgent message leaves the remaining questions behind:
 * it is kept as the story, and the report goes the urgent way (only "where are you?", then the
 * office at once). Everywhere else the message is also handled where the reporter is: an opening
 * step reads it as the story, a place question finds the place in it, an open case adds it.
 */
function afterUrgent(ctx: HotlineCtx): { type: 'continue' } | { type: 'goto'; state: HotlineState } {
  if (ctx.vars.reference || ctx.input?.type !== 'text') return { type: 'continue' };
  if (REPORT_QUESTIONS.has(ctx.state)) return { type: 'goto', state: 'next_question' };
  if (PLACE_QUESTIONS.has(ctx.state) && !ctx.env.services.hotline.findPlaceInText(ctx.input.text))
    return { type: 'goto', state: 'place' };
  return { type: 'continue' };
}

/** What the urgent message adds to the report when the report moves on without it (afterUrgent). */
function urgentStory(ctx: HotlineCtx): Partial<HotlineVars> {
  if (afterUrgent(ctx).type !== 'goto' || ctx.input?.type !== 'text') return {};
  const story = absorb(ctx.input.text, ctx).set;
  return ctx.state === 'safety' || ctx.state === 'safety_after_story' ? { ...story, danger: 'yes' } : story;
}

/** Adds "a report typed from this chat is not deleted with it" when this chat typed another's reference. */
function withOutsideNote(message: Message, ctx: HotlineCtx): Message {
  const reference = ctx.vars.outsideReference;
  if (!reference) return message;
  return { keys: [...message.keys, { key: 'hotline:outside.not_deleted', params: { reference } }] };
}
