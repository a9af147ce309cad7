import type { ChoiceDef } from './flow-definition.js';
import { normalizeAnswer } from './text-normalize.js';
import type { Env, Input, Language } from './types.js';

/** Words too common to pick an option on their own ("saya", "the"). */
const MIN_WORD_LENGTH = 2;

/**
 * Which option an input picks: a button tap, the option's number ("2", "2."), the whole label or
 * a synonym, or else a single typed word that belongs to exactly one option. Labels are read in
 * the conversation's language and in Indonesian, the fallback every reporter may type.
 */
export function matchChoice<V, S extends string>(
  options: ChoiceDef<V, S>[],
  input: Input,
  lang: Language,
  env: Env,
): ChoiceDef<V, S> | undefined {
  if (input.type === 'choice') return options.find((o) => o.id === input.optionId);
  if (input.type !== 'text') return undefined;

  const answer = normalizeAnswer(input.text);
  if (answer === '') return undefined;
  if (/^\d+$/.test(answer)) return options[Number(answer) - 1];

  const languages: Language[] = lang === 'id' ? ['id'] : [lang, 'id'];
  const phrases = options.map((o) => {
    const labelKey = o.labelKey;
    const words = labelKey ? languages.flatMap((l) => env.choiceWords(labelKey, l)) : [o.label ?? o.id];
    return words.map(normalizeAnswer);
  });

  const exact = options.filter((_, i) => phrases[i]?.includes(answer));
  if (exact.length === 1) return exact[0];

  const typed = new Set(answer.split(' ').filter((w) => w.length >= MIN_WORD_LENGTH));
  const byWord = options.filter((_, i) =>
    phrases[i]?.some((p) => p.split(' ').some((w) => w.length >= MIN_WORD_LENGTH && typed.has(w))),
  );
  return byWord.length === 1 ? byWord[0] : undefined;
}
