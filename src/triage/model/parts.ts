import type { CueKind } from '../cue-kinds.js';
import type { MessageReading } from '../read.js';
import { habitualInClause, hitTime, messageIsNow, safeNow } from '../time-context.js';
import { LANGUAGES } from '../types.js';

/**
 * The rule layer's own parts, shown to the learned second opinion as yes/no features beside the
 * n-grams, so it can learn what words alone cannot ("a blow told in the past is over"). Only the
 * parts are shown, never a rule's decision: the rules were written from the same examples the
 * model is trained on, so their decisions there are nearly always right and a model that learnt
 * to copy them would add nothing where they miss. Reading the parts changes no rule decision.
 */

// Cue kinds shown as present (not negated) anywhere in the message.
const PRESENT_KINDS: readonly CueKind[] = [
  // time and how sure it is
  'past',
  'habitual',
  'childhood',
  'news',
  'present',
  'tonight',
  'recent',
  'last_day',
  'ongoing_since',
  'witness',
  'here_now',
  'safe',
  'no_harm',
  'custody',
  'info_request',
  'joke',
  'intent',
  // harm and danger
  'help',
  'fear',
  'approach',
  'weapon',
  'kill',
  'violence',
  'strangle',
  'acute',
  'sexual',
  'confinement',
  'free_to_leave',
  'hiding',
  'injury',
  'pain',
  'immobile',
  'self_harm',
  'overdose',
  'phone_taken',
  'threat',
  'psych',
  'neglect',
  'taken',
  'missing',
  'alone',
  'room_entry',
  'stay_over',
  'deadline',
  'plea',
  'crying',
  'drunk',
  'search',
  // who and where
  'first_person',
  'third_party',
  'abroad',
  'agent',
  'work',
  'trafficking',
  'extortion',
  'blackmail',
  'intimate_image',
];

// Acts of harm whose time the parts below read (situation.ts, urgency.ts).
const HARM_KINDS: readonly CueKind[] = [
  'violence',
  'strangle',
  'acute',
  'kill',
  'sexual',
  'weapon',
  'confinement',
  'injury',
  'taken',
];

// Any sign of harm or danger at all: a message of time words, children and family with none of
// these ("tonight I'm alone with my kids") is a plan, not a danger. A linear model cannot combine
// "now" with "harm" by itself, so the parts below say when time comes without any harm.
const ANY_HARM: readonly CueKind[] = [
  ...HARM_KINDS,
  'self_harm',
  'overdose',
  'threat',
  'psych',
  'room_entry',
  'missing',
  'abandoned',
  'hiding',
  'immobile',
  'phone_taken',
  'plea',
];

const LENGTHS = [5, 12, 25, 50] as const;

/** The names of the parts, in feature order (the model file records how many there are). */
export const PART_NAMES: readonly string[] = [
  'situation.act',
  'situation.immediacy',
  'situation.severity',
  'situation.control',
  'message.now',
  'message.safe',
  ...PRESENT_KINDS.map((kind) => `cue.${kind}`),
  'harm.present',
  'harm.undated',
  'harm.past',
  'harm.habitual',
  'harm.only_past',
  'harm.none',
  'harm.negated_only',
  'now.without_harm',
  'tonight.without_harm',
  'child.without_harm',
  'child',
  'child.explicit',
  'facts.sexual',
  'facts.family',
  'facts.sextortion',
  'facts.grooming',
  'facts.forced_marriage',
  ...LENGTHS.map((n) => `tokens<=${n}`),
  `tokens>${LENGTHS[LENGTHS.length - 1]}`,
  ...LANGUAGES.map((language) => `language.${language}`),
];

/** Calls `visit` with the index (into PART_NAMES) of each part the message shows, in order. */
export function forEachPart(reading: MessageReading, visit: (part: number) => void): void {
  const { cues, situation, child, facts, language, normalized } = reading;
  let index = 0;
  const mark = (on: boolean) => {
    if (on) visit(index);
    index += 1;
  };
  mark(situation.parts.act);
  mark(situation.parts.immediacy);
  mark(situation.parts.severity);
  mark(situation.parts.control);
  mark(messageIsNow(cues));
  mark(safeNow(cues));
  for (const kind of PRESENT_KINDS) mark(cues.of(kind).some((hit) => !cues.negated(hit)));
  let present = false;
  let undated = false;
  let past = false;
  let habitual = false;
  for (const kind of HARM_KINDS) {
    for (const hit of cues.of(kind)) {
      if (cues.negated(hit)) continue;
      if (habitualInClause(cues, hit)) {
        habitual = true;
        continue;
      }
      const time = hitTime(cues, hit);
      if (time === 'past') past = true;
      else if (time === undefined) undated = true;
      else present = true;
    }
  }
  mark(present);
  mark(undated);
  mark(past);
  mark(habitual);
  // Every act of harm told is over or a habit: "harm + past" is a story, not a danger now.
  mark((past || habitual) && !present && !undated);
  const harm = ANY_HARM.some((kind) => cues.of(kind).some((hit) => !cues.negated(hit)));
  const negatedHarm = !harm && ANY_HARM.some((kind) => cues.of(kind).length > 0);
  mark(!harm);
  mark(negatedHarm);
  mark(!harm && messageIsNow(cues));
  mark(!harm && cues.of('tonight').some((hit) => !cues.negated(hit)));
  mark(!harm && child.child);
  mark(child.child);
  mark(child.explicitMinor);
  mark(facts.sexual);
  mark(facts.familyPerpetrator);
  mark(facts.sextortion);
  mark(facts.grooming);
  mark(facts.forcedMarriage);
  const tokens = normalized.tokens.length;
  let bucket = LENGTHS.findIndex((n) => tokens <= n);
  if (bucket < 0) bucket = LENGTHS.length;
  for (let i = 0; i <= LENGTHS.length; i += 1) mark(i === bucket);
  for (const l of LANGUAGES) mark(l === language);
}
