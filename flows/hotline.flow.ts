/**
 * The hotline conversation. Greets discreetly, asks consent, then takes a report (what happened)
 * and closes with a case reference — or gives information without creating a report.
 * Urgent signals in any message interrupt every step with the emergency numbers.
 */
import { defineFlow, RETURN } from '../src/engine/flow-definition.js';
import type { Language, Message } from '../src/engine/types.js';

export interface HotlineVars {
  consent: 'yes' | 'no';
  intent: 'report' | 'info';
  story: string;
  reference: string;
  urgent: boolean;
  language: Language;
  confirmDelete: 'yes' | 'no';
}

const say = (...keys: string[]): Message => ({ keys });

/** The emergency numbers first (safety rule 1): 112, police, SAPA 129. */
const EMERGENCY: Message = say('common:emergency');

/** Reporters who go quiet get one reminder after this long; the prompt stays open. */
const STORY_REMINDER_SECONDS = 30 * 60;

export const hotlineFlow = defineFlow<HotlineVars>()({
  id: 'hotline',
  initial: 'greeting',
  states: {
    greeting: { type: 'say', say: [say('hotline:greeting', 'hotline:privacy')], next: 'consent' },
    consent: {
      type: 'ask_choice',
      prompt: say('hotline:consent.question'),
      store: 'consent',
      options: [
        { id: 'yes', labelKey: 'common:yes', next: 'intent' },
        { id: 'no', labelKey: 'common:no', next: 'no_consent' },
      ],
      noMatch: { after: 2, next: 'no_consent' },
    },
    no_consent: { type: 'end', say: [say('hotline:no_consent'), EMERGENCY] },
    intent: {
      type: 'ask_choice',
      prompt: say('hotline:intent.question'),
      store: 'intent',
      options: [
        { id: 'report', labelKey: 'hotline:intent.report', next: 'story' },
        { id: 'info', labelKey: 'hotline:intent.info', next: 'information' },
      ],
    },
    story: {
      type: 'ask_text',
      prompt: say('hotline:story.question'),
      store: 'story',
      timeout: { seconds: STORY_REMINDER_SECONDS, next: 'story_reminder' },
      next: 'open_case',
    },
    story_reminder: { type: 'say', say: [say('hotline:story.reminder')], next: 'story_late' },
    story_late: {
      type: 'ask_text',
      prompt: say('hotline:story.question'),
      store: 'story',
      next: 'open_case',
    },
    open_case: {
      type: 'decide',
      targets: ['closing'],
      run: (ctx) => {
        const reference = ctx.vars.reference ?? ctx.env.newCaseReference();
        const triage = ctx.env.triage(ctx.vars.story ?? '');
        return {
          set: { reference },
          outputs: [
            {
              type: 'case_update',
              patch: {
                reference,
                categories: triage.categories,
                urgent: ctx.vars.urgent === true || triage.urgent,
                risk: ctx.vars.urgent || triage.urgent ? 'high' : 'medium',
                details: { story: ctx.vars.story },
              },
            },
          ],
          next: 'closing',
        };
      },
    },
    closing: {
      type: 'end',
      say: (ctx) => [{ keys: ['hotline:closing'], params: { reference: ctx.vars.reference ?? '' } }],
    },
    information: { type: 'end', say: [say('hotline:information')] },

    // === Global commands (detours return to where the reporter was)
    choose_language: {
      type: 'ask_choice',
      prompt: say('common:language.question'),
      store: 'language',
      options: [
        { id: 'id', labelKey: 'common:language.id' },
        { id: 'en', labelKey: 'common:language.en' },
        { id: 'jv', labelKey: 'common:language.jv' },
        { id: 'su', labelKey: 'common:language.su' },
        { id: 'min', labelKey: 'common:language.min' },
        { id: 'bug', labelKey: 'common:language.bug' },
      ],
      next: 'apply_language',
    },
    apply_language: {
      type: 'decide',
      targets: [RETURN],
      run: (ctx) => ({
        lang: ctx.vars.language ?? ctx.lang,
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
    urgent: (triage, ctx) => ({
      say: [triage.selfHarm ? say('common:emergency', 'common:emergency_self_harm') : EMERGENCY],
      set: { urgent: true },
      outputs: [
        { type: 'alert_officer', reason: 'urgent' },
        ...(ctx.vars.reference
          ? [{ type: 'case_update' as const, patch: { urgent: true, risk: 'high' as const } }]
          : []),
      ],
      after: { type: 'continue' },
    }),
    commands: {
      help: () => ({ say: [say('common:help')], after: { type: 'resume' } }),
      menu: () => ({ after: { type: 'goto', state: 'greeting' } }),
      language: () => ({ after: { type: 'detour', state: 'choose_language' } }),
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
    },
  },
});
