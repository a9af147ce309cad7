import { type CaseFacts, caseFacts } from './categories.js';
import { type ChildEvidence, childEvidence } from './child.js';
import { detectFromTokens } from './language-detect.js';
import { type NormalizedText, normalize, withPassivesJoined } from './normalize.js';
import { type Scan, scan } from './scan.js';
import { readSituation, type Situation } from './situation.js';
import type { Language, TriageHints } from './types.js';

// Longer than any chat message a reporter types (Telegram caps messages at 4096 characters); a
// pasted document is triaged on its beginning so the cost per message stays bounded.
export const MAX_TRIAGE_CHARS = 4096;

/**
 * The first steps of triage, shared by triage() and by the learned second opinion's training (so
 * the model is trained on exactly the parts it is shown at run time): normalise → detect the
 * language → find cues → read child, case facts and the composed situation.
 */
export interface MessageReading {
  /** The text as triaged: the message's first MAX_TRIAGE_CHARS characters. */
  text: string;
  normalized: NormalizedText;
  language: Language;
  confidence: number;
  cues: Scan;
  child: ChildEvidence;
  facts: CaseFacts;
  situation: Situation;
}

export function readMessage(message: string, hints?: TriageHints): MessageReading {
  const text = message.slice(0, MAX_TRIAGE_CHARS);
  const normalized = normalize(text);
  const { language, confidence } = detectFromTokens(normalized.tokens, hints);
  const cues = scan(withPassivesJoined(normalized), language);
  const child = childEvidence(cues);
  const facts = caseFacts(cues, child);
  const situation = readSituation(cues, child, facts);
  return { text, normalized, language, confidence, cues, child, facts, situation };
}
