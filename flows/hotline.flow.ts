/**
 * The hotline conversation: a discreet greeting and consent, the reporter's own story first, a
 * safety check, only the questions triage could not answer, the office for their region with its
 * verified contacts and alur layanan, and a case reference. Urgent signals in any message interrupt
 * every step with the emergency numbers. Review it on paper: `hotline flows diagram`.
 */
import { MAX_CASE_TEXT_CHARS } from '../src/engine/text-limits.js';
import { type Ctx, type Decision, defineFlow, RETURN } from '../src/engine/flow-definition.js';
import type { ChannelReceives } from '../src/engine/types.js';
import {
  alurMessage,
  closingMessage,
  contactMessage,
  emergencyMessage,
  say,
} from './hotline/hotline-messages.js';
import {
  absorb,
  isSkip,
  isStory,
  languageEffects,
  namedLanguage,
  readCasePin,
} from './hotline/hotline-reading.js';
import {
  pickedPlace,
  pickPlaceOptions,
  pickPlacePrompt,
  placeChoice,
  placeDecision,
  riskOf,
  route,
} from './hotline/hotline-routing.js';
import {
  type CaseStatus,
  hotlineServices,
  isOfficePlace,
  type PlaceLookup,
  type ReferenceAnswer,
} from './hotline/hotline-services.js';
import { CATEGORY_IDS, type HotlineVars } from './hotline/hotline-vars.js';
import { detectInfoQuestion } from './hotline/info-questions.js';

export type { HotlineVars } from './hotline/hotline-vars.js';

/** Reporters who go quiet get one reminder after this long; the prompt stays open. */
const STORY_REMINDER_SECONDS = 30 * 60;
/** Answers the bot cannot understand at one prompt before it offers a person instead (issue: no third ask). */
const MAX_NOT_UNDERSTOOD = 2;
type V = HotlineVars;

/** Where a story told instead of answering can lead: consent first, then the safety question. */
const STORY_TARGETS = ['greeting', 'safety', 'next_question'] as const;

/** Later questions are optional (help before paperwork): "unknown" is an answer too. */
const SKIP_OPTION = { id: 'unknown', labelKey: 'common:skip' } as const;

/**
 * `_text` — the key suffix of a question's wording for a channel that cannot send this (the web
 * chat has a text box only): it is never asked to share a location or send files.
 */
const textOnly = (ctx: { env: { receives?: ChannelReceives } }, what: keyof ChannelReceives) =>
  ctx.env.receives?.[what] === false ? '_text' : '';

const yesNo = (next: { yes: string; no: string }) =>
  [
    { id: 'yes', labelKey: 'common:yes', next: next.yes },
    { id: 'no', labelKey: 'common:no', next: next.no },
  ] as const;

const toStatusView = (status: CaseStatus): NonNullable<V['statusView']> => ({
  reference: status.reference,
  office: status.officeName ?? 'SAPA 129',
  date: status.receivedOn,
});

/** Where a typed reference leads: the own case's status, the other-chat path, or a pause. */
function referenceDecision(answer: ReferenceAnswer) {
  switch (answer.type) {
    case 'own':
      return {
        set: { reference: answer.status.reference, statusView: toStatusView(answer.status) },
        next: 'returning',
      } as const;
    case 'other':
      return { set: { outsideReference: answer.reference }, next: 'outside_reference' } as const;
    case 'throttled':
      return { set: {}, next: 'reference_throttled' } as const;
    default: {
      const never: never = answer;
      throw new Error(`unknown reference answer ${JSON.stringify(never)}`);
    }
  }
}

const statusMessage = (view: V['statusView'] | undefined, then = 'hotline:returning.add') =>
  view ? { keys: ['hotline:returning.status', then], params: { ...view } } : say('common:status.none');

export const hotlineFlow = defineFlow<V>()({
  id: 'hotline',
  initial: 'start',
  states: {
    // === Opening: read the first message before saying anything
    start: {
      type: 'decide',
      label: 'first message',
      targets: ['greeting', 'info_answer', 'returning', 'outside_reference', 'reference_throttled'],
      run: (ctx) => {
        const input = ctx.input;
        if (input?.type !== 'text') return { next: 'greeting' };
        const services = hotlineServices(ctx.env.services);
        const { value: answer, outputs } = services.lookUpReference(input.text, ctx.lang, ctx.env);
        const triage = ctx.env.triage(input.text);
        if (answer) {
          // "nomer laporan kula …" is answered in the language it was asked in.
          const language = languageEffects(triage, ctx.vars);
          const found = referenceDecision(answer);
          return { ...language, set: { ...language.set, ...found.set }, outputs, next: found.next };
        }
        const info = triage.urgent ? undefined : detectInfoQuestion(input.text);
        const language = languageEffects(triage, ctx.vars);
        const offer = language.lang || ctx.vars.languageDecided ? {} : { offerLanguage: true };
        if (info && !triage.role) {
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
      onText: { targets: ['consent_after_story'], run: storyBeforeConsent },
      noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'no_consent' },
    },
    // Someone who tells what happened instead of answering is thanked, not told "not understood";
    // the story is kept for the report if they then agree.
    consent_after_story: {
      type: 'ask_choice',
      prompt: say('hotline:consent.after_story'),
      store: 'consent',
      options: [...yesNo({ yes: 'after_consent', no: 'no_consent' })],
      onText: { targets: ['consent_after_story'], run: storyBeforeConsent },
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
      // Most people just tell us what happened instead of choosing.
      onText: {
        targets: ['safety', 'next_question'],
        run: (text, ctx) => {
          const triage = ctx.env.triage(text);
          if (!isStory(text, triage)) return undefined;
          return { ...absorb(text, ctx), next: ctx.vars.urgent ? 'next_question' : 'safety' };
        },
      },
      noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
    },
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

    // === Safety first
    safety: {
      type: 'ask_choice',
      prompt: say('hotline:safety.question'),
      store: 'danger',
      options: [...yesNo({ yes: 'danger_now', no: 'next_question' })],
      noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'stuck' },
    },
    danger_now: {
      type: 'say',
      say: (ctx) => [emergencyMessage(ctx.vars)],
      outputs: () => [{ type: 'alert_officer', reason: 'urgent' }],
      next: 'mark_urgent',
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
      targets: [
        'place',
        'confirm_category',
        'pick_category',
        'ask_role',
        'ask_child',
        'ask_when',
        'open_case',
      ],
      run: (ctx) => {
        const v = ctx.vars;
        const placeDone = v.placeCode !== undefined || v.placeAnswer !== undefined;
        if (v.urgent) return { next: placeDone ? 'open_case' : 'place' };
        const guessed = (v.categories ?? []).filter((c) => c !== 'other');
        if (!v.categoriesConfirmed)
          return { next: guessed.length > 0 ? 'confirm_category' : 'pick_category' };
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
      options: CATEGORY_IDS.map((id) => ({ id, labelKey: `hotline:category.${id}` })),
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

    // === Where: a typed place (any level, tolerant) or a shared location
    place: {
      type: 'ask_location',
      prompt: (ctx) =>
        say(
          `${ctx.vars.urgent ? 'hotline:place.question_urgent' : 'hotline:place.question'}${textOnly(ctx, 'location')}`,
        ),
      store: 'placeAnswer',
      next: 'resolve_place',
    },
    resolve_place: {
      type: 'decide',
      targets: ['next_question', 'pick_place', 'place_again'],
      run: (ctx) => {
        const answer = ctx.vars.placeAnswer;
        if (!answer || 'lat' in answer) return { next: 'next_question' };
        const services = hotlineServices(ctx.env.services);
        // "saya di Juwana" names the place after a cue; a bare "Juwana" is the whole answer.
        return placeDecision(
          services.findPlaceInText(answer.text) ?? services.resolvePlace(answer.text),
          ctx.vars.placeTries ?? 0,
        );
      },
    },
    place_again: {
      type: 'ask_location',
      prompt: (ctx) =>
        ctx.vars.placeSuggestions?.length
          ? {
              keys: [
                {
                  key: 'hotline:place.suggest',
                  params: { suggestions: ctx.vars.placeSuggestions.join(', ') },
                },
              ],
            }
          : say('hotline:place.unknown'),
      store: 'placeAnswer',
      next: 'resolve_place',
    },
    pick_place: {
      type: 'ask_choice',
      prompt: pickPlacePrompt,
      store: 'pickedPlace',
      options: pickPlaceOptions,
      next: 'apply_place',
    },
    apply_place: {
      type: 'decide',
      targets: ['next_question', 'place_again'],
      run: (ctx) => {
        const picked = pickedPlace(ctx);
        if (!picked) return { set: { placeSuggestions: [] }, next: 'place_again' };
        return { set: { placeCode: picked.code, placeLabel: picked.label }, next: 'next_question' };
      },
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
        alurMessage(ctx.vars),
        closingMessage(ctx.vars.reference ?? '', ctx.vars.casePin),
      ],
      next: 'forget_pin',
    },
    forget_pin: {
      type: 'decide',
      targets: ['follow_up'],
      run: () => ({ set: { casePin: undefined }, next: 'follow_up' }),
    },
    follow_up: {
      type: 'ask_text',
      prompt: (ctx) => say(`hotline:follow_up.question${textOnly(ctx, 'files')}`),
      store: 'addition',
      next: 'add_to_case',
    },
    add_to_case: {
      type: 'decide',
      targets: ['follow_up', 'later_safety'],
      run: (ctx) => {
        const params = { reference: ctx.vars.reference ?? '' };
        const story = ctx.vars.story ? `${ctx.vars.story}\n${ctx.vars.addition}` : (ctx.vars.addition ?? '');
        const next = safetyAfterAddition(ctx, 'follow_up');
        // A case holds at most MAX_CASE_TEXT_CHARS of the reporter's words; past it the reporter is
        // told the addition was not kept and offered a person instead.
        if (story.length > MAX_CASE_TEXT_CHARS)
          return { say: [{ keys: ['hotline:follow_up.full'], params }], next };
        return {
          set: { story },
          outputs: [
            { type: 'case_update', patch: { reference: ctx.vars.reference, addNote: ctx.vars.addition } },
          ],
          say: [{ keys: ['hotline:follow_up.saved'], params }],
          next,
        };
      },
    },
    // A reporter back with a reference who tells what happened since is asked about danger once,
    // as a new report would be: the story may be worse than the first.
    later_safety: {
      type: 'ask_choice',
      prompt: say('hotline:safety.question'),
      store: 'danger',
      options: [...yesNo({ yes: 'later_danger', no: 'back_to_additions' })],
      noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'back_to_additions' },
    },
    later_danger: {
      type: 'say',
      say: (ctx) => [emergencyMessage(ctx.vars)],
      outputs: (ctx) => [
        { type: 'alert_officer', reason: 'urgent' },
        // Only the chat's own case is marked; a reference typed from another chat proves nothing.
        ...(ctx.vars.reference
          ? [{ type: 'case_update' as const, patch: { urgent: true, risk: 'high' as const } }]
          : []),
      ],
      next: 'back_to_additions',
    },
    back_to_additions: {
      type: 'decide',
      targets: ['follow_up', 'outside_message'],
      run: (ctx) => ({
        ...(ctx.vars.danger === 'yes' ? { set: { urgent: true } } : {}),
        next: ctx.vars.outsideReference ? 'outside_message' : 'follow_up',
      }),
    },
    stuck: {
      type: 'say',
      say: [say('hotline:stuck')],
      outputs: () => [{ type: 'alert_officer', reason: 'requested' }],
      next: 'open_case',
    },

    // === Returning with a case reference
    returning: {
      type: 'say',
      say: (ctx) => [statusMessage(ctx.vars.statusView, `hotline:returning.add${textOnly(ctx, 'files')}`)],
      next: 'follow_up',
    },
    ask_reference: {
      type: 'ask_text',
      prompt: say('hotline:returning.question'),
      store: 'addition',
      next: 'check_reference',
    },
    check_reference: {
      type: 'decide',
      targets: ['returning', 'outside_reference', 'reference_throttled', 'reference_unknown'],
      run: (ctx) => {
        const { value: answer, outputs } = hotlineServices(ctx.env.services).lookUpReference(
          ctx.vars.addition ?? '',
          ctx.lang,
          ctx.env,
        );
        return answer ? { ...referenceDecision(answer), outputs } : { outputs, next: 'reference_unknown' };
      },
    },
    reference_unknown: {
      type: 'ask_choice',
      prompt: say('hotline:returning.unknown'),
      options: [
        { id: 'again', labelKey: 'hotline:returning.again', next: 'ask_reference' },
        { id: 'report', labelKey: 'hotline:intent.report', next: 'story' },
      ],
    },
    reference_throttled: {
      type: 'end',
      say: [say('hotline:outside.throttled')],
    },

    // === A reference typed in a chat that is not the reporter's own: nothing shown without the PIN
    outside_reference: {
      type: 'say',
      say: [say('hotline:outside.intro')],
      next: 'outside_message',
    },
    outside_message: {
      type: 'ask_text',
      prompt: say('hotline:outside.question'),
      store: 'addition',
      next: 'outside_take',
    },
    outside_take: {
      type: 'decide',
      targets: ['outside_message', 'later_safety'],
      run: (ctx) => {
        const reference = ctx.vars.outsideReference ?? '';
        const text = ctx.vars.addition ?? '';
        const pin = readCasePin(text);
        if (pin) {
          const { value: status, outputs } = hotlineServices(ctx.env.services).statusWithPin(
            reference,
            pin,
            ctx.lang,
            ctx.env,
          );
          return {
            outputs,
            say: [
              status
                ? statusMessage(toStatusView(status), 'hotline:outside.after_pin')
                : say('hotline:outside.pin_wrong'),
            ],
            next: 'outside_message',
          };
        }
        return {
          // Stored apart from the reporter's story, labelled unverified; dropped if no such case.
          outputs: [{ type: 'case_update', patch: { reference, addNote: text, fromOutside: true } }],
          say: [{ keys: ['hotline:outside.saved'], params: { reference } }],
          next: safetyAfterAddition(ctx, 'outside_message'),
        };
      },
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
      onText: { targets: STORY_TARGETS, run: storyInstead },
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
    info_place: {
      type: 'decide',
      targets: ['info_contact', 'info_ask_place', 'info_pick_place', ...STORY_TARGETS],
      run: (ctx) => {
        const text =
          ctx.vars.infoPlace ??
          (ctx.vars.placeAnswer && 'text' in ctx.vars.placeAnswer ? ctx.vars.placeAnswer.text : '');
        if (!text) return { next: 'info_ask_place' };
        const lookup = hotlineServices(ctx.env.services).resolvePlace(text);
        // "Where?" answered with what happened: the story, not a place (safety question next).
        const story = storyInsteadOfPlace(text, lookup, ctx);
        if (story) return { ...story, set: { ...story.set, infoPlace: '' } };
        const choice = placeChoice(lookup);
        if (choice) return { set: { ...choice, infoPlace: '' }, next: 'info_pick_place' };
        if (lookup.type === 'found')
          return { set: { placeCode: lookup.place.code, infoPlace: '' }, next: 'info_contact' };
        return { set: { infoPlace: '' }, next: 'info_ask_place' };
      },
    },
    info_ask_place: {
      type: 'ask_text',
      prompt: (ctx) => say(`hotline:place.question${textOnly(ctx, 'location')}`),
      store: 'infoPlace',
      next: 'info_place',
      noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'info_contact' },
    },
    info_pick_place: {
      type: 'ask_choice',
      prompt: pickPlacePrompt,
      store: 'pickedPlace',
      options: pickPlaceOptions,
      next: 'info_apply_place',
      onText: { targets: STORY_TARGETS, run: storyInstead },
    },
    info_apply_place: {
      type: 'decide',
      targets: ['info_contact', 'info_ask_place'],
      run: (ctx) => {
        const picked = pickedPlace(ctx);
        if (!picked) return { next: 'info_ask_place' };
        return { set: { placeCode: picked.code }, next: 'info_contact' };
      },
    },
    info_contact: {
      type: 'end',
      say: (ctx) => [contactMessage(route(ctx), 'info'), say('hotline:menu_hint')],
    },

    // === Global commands (detours return to where the reporter was)
    choose_language: {
      type: 'ask_choice',
      prompt: say('common:language.question'),
      store: 'language',
      options: (['id', 'en', 'jv', 'su', 'min', 'bug'] as const).map((id) => ({
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
      prompt: say('common:delete.question'),
      store: 'confirmDelete',
      options: [
        { id: 'yes', labelKey: 'common:delete.confirm', next: 'delete_data' },
        { id: 'no', labelKey: 'common:delete.cancel', next: 'delete_cancelled' },
      ],
    },
    delete_cancelled: { type: 'say', say: [say('common:delete.cancelled')], next: RETURN },
    delete_data: {
      type: 'end',
      say: [say('common:delete.done')],
      outputs: () => [{ type: 'erase_reporter_data' }],
    },
  },
  interrupts: {
    // The emergency reply comes in the language the reporter wrote in, when that is clear.
    urgent: (triage, ctx) => ({
      ...languageEffects(triage, ctx.vars),
      say: [emergencyMessage(triage)],
      set: {
        ...languageEffects(triage, ctx.vars).set,
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
      after: { type: 'continue' },
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
      status: (ctx) => ({
        say: [
          ctx.vars.reference
            ? { keys: ['common:status.known'], params: { reference: ctx.vars.reference } }
            : say('common:status.none'),
        ],
        after: { type: 'resume' },
      }),
      exit: () => ({ say: [say('common:exit')], after: { type: 'end' } }),
      // A person, not the bot: the on-call officer is alerted once the case has an office.
      officer: (ctx) => ({
        say: [say(ctx.vars.reference ? 'hotline:handoff.requested' : 'hotline:handoff.requested_first')],
        outputs: [{ type: 'alert_officer', reason: 'requested' }],
        after: { type: 'resume' },
      }),
    },
  },
  // The reference typed from another chat, whose PIN may follow in a later message.
  heldReferences: (vars) => (vars.outsideReference ? [vars.outsideReference] : []),
});

/** A story typed at the consent question: kept, and consent asked again with thanks. */
function storyBeforeConsent(
  text: string,
  ctx: Ctx<HotlineVars>,
): Decision<HotlineVars, 'consent_after_story'> | undefined {
  if (!isStory(text, ctx.env.triage(text))) return undefined;
  return { ...absorb(text, ctx), next: 'consent_after_story' };
}

/**
 * A story typed where the bot asked something else (an information menu, "which place?"): kept, and
 * the reporter is asked about danger before anything else — after the privacy notice and consent
 * when they have not given it yet.
 */
function storyInstead(
  text: string,
  ctx: Ctx<HotlineVars>,
): Decision<HotlineVars, (typeof STORY_TARGETS)[number]> | undefined {
  if (!isStory(text, ctx.env.triage(text))) return undefined;
  const story = absorb(text, ctx);
  if (!ctx.vars.consent) {
    const offer = story.lang || ctx.vars.languageDecided ? {} : { offerLanguage: true };
    return { ...story, set: { ...story.set, ...offer }, next: 'greeting' };
  }
  return { ...story, next: ctx.vars.urgent ? 'next_question' : 'safety' };
}

/** An answer to "where?" that tells what happened and names no place the directory knows. */
function storyInsteadOfPlace(text: string, lookup: PlaceLookup, ctx: Ctx<HotlineVars>) {
  if (lookup.type !== 'unknown') return undefined;
  return storyInstead(text, ctx);
}

/**
 * A story typed at the language menu: its language is the reporter's choice (when clear), and it
 * is handled as it would have been at the question they left. The detour is not returned from, so
 * its return entry stays unused on the stack (harmless: every later detour pushes its own).
 */
function storyAtLanguageMenu(
  text: string,
  ctx: Ctx<HotlineVars>,
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

/** After an addition from a returning reporter: the safety question, once, when it told a story. */
function safetyAfterAddition<S extends 'follow_up' | 'outside_message'>(
  ctx: Ctx<HotlineVars>,
  back: S,
): S | 'later_safety' {
  const text = ctx.vars.addition ?? '';
  if (ctx.vars.urgent || ctx.vars.danger || !isStory(text, ctx.env.triage(text))) return back;
  return 'later_safety';
}
