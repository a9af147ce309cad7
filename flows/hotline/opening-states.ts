/**
 * Opening: the first message is read before anything is said (an urgent story, a case reference,
 * an information question, or a greeting), then consent and what the reporter wants. Information
 * without a report ends here too.
 */
import { withoutCaseReferences } from '../../src/engine/case-reference-text.js';
import type { Decision } from '../../src/engine/flow-definition.js';
import type { TriageView } from '../../src/engine/types.js';
import { contactMessage, emergencyMessage, officeSteps, say } from './hotline-messages.js';
import { absorb, isStory, languageEffects } from './hotline-reading.js';
import { route } from './hotline-routing.js';
import {
  type HotlineCtx,
  MAX_NOT_UNDERSTOOD,
  type OpeningState,
  type States,
  yesNo,
} from './hotline-states.js';
import type { HotlineVars } from './hotline-vars.js';
import { detectInfoQuestion, type InfoQuestion } from './info-questions.js';
import { REFERENCE_TARGETS, typedReference } from './returning-states.js';

/** Where a story told instead of answering can lead: consent first, then the safety question. */
export const STORY_TARGETS = ['greeting', 'safety', 'next_question'] as const;

export const openingStates: States<OpeningState> = {
  start: {
    type: 'decide',
    label: 'first message',
    targets: ['greeting', 'info_answer', ...REFERENCE_TARGETS],
    run: (ctx) => {
      const input = ctx.input;
      if (input?.type !== 'text') return { next: 'greeting' };
      const returning = typedReference(input.text, ctx);
      const triage = ctx.env.triage(input.text);
      if (returning) {
        // "nomer laporan kula …" is answered in the language it was asked in; the reference itself
        // is no language (a bare "7MY-H7P" was answered in English).
        const words = withoutCaseReferences(input.text);
        const language = words ? languageEffects(ctx.env.triage(words), ctx.vars) : { set: {} };
        return { ...language, ...returning, set: { ...language.set, ...returning.set } };
      }
      const info = triage.urgent ? undefined : detectInfoQuestion(input.text);
      const language = languageEffects(triage, ctx.vars);
      const offer = language.lang || ctx.vars.languageDecided ? {} : { offerLanguage: true };
      if (info && !tellsOwnCase(info, input.text, triage)) {
        return {
          ...language,
          set: { ...language.set, infoTopic: info.topic, infoPlace: info.placeText ?? '' },
          next: 'info_answer',
        };
      }
      if (!isStory(input.text, triage))
        return { ...language, set: { ...language.set, ...offer }, next: 'greeting' };
      const story = absorb(input.text, ctx);
      return { ...story, set: { ...story.set, ...offer }, next: 'greeting' };
    },
  },
  greeting: {
    type: 'say',
    say: (ctx) => [
      say(
        'hotline:greeting',
        'hotline:privacy',
        ...(ctx.vars.offerLanguage ? ['common:language.offer'] : []),
      ),
    ],
    next: 'consent_gate',
  },
  // Someone in danger is not asked for consent first: their vital interest is the legal basis
  // (UU PDP Ps. 20), and the privacy notice above still told them what is kept.
  consent_gate: {
    type: 'decide',
    targets: ['consent', 'after_consent'],
    run: (ctx) =>
      ctx.vars.urgent ? { set: { consent: 'vital_interest' }, next: 'after_consent' } : { next: 'consent' },
  },
  consent: {
    type: 'ask_choice',
    prompt: say('hotline:consent.question'),
    store: 'consent',
    options: [...yesNo({ yes: 'after_consent', no: 'no_consent' })],
    onText: {
      targets: ['consent_after_story', 'info_answer', ...REFERENCE_TARGETS],
      run: (text, ctx) => typedReference(text, ctx) ?? infoAsked(text, ctx) ?? storyBeforeConsent(text, ctx),
    },
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'no_consent' },
  },
  // Someone who tells what happened instead of answering is thanked, not told "not understood";
  // the story is kept for the report if they then agree.
  consent_after_story: {
    type: 'ask_choice',
    prompt: say('hotline:consent.after_story'),
    store: 'consent',
    options: [...yesNo({ yes: 'after_consent', no: 'no_consent' })],
    onText: {
      targets: ['consent_after_story', 'info_answer', ...REFERENCE_TARGETS],
      run: (text, ctx) => typedReference(text, ctx) ?? infoAsked(text, ctx) ?? storyBeforeConsent(text, ctx),
    },
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'no_consent' },
  },
  no_consent: {
    type: 'end',
    say: [say('hotline:no_consent'), emergencyMessage({}), say('hotline:alur.steps', 'hotline:menu_hint')],
  },
  after_consent: {
    type: 'decide',
    targets: ['intent', 'safety', 'next_question'],
    run: (ctx) => ({ next: ctx.vars.urgent ? 'next_question' : ctx.vars.story ? 'safety' : 'intent' }),
  },
  intent: {
    type: 'ask_choice',
    prompt: say('hotline:intent.question'),
    store: 'intent',
    options: [
      { id: 'report', labelKey: 'hotline:intent.report', next: 'story' },
      { id: 'info', labelKey: 'hotline:intent.info', next: 'info_menu' },
      { id: 'reference', labelKey: 'hotline:intent.reference', next: 'ask_reference' },
    ],
    // Most people just tell us what happened instead of choosing; someone back about a case may
    // type its reference instead of choosing "I have a reference".
    onText: {
      targets: ['safety', 'next_question', 'info_answer', ...REFERENCE_TARGETS],
      run: (text, ctx) => {
        const returning = typedReference(text, ctx);
        if (returning) return returning;
        const info = infoAsked(text, ctx);
        if (info) return info;
        const triage = ctx.env.triage(text);
        if (!isStory(text, triage)) return undefined;
        return { ...absorb(text, ctx), next: ctx.vars.urgent ? 'next_question' : 'safety' };
      },
    },
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
  },
  // === Information without a report
  info_menu: {
    type: 'ask_choice',
    prompt: say('hotline:info.question'),
    store: 'infoTopic',
    options: [
      { id: 'alur', labelKey: 'hotline:info.alur' },
      { id: 'contact', labelKey: 'hotline:info.contact' },
      { id: 'kdrt', labelKey: 'hotline:info.kdrt' },
      { id: 'sexual_violence', labelKey: 'hotline:info.sexual_violence' },
      { id: 'online', labelKey: 'hotline:info.online' },
      { id: 'tppo', labelKey: 'hotline:info.tppo' },
    ],
    next: 'info_answer',
    onText: { targets: ['info_answer', ...STORY_TARGETS], run: questionOrStory },
  },
  info_answer: {
    type: 'decide',
    targets: ['info_place', 'info_text'],
    run: (ctx) => ({ next: ctx.vars.infoTopic === 'contact' ? 'info_place' : 'info_text' }),
  },
  info_text: {
    type: 'end',
    say: (ctx) => [
      say(
        ctx.vars.infoTopic === 'alur'
          ? 'hotline:alur.steps'
          : `hotline:info.answer.${ctx.vars.infoTopic ?? 'service'}`,
        'hotline:menu_hint',
      ),
    ],
  },
  info_contact: {
    type: 'end',
    // An office that wrote its own alur layanan says how it works right under its contacts.
    say: (ctx) => {
      const r = route(ctx);
      const own = officeSteps(r.contact);
      return [contactMessage(r, 'info'), ...(own ? [{ keys: [own] }] : []), say('hotline:menu_hint')];
    },
  },
};

/** A story typed at the consent question: kept, and consent asked again with thanks. */
function storyBeforeConsent(
  text: string,
  ctx: HotlineCtx,
): Decision<HotlineVars, 'consent_after_story'> | undefined {
  if (!isStory(text, ctx.env.triage(text))) return undefined;
  return { ...absorb(text, ctx), next: 'consent_after_story' };
}

/**
 * A story typed where the bot asked something else (an information menu, "which place?"): kept, and
 * the reporter is asked about danger before anything else — after the privacy notice and consent
 * when they have not given it yet.
 */
export function storyInstead(
  text: string,
  ctx: HotlineCtx,
): Decision<HotlineVars, (typeof STORY_TARGETS)[number]> | undefined {
  if (!isStory(text, ctx.env.triage(text))) return undefined;
  const story = absorb(text, ctx);
  if (!ctx.vars.consent) {
    const offer = story.lang || ctx.vars.languageDecided ? {} : { offerLanguage: true };
    return { ...story, set: { ...story.set, ...offer }, next: 'greeting' };
  }
  return { ...story, next: ctx.vars.urgent ? 'next_question' : 'safety' };
}

/**
 * Text at the information menu: a question about a topic ("kalo sy lapor nanti diapain?") is
 * answered with it; a story is a story (storyInstead); anything else is not understood, and the
 * menu is shown again.
 */
function questionOrStory(
  text: string,
  ctx: HotlineCtx,
): Decision<HotlineVars, 'info_answer' | (typeof STORY_TARGETS)[number]> | undefined {
  return infoAsked(text, ctx) ?? storyInstead(text, ctx);
}

/** An information question (info-questions.ts) that tells no case of the writer's own: answered, no report. */
export function infoAsked(text: string, ctx: HotlineCtx): Decision<HotlineVars, 'info_answer'> | undefined {
  const triage = ctx.env.triage(text);
  if (triage.urgent) return undefined;
  const info = detectInfoQuestion(text);
  if (!info || tellsOwnCase(info, text, triage)) return undefined;
  return { set: { infoTopic: info.topic, infoPlace: info.placeText ?? '' }, next: 'info_answer' };
}

/**
 * The question comes with the writer's own case, which is then read as a story. "Does this
 * count?" is answered as information unless it tells a case at some length (the story path then
 * answers it before the safety question); the other topics, whenever the writer says who they are.
 */
function tellsOwnCase(info: InfoQuestion, text: string, triage: TriageView): boolean {
  return info.topic === 'counts' ? isStory(text, triage) : triage.role !== undefined;
}
