/**
 * The report: the reporter's story, the safety question before any other, only what triage could
 * not tell, then the case with its office, contacts, alur layanan and reference.
 */
import { saysUnsure } from '../../src/engine/choice-match.js';
import type { Decision, StateDef } from '../../src/engine/flow-definition.js';
import { CATEGORIES } from '../../src/engine/types.js';
import { alurMessage, closingMessage, contactMessage, emergencyMessage, say } from './hotline-messages.js';
import { absorb, isSkip, isStory } from './hotline-reading.js';
import { riskOf, route } from './hotline-routing.js';
import { type HotlineFlowServices, isOfficePlace } from './hotline-services.js';
import {
  type HotlineCtx,
  type HotlineState,
  MAX_NOT_UNDERSTOOD,
  type ReportState,
  SKIP_OPTION,
  type States,
  yesNo,
} from './hotline-states.js';
import type { HotlineVars } from './hotline-vars.js';

/** Reporters who go quiet get one reminder after this long; the prompt stays open. */
const STORY_REMINDER_SECONDS = 30 * 60;

/** The safety question, asked first or again after a story told at it (only the wording differs). */
const SAFETY_QUESTION: Omit<
  Extract<StateDef<HotlineVars, HotlineState, HotlineFlowServices>, { type: 'ask_choice' }>,
  'prompt'
> = {
  type: 'ask_choice',
  store: 'danger',
  options: [...yesNo({ yes: 'danger_now', no: 'next_question' })],
  onText: { targets: ['danger_unsure', 'safety_after_story'], run: answerAtSafety },
  noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'danger_unsure' },
};

export const reportStates: States<ReportState> = {
  story: {
    type: 'ask_text',
    prompt: say('hotline:story.question'),
    store: 'addition',
    timeout: { seconds: STORY_REMINDER_SECONDS, next: 'story_reminder' },
    next: 'absorb_story',
  },
  story_reminder: { type: 'say', say: [say('hotline:story.reminder')], next: 'story_late' },
  story_late: {
    type: 'ask_text',
    prompt: say('hotline:story.question'),
    store: 'addition',
    next: 'absorb_story',
  },
  absorb_story: {
    type: 'decide',
    targets: ['safety', 'next_question'],
    run: (ctx) => {
      const text = ctx.vars.addition ?? '';
      const story = isSkip(text, ctx) ? { set: {} } : absorb(text, ctx);
      return { ...story, next: ctx.vars.urgent ? 'next_question' : 'safety' };
    },
  },

  // === Safety first. An answer that is neither yes nor no is never a reason to stop here: not
  // knowing, or two answers the bot cannot read, give the emergency numbers and the report goes on;
  // the story told instead is kept and the question asked again, with thanks.
  safety: {
    ...SAFETY_QUESTION,
    prompt: (ctx) =>
      ctx.vars.askedIfCounts
        ? say('hotline:safety.counts', 'hotline:safety.question')
        : say('hotline:safety.question'),
  },
  safety_after_story: {
    ...SAFETY_QUESTION,
    prompt: say('hotline:safety.after_story', 'hotline:safety.question'),
  },
  danger_now: {
    type: 'say',
    say: (ctx) => [emergencyMessage(ctx.vars)],
    outputs: () => [{ type: 'alert_officer', reason: 'urgent' }],
    next: 'mark_urgent',
  },
  danger_unsure: {
    type: 'say',
    say: (ctx) => [emergencyMessage(ctx.vars)],
    next: 'next_question',
  },
  mark_urgent: {
    type: 'decide',
    targets: ['next_question'],
    run: () => ({ set: { urgent: true }, next: 'next_question' }),
  },

  // === Only what is still missing. Urgent: only where they are, then the office at once.
  next_question: {
    type: 'decide',
    label: 'what is missing',
    targets: ['place', 'confirm_category', 'pick_category', 'ask_role', 'ask_child', 'ask_when', 'open_case'],
    run: (ctx) => {
      const v = ctx.vars;
      const placeDone = v.placeCode !== undefined || v.placeAnswer !== undefined;
      if (v.urgent || v.gaveUp) return { next: placeDone ? 'open_case' : 'place' };
      const guessed = (v.categories ?? []).filter((c) => c !== 'other');
      if (!v.categoriesConfirmed) return { next: guessed.length > 0 ? 'confirm_category' : 'pick_category' };
      if (!v.role) return { next: 'ask_role' };
      if (!v.child && !(v.categories ?? []).includes('child')) return { next: 'ask_child' };
      if (!v.when) return { next: 'ask_when' };
      if (!placeDone) return { next: 'place' };
      return { next: 'open_case' };
    },
  },
  confirm_category: {
    type: 'ask_choice',
    prompt: (ctx) => ({
      keys: [
        {
          key: 'hotline:category.confirm',
          params: {
            category: {
              keys: (ctx.vars.categories ?? [])
                .filter((c) => c !== 'other')
                .map((c) => `hotline:category.${c}`),
            },
          },
        },
      ],
    }),
    store: 'categoryAnswer',
    options: [
      { id: 'yes', labelKey: 'common:yes', next: 'next_question', set: { categoriesConfirmed: true } },
      { id: 'no', labelKey: 'common:no', next: 'pick_category' },
    ],
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'pick_category' },
  },
  pick_category: {
    type: 'ask_choice',
    prompt: say('hotline:category.question'),
    store: 'pickedCategory',
    options: CATEGORIES.map((id) => ({ id, labelKey: `hotline:category.${id}` })),
    next: 'apply_category',
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
  },
  apply_category: {
    type: 'decide',
    targets: ['next_question'],
    run: (ctx) => ({
      set: { categories: [ctx.vars.pickedCategory ?? 'other'], categoriesConfirmed: true },
      next: 'next_question',
    }),
  },
  ask_role: {
    type: 'ask_choice',
    prompt: say('hotline:role.question'),
    store: 'role',
    options: [
      { id: 'victim', labelKey: 'hotline:role.victim' },
      { id: 'witness', labelKey: 'hotline:role.witness' },
      { id: 'parent', labelKey: 'hotline:role.parent' },
      SKIP_OPTION,
    ],
    next: 'next_question',
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
  },
  ask_child: {
    type: 'ask_choice',
    prompt: say('hotline:child.question'),
    store: 'child',
    options: [
      ...yesNo({ yes: 'next_question', no: 'next_question' }),
      { ...SKIP_OPTION, next: 'next_question' },
    ],
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
  },
  ask_when: {
    type: 'ask_choice',
    prompt: say('hotline:when.question'),
    store: 'when',
    options: [
      { id: 'ongoing', labelKey: 'hotline:when.ongoing' },
      { id: 'recent', labelKey: 'hotline:when.recent' },
      { id: 'past', labelKey: 'hotline:when.past' },
      SKIP_OPTION,
    ],
    next: 'next_question',
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
  },

  // === The report: office, contacts, alur layanan, reference
  open_case: {
    type: 'decide',
    targets: ['office_info'],
    run: (ctx) => {
      const v = ctx.vars;
      // A new case gets its PIN here, shown once in office_info and forgotten before the snapshot is saved.
      const reference = v.reference ?? ctx.env.facts.reserved.reference;
      const pin = v.reference === undefined ? ctx.env.facts.reserved.pin : undefined;
      const r = route(ctx);
      return {
        set: { reference, ...(pin ? { casePin: pin } : {}) },
        outputs: [
          {
            type: 'case_update',
            patch: {
              reference,
              ...(pin ? { pin } : {}),
              categories: v.categories?.length ? v.categories : ['other'],
              urgent: v.urgent === true,
              risk: riskOf(v),
              ...(v.placeCode && !isOfficePlace(v.placeCode) ? { regionCode: v.placeCode } : {}),
              officeId: r.officeId,
              details: {
                story: v.story,
                role: v.role,
                child: v.child,
                when: v.when,
                place: v.placeLabel,
                evidence: v.evidence ?? [],
              },
            },
          },
        ],
        next: 'office_info',
      };
    },
  },
  office_info: {
    type: 'say',
    say: (ctx) => [
      contactMessage(route(ctx)),
      alurMessage(ctx.vars, route(ctx).contact),
      closingMessage(ctx.vars.reference ?? '', ctx.vars.casePin),
    ],
    next: 'forget_pin',
  },
  forget_pin: {
    type: 'decide',
    targets: ['follow_up'],
    run: () => ({ set: { casePin: undefined }, next: 'follow_up' }),
  },
  // Questions the reporter cannot answer by chat: what they told is recorded and a person asked for,
  // and only the place is still asked, so the case reaches the right office.
  stuck: {
    type: 'decide',
    targets: ['next_question'],
    run: () => ({
      say: [say('hotline:stuck')],
      outputs: [{ type: 'alert_officer', reason: 'requested' }],
      set: { gaveUp: true },
      next: 'next_question',
    }),
  },
};

/**
 * Text at the safety question that picks neither option outright: a yes or a no it opens with is
 * left to the options; not knowing gives the emergency numbers; a story is kept, and the question
 * asked again.
 */
function answerAtSafety(
  text: string,
  ctx: HotlineCtx,
  picked: boolean,
): Decision<HotlineVars, 'danger_unsure' | 'safety_after_story'> | undefined {
  if (picked) return undefined;
  if (saysUnsure(text, ctx.env)) return { next: 'danger_unsure' };
  if (!isStory(text, ctx.env.triage(text))) return undefined;
  return { ...absorb(text, ctx), next: 'safety_after_story' };
}
