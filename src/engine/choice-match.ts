import type { ChoiceDef } from './flow-definition.js';
import { normalizeAnswer } from './text-normalize.js';
import { type Env, type Input, LANGUAGES, type Language } from './types.js';

/** Not knowing, in every language ("tidak tahu", "ora ngerti", "don't know"). */
const UNSURE_KEY = 'common:unsure';
/** The labels an answer may open with and still pick (leadingOption). */
const YES_NO: ReadonlySet<string> = new Set(['common:yes', 'common:no']);
/** The label of a question's "skip" option, which not knowing picks. */
const SKIP_KEY = 'common:skip';
/** "Ya Allah", "ya ampun": an exclamation that opens with "ya" is not a yes. */
const INTERJECTION = /^(ya|iya|yo) (allah|tuhan|ampun|rabb|robb|gusti)\b/;
/** Words too short to pick an option on their own. */
const MIN_WORD_LENGTH = 2;
/** Inside a longer answer, only synonyms this long count across languages: short ones collide. */
const MIN_CROSS_LANGUAGE_PHRASE = 4;
/** A longer answer is a sentence, not a choice; it goes to the prompt's onText instead. */
const MAX_WORDS_FOR_WORD_MATCH = 3;
/**
 * Pronouns and particles that appear in many labels ("Saya sendiri", "Saya punya nomor laporan"):
 * they never pick an option alone, or "saya dipukul suami" would choose "Saya punya nomor laporan".
 */
const FUNCTION_WORDS = new Set(
  (
    'saya aku anda kamu yang di ke dan atau ini itu ada sudah mau ' +
    'i me my you the a an to of and or is it in ' +
    'kula abdi ambo nya'
  ).split(' '),
);

export type ChoiceMatch<V, S extends string> = { option: ChoiceDef<V, S>; exact: boolean } | undefined;

/**
 * Which option an input picks: a button tap, the option's number ("2", "2."), the whole label or
 * a synonym (exact), or else a word of at most a short answer that belongs to exactly one option
 * (not exact: a prompt's free-text handler gets to read the text first). Labels are read in the
 * conversation's language and in Indonesian, the fallback every reporter may type; a whole answer,
 * or a longer synonym inside a short one, in any language.
 */
export function matchChoice<V, S extends string>(
  options: ChoiceDef<V, S>[],
  input: Input,
  lang: Language,
  env: Env,
): ChoiceMatch<V, S> {
  const exact = (option: ChoiceDef<V, S> | undefined) => (option ? { option, exact: true } : undefined);
  if (input.type === 'choice') return exact(options.find((o) => o.id === input.optionId));
  if (input.type !== 'text') return undefined;

  const answer = normalizeAnswer(input.text);
  if (answer === '') return undefined;
  if (/^\d+$/.test(answer)) return exact(options[Number(answer) - 1]);

  const languages: Language[] = lang === 'id' ? ['id'] : [lang, 'id'];
  const phrases = options.map((o) => {
    const labelKey = o.labelKey;
    // A place label "Kota Jambi, Jambi" is also picked by its first part, "Kota Jambi".
    const words = labelKey
      ? languages.flatMap((l) => env.choiceWords(labelKey, l))
      : [o.label ?? o.id, (o.label ?? o.id).split(',')[0]!];
    return words.map(normalizeAnswer);
  });

  const whole = options.filter((_, i) => phrases[i]?.includes(answer));
  if (whole.length === 1) return exact(whole[0]);
  // "nggih" is yes in any conversation: a reporter may answer in their own language before the
  // bot knows it. Across languages a whole answer counts, or a longer synonym inside a short one.
  const everyLanguage = options.map((o) =>
    o.labelKey ? LANGUAGES.flatMap((l) => env.choiceWords(o.labelKey!, l)).map(normalizeAnswer) : [],
  );
  const anyLanguage = options.filter((_, i) => everyLanguage[i]!.includes(answer));
  if (anyLanguage.length === 1) return exact(anyLanguage[0]);

  // "tidak tahu" (don't know) is not "tidak" (no): not knowing picks the question's skip option,
  // or nothing, and never a yes or a no by one of its words.
  const padded = ` ${answer} `;
  if (saysUnsure(input.text, env)) {
    const skip = options.find((o) => o.labelKey === SKIP_KEY);
    return skip ? { option: skip, exact: false } : undefined;
  }
  // "iya kak dia masih di rumah": an answer that opens with a yes or a no picks it however long the
  // rest, as a person would hear it. Only a yes or a no: "saya tetangganya" must not pick "saya"
  // (the victim), nor "ibu saya …" the parent. Not exact, so a prompt's free-text handler still
  // reads the text first.
  const yesNo = everyLanguage.map((phrases, i) => (YES_NO.has(options[i]!.labelKey ?? '') ? phrases : []));
  const leading = INTERJECTION.test(answer) ? undefined : leadingOption(answer, yesNo);
  if (leading !== undefined) return { option: options[leading]!, exact: false };

  const words = answer.split(' ');
  if (words.length > MAX_WORDS_FOR_WORD_MATCH) return undefined;
  const typed = new Set(words.filter((w) => w.length >= MIN_WORD_LENGTH && !FUNCTION_WORDS.has(w)));
  const byWord = options.filter((_, i) => phrases[i]?.some((p) => p.split(' ').some((w) => typed.has(w))));
  if (byWord.length === 1) return { option: byWord[0]!, exact: false };
  if (byWord.length > 1) return undefined;
  // "wingi sore" (Javanese: yesterday afternoon) in a conversation the bot took for Indonesian: a
  // synonym of any language inside a short answer picks its option. The longest one found wins, so
  // "taun wingi" (last year) is past although "wingi" alone is recent.
  let best: { option: ChoiceDef<V, S>; length: number; tie: boolean } | undefined;
  for (const [i, option] of options.entries()) {
    for (const phrase of everyLanguage[i]!) {
      // A pronoun is never the option ("saya tetangganya", I'm the neighbour, is not "saya": myself).
      if (
        phrase.length < MIN_CROSS_LANGUAGE_PHRASE ||
        FUNCTION_WORDS.has(phrase) ||
        !padded.includes(` ${phrase} `)
      )
        continue;
      if (!best || phrase.length > best.length) best = { option, length: phrase.length, tie: false };
      else if (phrase.length === best.length && best.option !== option) best.tie = true;
    }
  }
  return best && !best.tie ? { option: best.option, exact: false } : undefined;
}

/**
 * The one option whose word or synonym (any language) the answer opens with, followed by more
 * words; the longest such opening wins ("iyo bana, …" over "iyo"). Undefined when none does, or
 * when two options open it equally long.
 */
function leadingOption(answer: string, phrases: readonly string[][]): number | undefined {
  let best: { index: number; length: number; tie: boolean } | undefined;
  for (const [index, list] of phrases.entries()) {
    for (const phrase of list) {
      if (phrase === '' || !answer.startsWith(`${phrase} `)) continue;
      if (!best || phrase.length > best.length) best = { index, length: phrase.length, tie: false };
      else if (phrase.length === best.length && best.index !== index) best.tie = true;
    }
  }
  return best && !best.tie ? best.index : undefined;
}

/** The text says its writer does not know ("tidak tahu", "ora ngerti", "don't know"), in any language. */
export function saysUnsure(text: string, env: Pick<Env, 'choiceWords'>): boolean {
  const padded = ` ${normalizeAnswer(text)} `;
  return LANGUAGES.some((l) =>
    env.choiceWords(UNSURE_KEY, l).some((word) => {
      const phrase = normalizeAnswer(word);
      return phrase !== '' && padded.includes(` ${phrase} `);
    }),
  );
}
