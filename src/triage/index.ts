/**
 * Public API of the triage module. Read triage.ts for the pipeline and triage-labels.md
 * (shared/domain) for what each label means.
 *
 * @example
 * triage('tolong suami saya lagi mukulin saya');
 * // → { language: 'id', categories: ['kdrt'], urgent: true, urgentSignals: ['violence_now'], … }
 */
export {
  type CategoryFigures,
  type EvaluationReport,
  evaluate,
  type LabelledExample,
  type LanguageFigures,
  type Mistake,
  parseExamples,
} from './evaluate.js';
export { detectLanguage, type LanguageGuess } from './language-detect.js';
export { triage } from './triage.js';
export { CATEGORIES, LANGUAGES } from './types.js';
export type {
  Category,
  Language,
  Role,
  TriageHints,
  TriageResult,
  UrgencyDecider,
  UrgentSignal,
  When,
} from './types.js';
