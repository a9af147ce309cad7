/**
 * The vocabulary of a triage result. Labels follow shared/domain/triage-labels.md; the comments
 * here only say what a field means to the caller.
 */

// The languages and categories are the service's, one list each (src/engine/types.ts).
import type { Category, Language } from '../engine/types.js';

export { CATEGORIES, type Category, LANGUAGES, type Language } from '../engine/types.js';

export const URGENT_SIGNALS = [
  'violence_now',
  'weapon',
  'confined',
  'hiding',
  'injury',
  'self_harm',
  'child_danger',
  'sextortion_deadline',
  'threat_to_kill',
] as const;
export type UrgentSignal = (typeof URGENT_SIGNALS)[number];

/**
 * What made a message urgent: `rules` are the named danger rules in urgency.ts (each raises one
 * signal); `situation` is the composition of an act of harm with immediacy, severity or lost
 * control in situation.ts; `model` is the learned second opinion in model/ (it names no signal).
 */
export const URGENCY_DECIDERS = ['rules', 'situation', 'model'] as const;
export type UrgencyDecider = (typeof URGENCY_DECIDERS)[number];

export type Role = 'victim' | 'witness' | 'parent';
export type When = 'ongoing' | 'recent' | 'past';

export interface TriageResult {
  language: Language;
  /** 0..1; below about 0.5 the text is too short or mixed to trust (the caller defaults to `id`). */
  languageConfidence: number;
  /** Never empty; `other` only ever appears alone. */
  categories: Category[];
  urgent: boolean;
  /** Why the message is urgent; empty when it is not, or when only the model found it. */
  urgentSignals: UrgentSignal[];
  /** Which parts found the urgency (empty when not urgent). */
  decidedBy: UrgencyDecider[];
  /** Who is writing, when the text says so. */
  role?: Role;
  /** The victim, or someone explicitly at risk, is under 18 now. */
  child: boolean;
  when?: When;
  /** Suicidal intent or self-harm is mentioned (the bot adds 119 ext. 8). */
  selfHarm: boolean;
  /** An injury that needs care now (the bot adds 119). */
  injury: boolean;
  /** Migrant-worker or abroad context (the bot adds KP2MI and KBRI advice). */
  abroad: boolean;
}

export interface TriageHints {
  /** The platform's language code (e.g. Telegram `language_code`): a weak prior only. */
  platformLanguage?: string;
}
