/**
 * The engine's core interfaces — read this file first.
 *
 * A flow is a typed state machine. `step()` feeds it one input and returns the next snapshot plus
 * outputs: data describing what the host must do (send a message, set a timer, update the case).
 * Nothing here performs I/O, reads the clock or draws random numbers; all of that arrives in `Env`.
 */

// === Languages and messages

/** Conversation languages. Regional ones fall back to Indonesian for any missing string. */
export const LANGUAGES = ['id', 'en', 'jv', 'su', 'min', 'bug'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * What a report is about (shared/domain/triage-labels.md), in the order a reporter is offered them:
 * triage's labels, the flow's choices and the stored case's categories all use this list.
 */
export const CATEGORIES = ['kdrt', 'sexual_violence', 'online', 'tppo', 'child', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Where a conversation happens. Flows never branch on it ("nothing past the adapter knows which
 * platform a message came from"), but the stored messages, the officers' roster and the outbox
 * name it, so the one list lives here with the other shared vocabularies.
 */
export const CHANNELS = ['telegram', 'whatsapp_cloud', 'whatsapp_baileys', 'webchat', 'console'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** A param is a value, or i18n keys translated in the message's language (joined with " + "). */
export type MessageParams = Record<string, string | number | { keys: string[] }>;

/**
 * One bot message: i18n keys joined as paragraphs, plus the choices offered with it. A part may carry
 * its own params, and `line: true` joins it to the previous part with a line break, not a paragraph.
 */
export interface Message {
  keys: MessagePart[];
  params?: MessageParams;
  options?: OptionView[];
}

export type MessagePart = string | { key: string; params?: MessageParams; line?: boolean };

/**
 * A choice as the channel shows it: a stable id (button payload) and the label's i18n key — or a
 * literal `label` for names that are not translated (places, offices).
 */
export interface OptionView {
  id: string;
  labelKey?: string;
  label?: string;
}

// === Inputs

export type Input =
  | { type: 'text'; text: string }
  | { type: 'choice'; optionId: string }
  | { type: 'location'; lat: number; lon: number }
  | { type: 'media'; kind: MediaKind; mediaId: string }
  | { type: 'command'; name: CommandName }
  | { type: 'timer_fired'; name: string; token: number };

export type MediaKind = 'image' | 'audio' | 'video' | 'document';

/** Global commands a reporter can type at any step, in any language. */
export const COMMANDS = ['start', 'help', 'menu', 'language', 'status', 'delete', 'exit', 'officer'] as const;
export type CommandName = (typeof COMMANDS)[number];

// === Outputs

export type Output =
  | { type: 'send_message'; message: Message }
  | { type: 'timer_set'; name: string; at: number; token: number }
  | { type: 'timer_cancel'; name: string }
  | { type: 'case_update'; patch: CasePatch }
  | { type: 'alert_officer'; reason: 'urgent' | 'requested' }
  | { type: 'erase_reporter_data' }
  | { type: 'conversation_ended' }
  | { type: 'conversation_failed'; reason: string }
  /** A reference look-up from another chat, or a wrong PIN, counted against the guard's limits. */
  | { type: 'attempt_recorded'; kind: AttemptKind; keys: string[] }
  /** A refusal worth a trace for the office (ids and times only, never text). */
  | { type: 'audit'; action: 'reference_throttled' | 'pin_paused'; caseId?: string };

export type AttemptKind = 'reference_lookup' | 'pin_failure';

/** What a flow records about a report. `details` is free text: the host stores it encrypted. */
export interface CasePatch {
  reference?: string;
  categories?: string[];
  urgent?: boolean;
  risk?: 'high' | 'medium' | 'low';
  regionCode?: string;
  officeId?: string;
  details?: Record<string, unknown>;
  /**
   * A new case's PIN, shown once with its reference: from another phone the status needs both.
   * The host stores only a keyed hash of it.
   */
  pin?: string;
  /**
   * The note comes from a chat that typed the case's reference, not necessarily the reporter's: the
   * host keeps it apart from the story, marked unverified, and drops it when no such case exists.
   */
  fromOutside?: boolean;
  /** Appended to the case's notes (a reporter adding to their story later). */
  addNote?: string;
  /** Appended to the case's evidence (a photo, voice note or document). */
  addEvidence?: { kind: MediaKind; mediaId: string };
}

// === Snapshot

/** Everything the engine needs to resume a conversation; the host stores it encrypted. */
export interface Snapshot<V = Vars> {
  flowId: string;
  state: string;
  vars: V;
  lang: Language;
  /** Unrecognised answers at the current prompt; reset whenever the prompt changes. */
  retries: number;
  /** Bumped each time a prompt starts waiting, so a timer set for an older prompt is ignored. */
  waitToken: number;
  /** States to come back to after a detour (help, language choice). */
  returnStack: string[];
  /** Options computed for the current prompt, so the answer is matched against what was shown. */
  shownOptions?: OptionView[];
  ended: boolean;
}

export type Vars = Record<string, unknown>;

// === Environment (the ports the host provides)

export interface TriageView {
  language: Language;
  languageConfidence: number;
  categories: string[];
  urgent: boolean;
  selfHarm: boolean;
  injury: boolean;
  abroad: boolean;
  child: boolean;
  role?: 'victim' | 'witness' | 'parent';
  when?: 'ongoing' | 'recent' | 'past';
}

/**
 * What the host loaded for this step before it ran. A decision reads these and never storage: the
 * same snapshot, input and facts always give the same outputs.
 */
export interface StepFacts {
  /**
   * A case reference no case uses (easy to read aloud) and a fresh PIN (digits), for the case this
   * step may open; the PIN is shown to the reporter once with its reference.
   */
  reserved: { reference: string; pin: string };
  /** The cases named by the references this step may read: typed in the input, or held by the flow. */
  cases: CaseFact[];
  /** Recent look-ups and wrong PINs; the reference guard's limits decide on these counts. */
  attempts: AttemptCounts;
}

export interface CaseFact {
  id: string;
  reference: string;
  /** Opened by the chat this step serves. */
  ownChat: boolean;
  /** Erased on request: only an anonymous count is left, and its reference finds nothing. */
  anonymized: boolean;
  officeId?: string;
  createdAt: number;
  /**
   * Where officers are with it: `taken` while an officer holds it, `waiting` while its alert or
   * notice waits for one; absent when neither (closed, or never announced).
   */
  handling?: 'taken' | 'waiting';
  /** Wrong PINs typed for this case lately, from all chats. */
  pinFailures: number;
  /** Compares a typed PIN with the case's stored keyed hash (a computation over loaded data). */
  pinMatches(pin: string): boolean;
}

export interface AttemptCounts {
  /** References this chat typed for cases not its own, within the guard's window. */
  referenceLookupsByChat: number;
  /** The same over all chats. */
  referenceLookupsTotal: number;
  /** Wrong PINs this chat typed within the window. */
  pinFailuresByChat: number;
}

/** No references in play: the guard's counts were not needed, so none were loaded. */
export const NO_ATTEMPTS: AttemptCounts = {
  referenceLookupsByChat: 0,
  referenceLookupsTotal: 0,
  pinFailuresByChat: 0,
};

export interface Env<Services = unknown> {
  /** Milliseconds since the epoch, from the host's clock. */
  now: number;
  facts: StepFacts;
  /**
   * The host's id for the chat this step serves. Services use it to tell a reporter's own case
   * from a reference typed in some other chat; the flow only passes it on.
   */
  chat: string;
  triage(text: string): TriageView;
  /** The label of a choice and its synonyms, in the given language (normalised, lower case). */
  choiceWords(labelKey: string, lang: Language): string[];
  /** A whole message that is a global command in any language ("hapus", "help", "/start"). */
  matchCommand(text: string): CommandName | undefined;
  /** Flow-specific services (directory look-ups, ...): their type is the flow's (see defineFlow). */
  services: Services;
  /**
   * What the reporter's channel can send besides text, so a flow never asks for what cannot arrive
   * (the web chat takes no location and no files). Absent: everything.
   */
  receives?: ChannelReceives;
}

export interface ChannelReceives {
  location: boolean;
  files: boolean;
}
