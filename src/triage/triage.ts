import { caseFacts, categorize, childAtRisk, urgentCategories } from './categories.js';
import { childEvidence } from './child.js';
import { detectRole, detectWhen, isAbroad } from './context.js';
import { detectFromTokens } from './language-detect.js';
import { normalize } from './normalize.js';
import { scan } from './scan.js';
import { readSituation } from './situation.js';
import { modelUrgencyScore, URGENCY_THRESHOLD } from './model/urgency-score.js';
import type { TriageHints, TriageResult, UrgencyDecider, UrgentSignal } from './types.js';
import { urgentSignals } from './urgency.js';

// Longer than any chat message a reporter types (Telegram caps messages at 4096 characters); a
// pasted document is triaged on its beginning so the cost per message stays bounded.
const MAX_TRIAGE_CHARS = 4096;

/**
 * Triage of one free-text message: pure, synchronous and fast (no I/O, no models). The steps
 * run in order: normalise → detect the language → find cues in Indonesian, English and the
 * detected language → decide child, categories, urgency and context from the cues.
 */
export function triage(text: string, hints?: TriageHints): TriageResult {
  const normalized = normalize(text.slice(0, MAX_TRIAGE_CHARS));
  const { language, confidence } = detectFromTokens(normalized.tokens, hints);
  const cues = scan(normalized, language);
  const child = childEvidence(cues);
  const facts = caseFacts(cues, child);
  const ruleCategories = categorize(cues, child, facts);
  const ruleSignals = urgentSignals(cues, child, facts);
  const situation = readSituation(cues, child, facts);
  const signals: UrgentSignal[] =
    situation.signal === undefined || ruleSignals.includes(situation.signal)
      ? ruleSignals
      : [...ruleSignals, situation.signal];
  // The learned second opinion: urgent if either the rules or the model say so (model/README.md).
  const modelUrgent = modelUrgencyScore(text.slice(0, MAX_TRIAGE_CHARS)) > URGENCY_THRESHOLD;
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
