/**
 * How the hotline flow reads free text: a story pre-fills what it can (category, who is writing, a
 * child, when, the place, the language), and a few whole answers mean "skip" or name a language.
 */
import type { Ctx } from '../../src/engine/flow-definition.js';
import { detectInfoQuestion } from './info-questions.js';
import { normalizeAnswer } from '../../src/engine/text-normalize.js';
import {
  CATEGORIES,
  type Category,
  LANGUAGES,
  type Language,
  type TriageView,
} from '../../src/engine/types.js';
import type { HotlineCtx } from './hotline-states.js';
import type { HotlineVars } from './hotline-vars.js';

/**
 * How sure a language guess must be to decide the conversation's language. Indonesian is what the
 * bot speaks anyway, so deciding it early only stops a later, longer message from switching; another
 * language is taken on less evidence, because a short regional opener ("bojoku nggebuki aku", 0.52)
 * deserves an answer in its own language. On 2–4-word openings of the 1,040 labelled examples,
 * 0.45 decided 63 % of them instead of 47 %, and none wrongly.
 */
const INDONESIAN_CONFIDENCE = 0.6;
const OTHER_LANGUAGE_CONFIDENCE = 0.45;
/** Words that mean "skip this question" besides "no" in any language (the story prompt names *lewati*). */
const SKIP_WORDS = new Set(['lewati', 'skip', 'nanti', 'nanti saja', 'pass', 'tidak mau']);

type V = HotlineVars;

/** What the triage of a story tells us, as variables; answers the reporter already gave win. */
export function absorb(text: string, ctx: HotlineCtx): { set: Partial<V>; lang?: Language } {
  const triage = ctx.env.triage(text);
  const vars = ctx.vars;
  const guessed = triage.categories.filter((c): c is Category =>
    (CATEGORIES as readonly string[]).includes(c),
  );
  const set: Partial<V> = {
    story: vars.story ? `${vars.story}\n${text}` : text,
    ...(vars.categoriesConfirmed ? {} : { categories: mergeCategories(vars.categories, guessed) }),
    ...(vars.role ? {} : triage.role ? { role: triage.role } : {}),
    ...(vars.child ? {} : triage.child ? { child: 'yes' as const } : {}),
    ...(vars.when ? {} : triage.when ? { when: triage.when } : {}),
    ...(triage.abroad ? { abroad: true } : {}),
    ...(detectInfoQuestion(text)?.topic === 'counts' ? { askedIfCounts: true } : {}),
  };
  if (!vars.placeCode) {
    const found = ctx.env.services.hotline.findPlaceInText(text);
    // Only a name matched as written: a typo's guess ("kamar", a room, read as Kampar) would route
    // the report without the reporter ever being asked; without a place the flow asks "where?".
    if (found?.type === 'found' && !found.guessed)
      Object.assign(set, { placeCode: found.place.code, placeLabel: found.place.label });
  }
  const language = languageEffects(triage, vars);
  return { ...language, set: { ...set, ...language.set } };
}

function mergeCategories(known: Category[] | undefined, guessed: Category[]): Category[] {
  const all = [...new Set([...(known ?? []), ...guessed])];
  return all.length > 1 ? all.filter((c) => c !== 'other') : all;
}

/** A story worth keeping: triage sees a case in it, or it is more than a greeting. */
export function isStory(text: string, triage: TriageView): boolean {
  if (triage.urgent) return true;
  const words = text.trim().split(/\s+/).length;
  const aboutCase = triage.categories.some((c) => c !== 'other');
  // A question is a story only when it tells a case at some length ("… ieu teh kaasup pelecehan
  // teu?"); "apa itu TPPO?" or "kalau saya lapor nanti diapain?" asks for information.
  if (isQuestion(text)) return aboutCase && words >= STORY_WORDS;
  return aboutCase || words >= STORY_WORDS;
}

/** More words than a greeting or a short answer: a story even when triage sees no case in it. */
const STORY_WORDS = 6;

/** A question mark, or a question word first, in Indonesian or English (what people type by chat). */
const QUESTION =
  /\?|^\s*(apa|apakah|bagaimana|gimana|gmn|bgmn|kenapa|mengapa|knp|di ?mana|dmn|kapan|siapa|bisakah|bolehkah|what|how|where|when|who|why|can|could)\b/i;

export function isQuestion(text: string): boolean {
  return QUESTION.test(text);
}

/**
 * The first free text clear enough to tell decides the conversation's language; until then the bot
 * speaks Indonesian and offers the others. A reporter's own choice ("bahasa") always wins.
 */
export function languageEffects(triage: TriageView, vars: Partial<V>): { set: Partial<V>; lang?: Language } {
  const needed = triage.language === 'id' ? INDONESIAN_CONFIDENCE : OTHER_LANGUAGE_CONFIDENCE;
  if (vars.languageDecided || triage.languageConfidence < needed) return { set: {} };
  return { lang: triage.language, set: { languageDecided: true } };
}

export function isSkip(text: string, ctx: Ctx<V>): boolean {
  return SKIP_WORDS.has(normalizeAnswer(text)) || isChoiceWord(text, 'common:no', ctx);
}

/** The whole text is a word or synonym of the choice `labelKey` ("ya", "nggih"), in any language. */
export function isChoiceWord(text: string, labelKey: string, ctx: Ctx<V>): boolean {
  const typed = normalizeAnswer(text);
  return LANGUAGES.some((lang) =>
    ctx.env.choiceWords(labelKey, lang).some((w) => normalizeAnswer(w) === typed),
  );
}

/** The language a whole message names ("basa sunda", "English"), in any language's words. */
export function namedLanguage(ctx: Ctx<V>): Language | undefined {
  if (ctx.input?.type !== 'text') return undefined;
  const typed = normalizeAnswer(ctx.input.text);
  return LANGUAGES.find((target) =>
    LANGUAGES.some((lang) =>
      ctx.env.choiceWords(`common:language.${target}`, lang).some((w) => normalizeAnswer(w) === typed),
    ),
  );
}

/** A message that is only a case PIN: the six digits the host hands out, spaces allowed ("123 456"). */
export function readCasePin(text: string): string | undefined {
  const digits = text.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}
