import type { i18n } from 'i18next';
import { normalizeAnswer } from '../engine/text-normalize.js';
import { COMMANDS, type CommandName, LANGUAGES } from '../engine/types.js';

/**
 * Global commands typed as a whole message, in any language ("hapus", "basa jawa", "/start").
 * Any language's word counts in any conversation: someone in a hurry should not have to know
 * which language the bot thinks they speak.
 */
export function commandMatcher(t: i18n): (text: string) => CommandName | undefined {
  const words = new Map<string, CommandName>();
  for (const lang of LANGUAGES) {
    // A language's name typed alone ("basa jawa", "English") asks to switch to it.
    for (const target of LANGUAGES) {
      const names = [
        t.t(`common:language.${target}`, { lng: lang }),
        t.t(`common:language.${target}_synonyms`, { lng: lang }),
      ];
      for (const word of names.join('|').split('|')) {
        const normalized = normalizeAnswer(word);
        if (normalized && !words.has(normalized)) words.set(normalized, 'language');
      }
    }
    for (const command of COMMANDS) {
      const list = t.t(`common:commands.${command}`, { lng: lang, fallbackLng: false, defaultValue: '' });
      for (const word of list.split('|')) {
        const normalized = normalizeAnswer(word);
        if (normalized && !words.has(normalized)) words.set(normalized, command);
      }
    }
  }
  return (text) => words.get(normalizeAnswer(text.replace(/^\/(\w+)@\w+/, '/$1')));
}

/** The label of a choice plus its `_synonyms` list, for typed answers. */
export function choiceWordsFrom(t: i18n): (labelKey: string, lang: string) => string[] {
  const cache = new Map<string, string[]>();
  return (labelKey, lang) => {
    const cacheKey = `${lang}\u0000${labelKey}`;
    let words = cache.get(cacheKey);
    if (!words) {
      const label = t.t(labelKey, { lng: lang });
      const synonyms = t.t(`${labelKey}_synonyms`, { lng: lang, defaultValue: '' });
      words = [label, ...synonyms.split('|')].map((w) => w.trim()).filter((w) => w !== '');
      cache.set(cacheKey, words);
    }
    return words;
  };
}
