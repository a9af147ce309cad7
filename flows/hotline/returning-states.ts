/**
 * Back with a case reference: the own chat's case shows its status and takes additions; a
 * reference typed in another chat shows nothing without its PIN and takes a note for the office.
 * A story told here is followed by the safety question, once.
 */
import { MAX_CASE_TEXT_CHARS } from '../../src/engine/text-limits.js';
import { emergencyMessage, say } from './hotline-messages.js';
import { isChoiceWord, isQuestion, isSkip, isStory, readCasePin } from './hotline-reading.js';
import { normalizeAnswer } from '../../src/engine/text-normalize.js';
import type { CaseStatus, ReferenceAnswer } from './hotline-services.js';
import {
  type HotlineCtx,
  MAX_NOT_UNDERSTOOD,
  type ReturningState,
  type States,
  textOnly,
  yesNo,
} from './hotline-states.js';
import type { HotlineVars } from './hotline-vars.js';

type V = HotlineVars;

/** Where a case reference typed at a menu or a question may lead (`referenceDecision`). */
export const REFERENCE_TARGETS = ['returning', 'outside_reference', 'reference_throttled'] as const;

export const returningStates: States<ReturningState> = {
  follow_up: {
    type: 'ask_text',
    prompt: (ctx) => say(`hotline:follow_up.question${textOnly(ctx, 'files')}`),
    store: 'addition',
    next: 'add_to_case',
  },
  add_to_case: {
    type: 'decide',
    targets: ['follow_up', 'later_safety', ...REFERENCE_TARGETS],
    run: (ctx) => {
      // "XNX-RY7", "saya mau tanya laporan XNX-RY7": asking about a case, not adding to the story
      // (a story that names its reference is still an addition).
      const text = ctx.vars.addition ?? '';
      // A question that names the case ("gmn laporan sy XNX-RY7 udh ada yg tangani?") asks for its
      // status even when it tells something (reporter trial 2: it was kept as an addition).
      const question = isQuestion(text);
      const asked = isStory(text, ctx.env.triage(text)) && !question ? undefined : typedReference(text, ctx);
      if (asked) return asked;
      // A tap on an old button or a bare yes/no ("2", "ya") after the case opened tells nothing:
      // not added to the case (officer trial: the story read "Tambahan dari pelapor: 2 / 1 / 2").
      if (isStaleAnswer(text, ctx)) return { next: 'follow_up' };
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
        // A question is kept for the officer to answer, and the reporter is told so, not only
        // that an addition was saved (reporter trial 2: "will I get in trouble?" got "saved").
        say: [{ keys: [question ? 'hotline:follow_up.question_saved' : 'hotline:follow_up.saved'], params }],
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
    targets: [...REFERENCE_TARGETS, 'reference_unknown'],
    run: (ctx) => {
      const { value: answer, outputs } = ctx.env.services.hotline.lookUpReference(
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
        const { value: status, outputs } = ctx.env.services.hotline.statusWithPin(
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
};

/** What a status message names: the reference, its office (SAPA 129 when none) and the day. */
export const toStatusView = (status: CaseStatus): NonNullable<V['statusView']> => ({
  reference: status.reference,
  office: status.officeName ?? 'SAPA 129',
  date: status.receivedOn,
  ...(status.handling ? { handling: status.handling } : {}),
});

/** "An officer is handling it" or "nobody has taken it yet" under a status, when either is so. */
export function handlingPart(view: V['statusView'] | undefined): string[] {
  return view?.handling ? [`common:status.${view.handling}`] : [];
}

/**
 * A case reference typed where the bot asked something else (the main menu, the prompt after a
 * report): the reporter is back about that case, and is answered as if they had opened with it.
 */
export function typedReference(text: string, ctx: HotlineCtx) {
  const { value: answer, outputs } = ctx.env.services.hotline.lookUpReference(text, ctx.lang, ctx.env);
  if (!answer) return undefined;
  const found = referenceDecision(answer);
  return { set: found.set, outputs, next: found.next };
}

/** Where a typed reference leads: the own case's status, the other-chat path, or a pause. */
export function referenceDecision(answer: ReferenceAnswer) {
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
  view
    ? { keys: ['hotline:returning.status', ...handlingPart(view), then], params: { ...view } }
    : say('common:status.none');
/** After an addition from a returning reporter: the safety question, once, when it told a story. */
function safetyAfterAddition<S extends 'follow_up' | 'outside_message'>(
  ctx: HotlineCtx,
  back: S,
): S | 'later_safety' {
  const text = ctx.vars.addition ?? '';
  if (ctx.vars.urgent || ctx.vars.danger || !isStory(text, ctx.env.triage(text))) return back;
  return 'later_safety';
}

/** An option's number, or a lone yes, no or skip word, in any language: an answer, not news. */
function isStaleAnswer(text: string, ctx: HotlineCtx): boolean {
  return (
    /^\d{1,2}$/.test(normalizeAnswer(text)) || isSkip(text, ctx) || isChoiceWord(text, 'common:yes', ctx)
  );
}
