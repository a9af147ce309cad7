import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/db/alert-repository.js';
import { DESK_AUDIT_ACTIONS } from '../../src/db/desk-rows.js';
import { LANGUAGES } from '../../src/engine/types.js';
import { LOCALES_DIR, loadResources } from '../../src/i18n/translator.js';

type Tree = { [key: string]: string | Tree };
const resources = loadResources() as Record<string, Record<string, Tree>>;
const shipped = readdirSync(LOCALES_DIR).filter((d) => (LANGUAGES as readonly string[]).includes(d));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function strings(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[lang] ?? {})) {
    for (const [k, v] of flatten(tree)) out.set(`${ns}:${k}`, v);
  }
  return out;
}

/**
 * Officers read the hotline in the offices' working language (src/handoff/handoff-context.ts), so
 * their strings exist in Indonesian and English only; regional locales are for reporters.
 */
const OFFICER_ONLY = /^(officer|workspace(-\w+)?):/;
/** The workspace's pages are behind sign-in, never on a lock screen (its code message is officer:). */
const PAGE_ONLY = /^workspace(-\w+)?:/;
const REGIONAL = (lang: string) => lang !== 'id' && lang !== 'en';

const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const reference = strings('id');

/** Words that must not show in a lock-screen preview (safety rule 3). */
/** Language names are written in their own language everywhere; command lists may share "/start". */
const SAME_IN_EVERY_LANGUAGE = /^common:(language\.(id|en|jv|su|min|bug)(_synonyms)?|commands\.)/;
/** Words a translation must change: what is left once names, numbers and placeholders are removed. */
const NAMES = /\b(SAPA|WhatsApp|KDRT|TPPO|KBGO|UPTD|PPA|KP2MI|KBRI|SEJIWA|UU|TPKS|K7M|PX)\b/g;
const hasWords = (s: string) =>
  /\p{L}{3,}/u.test(
    s
      .replace(/\{\{\w+\}\}/g, '')
      .replace(NAMES, '')
      .replace(/https?:\S+/g, ''),
  );

/**
 * Keys only ever appended after another part of a message (see flows/hotline/hotline-messages.ts),
 * and a digest's case lines, below its discreet "Hotline PPA: N kasus baru" header.
 */
const CONTINUATIONS = /^(hotline:law\.|hotline:alur\.documents|common:emergency_|officer:alert\.digest_line)/;
const REVEALING =
  /kekerasan|violence|abuse|korban|victim|perkosa|rape|kdrt|tppo|trafficking|pelecehan|harass/i;

describe('locales', () => {
  it('should ship Indonesian and English', () => {
    expect(shipped).toEqual(expect.arrayContaining(['id', 'en']));
  });

  describe.each(shipped.filter((l) => l !== 'id'))('%s', (lang) => {
    const translated = strings(lang);

    it('should have every key Indonesian has, and no others', () => {
      const required = [...reference.keys()].filter((k) => !(REGIONAL(lang) && OFFICER_ONLY.test(k)));
      expect(required.filter((k) => !translated.has(k))).toEqual([]);
      expect([...translated.keys()].filter((k) => !reference.has(k))).toEqual([]);
    });

    it('should use the same interpolation variables as Indonesian', () => {
      const mismatched = [...reference].filter(
        ([k, v]) => translated.has(k) && variables(translated.get(k)!).join() !== variables(v).join(),
      );
      expect(mismatched.map(([k]) => k)).toEqual([]);
    });
  });

  // English is not a regional locale: it may legitimately share loanwords with Indonesian.
  describe.each(shipped.filter((l) => l !== 'id' && l !== 'en'))('%s as a regional locale', (lang) => {
    const translated = strings(lang);

    it('should not leave an Indonesian string untranslated', () => {
      const copies = [...reference].filter(
        // Synonym lists may repeat loanwords (kdrt, online); they only add accepted answers.
        ([k, v]) =>
          translated.get(k) === v &&
          !k.endsWith('_synonyms') &&
          !SAME_IN_EVERY_LANGUAGE.test(k) &&
          hasWords(v),
      );
      expect(copies.map(([k]) => k)).toEqual([]);
    });
  });

  it.each(shipped)('should keep the first line of every %s message discreet', (lang) => {
    const all = strings(lang);
    // Option labels are buttons (keys with synonyms), and continuations always follow a discreet
    // first part; rendered first lines are checked again in every golden conversation.
    const isLabel = (k: string) => k.endsWith('_synonyms') || all.has(`${k}_synonyms`);
    // An office's name ("UPTD PPA …") says what the chat is about as plainly as any word here.
    const loud = [...all].filter(([k, v]) => {
      const firstLine = v.split('\n')[0]!;
      return (
        !isLabel(k) &&
        !CONTINUATIONS.test(k) &&
        !PAGE_ONLY.test(k) &&
        (REVEALING.test(firstLine) || firstLine.includes('{{office}}'))
      );
    });
    expect(loud.map(([k]) => k)).toEqual([]);
  });

  // The case page's trail and the access log name every audited action in words.
  it.each(['id', 'en'])('should name every audited action in %s', (lang) => {
    const words = strings(lang);
    const actions = [...new Set([...AUDIT_ACTIONS, ...DESK_AUDIT_ACTIONS])];
    expect(actions.filter((action) => !words.has(`workspace:action.${action}`))).toEqual([]);
  });

  it.each(shipped)('should have no empty %s string', (lang) => {
    expect([...strings(lang)].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
