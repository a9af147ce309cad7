import type { Category, Language, MediaKind } from '../../src/engine/types.js';

/** What the hotline conversation collects. All of it is stored encrypted with the snapshot. */
export interface HotlineVars {
  /** 'vital_interest': an urgent case, handled without asking first (UU PDP Ps. 20). */
  consent: 'yes' | 'no' | 'vital_interest';
  intent: 'report' | 'info' | 'reference';
  /** Everything the reporter told us about what happened, in their words. */
  story: string;
  categories: Category[];
  /** The reporter confirmed (or chose) the categories. */
  categoriesConfirmed: boolean;
  categoryAnswer: 'yes' | 'no';
  pickedCategory: Category;
  role: 'victim' | 'witness' | 'parent' | 'unknown';
  child: 'yes' | 'no' | 'unknown';
  when: 'ongoing' | 'recent' | 'past' | 'unknown';
  danger: 'yes' | 'no';
  urgent: boolean;
  /** The questions proved hard to answer by chat: only the place is still asked before the case. */
  gaveUp: boolean;
  selfHarm: boolean;
  injury: boolean;
  abroad: boolean;
  placeAnswer: { text: string } | { lat: number; lon: number };
  placeTries: number;
  /** Names suggested after an unknown place ("Did you mean …"). */
  placeSuggestions: string[];
  /** Places sharing the typed name, offered to choose from. */
  placeCandidates: { code: string; label: string }[];
  /** The one candidate is a guess from a typo ("Maksud Anda …?"), not one of several namesakes. */
  placeGuessed: boolean;
  pickedPlace: string;
  placeCode: string;
  placeLabel: string;
  /** Set when a shared location chose the office directly. */
  locationOfficeId: string;
  /** The case of this chat (never one typed from another chat: see outsideReference). */
  reference: string;
  /** A new case's PIN, only between opening the case and showing it once; never saved. */
  casePin: string;
  /** A reference typed in this chat for a case that is not this chat's own (or is no case at all). */
  outsideReference: string;
  /** The status to show a returning reporter (their own chat, or with the PIN). */
  statusView: { reference: string; office: string; date: string; handling?: 'taken' | 'waiting' };
  infoTopic: InfoTopic;
  infoPlace: string;
  /** The story came as "does this count?": the safety question first says that it can, and whose fault it is not. */
  askedIfCounts: boolean;
  language: Language;
  /** The conversation's language is settled (a clear first text, or the reporter's own choice). */
  languageDecided: boolean;
  /** The first message was too short to tell the language: the greeting offers the others. */
  offerLanguage: boolean;
  confirmDelete: 'yes' | 'no';
  addition: string;
  /** Files sent before the case was opened. */
  evidence: { kind: MediaKind; mediaId: string }[];
}

export type InfoTopic =
  | 'alur'
  | 'contact'
  | 'kdrt'
  | 'sexual_violence'
  | 'online'
  | 'tppo'
  | 'service'
  /** "Does this count as violence?" */
  | 'counts';
