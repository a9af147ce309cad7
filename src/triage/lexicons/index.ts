import type { Language } from '../types.js';
import { BUG_LEXICON } from './bug.js';
import { EN_LEXICON } from './en.js';
import { ID_LEXICON } from './id.js';
import { JV_LEXICON } from './jv.js';
import type { Lexicon } from './lexicon.js';
import { MIN_LEXICON } from './min.js';
import { SU_LEXICON } from './su.js';

export type { Lexicon } from './lexicon.js';

/** One lexicon per language; adding a language means adding a file and a line here. */
export const LEXICONS = {
  id: ID_LEXICON,
  en: EN_LEXICON,
  jv: JV_LEXICON,
  su: SU_LEXICON,
  min: MIN_LEXICON,
  bug: BUG_LEXICON,
} as const satisfies Record<Language, Lexicon>;
