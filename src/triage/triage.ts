import { categorize, childAtRisk, urgentCategories } from './categories.js';
import { detectRole, detectWhen, isAbroad } from './context.js';
import { modelSaysUrgent } from './model/urgency-score.js';
import { readMessage } from './read.js';
import type { TriageHints, TriageResult, UrgencyDecider, UrgentSignal } from './types.js';
import { urgentSignals } from './urgency.js';

/**
 * Triage of one free-text message: pure, synchronous and fast (no I/O, no models). The steps
 * run in order: normalise → detect the language → find cues in Indonesian, English and the
 * detected language → decide child, categories, urgency and context from the cues.
 */
export function triage(text: string, hints?: TriageHints): TriageResult {
  const reading = readMessage(text, hints);
  const { language, confidence, cues, child, facts, situation } = reading;
  const ruleCategories = categorize(cues, child, facts);
  const ruleSignals = urgentSignals(cues, child, facts);
  const signals: UrgentSignal[] =
    situation.signal === undefined || ruleSignals.includes(situation.signal)
      ? ruleSignals
      : [...ruleSignals, situation.signal];
  // The learned second opinion: urgent if either the rules or the model say so (model/README.md).
  const modelUrgent = modelSaysUrgent(reading);
  const decidedBy: UrgencyDecider[] = [
    ...(ruleSignals.length > 0 ? (['rules'] as const) : []),
    ...(situation.signal === undefined ? [] : (['situation'] as const)),
    ...(modelUrgent ? (['model'] as const) : []),
  ];
  const urgent = signals.length > 0 || modelUrgent;
  const childVictim = child.child && childAtRisk(cues, facts);
  const categories = urgent ? urgentCategories(cues, childVictim, ruleCategories) : ruleCategories;
  const role = detectRole(cues);
  const when = detectWhen(cues);
  return {
    language,
    languageConfidence: confidence,
    categories,
    urgent,
    urgentSignals: signals,
    decidedBy,
    ...(role === undefined ? {} : { role }),
    child: childVictim,
    ...(when === undefined ? {} : { when }),
    selfHarm: cues.of('self_harm').some((h) => !cues.negated(h)),
    injury: signals.includes('injury'),
    abroad: isAbroad(cues),
  };
}
