/**
 * The web chat page, rendered on the server in the reader's language: every string on it comes from
 * locales/<lang>/webchat.json through i18next (the HTML holds `{{t:key}}` placeholders), and the
 * strings the page's script shows later travel with it as JSON. Rendered once per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n } from 'i18next';
import { MAX_MESSAGE_CHARS } from '../../engine/text-limits.js';
import { isLanguage, type Language, LANGUAGES } from '../../engine/types.js';
import { createTranslator } from '../../i18n/translator.js';
import { PROJECT_ROOT } from '../../lib/project-root.js';

// From the source tree, so the compiled service (dist/) serves the same page.
const TEMPLATE = readFileSync(join(PROJECT_ROOT, 'src/channels/webchat/chat-page.html'), 'utf8');

/**
 * Where quick exit lands: the national weather service's home page, as ordinary a page as any
 * phone shows, with no trace of the chat (the page sends no referrer).
 */
export const QUICK_EXIT_URL = 'https://www.bmkg.go.id/';

/** Strings the page's script shows after it loaded. */
const SCRIPT_KEYS = ['not_sent', 'refused', 'slow_down'] as const;

export class ChatPage {
  private readonly rendered = new Map<Language, string>();

  constructor(private readonly t: i18n = createTranslator()) {}

  /** The page in the language asked for (`?lang=`, else Accept-Language), Indonesian by default. */
  render(wanted: string | undefined): string {
    const lang = pickLanguage(wanted);
    let html = this.rendered.get(lang);
    if (html === undefined) {
      html = this.build(lang);
      this.rendered.set(lang, html);
    }
    return html;
  }

  private build(lang: Language): string {
    const text = (key: string) => this.t.t(`webchat:${key}`, { lng: lang });
    const strings = {
      ...Object.fromEntries(SCRIPT_KEYS.map((k) => [k, text(k)])),
      exit_url: QUICK_EXIT_URL,
    };
    return (
      TEMPLATE.replace(/\{\{t:([a-z_.0-9]+)\}\}/g, (_, key: string) => escapeHtml(text(key)))
        .replace('{{lang}}', lang)
        .replace('{{maxChars}}', String(MAX_MESSAGE_CHARS))
        // `<` escaped so no string can end the script element.
        .replace('{{strings}}', JSON.stringify(strings).replace(/</g, '\\u003c'))
    );
  }
}

/** `jv`, `su-ID`, `en-US,en;q=0.9`: the first language the hotline speaks, else Indonesian. */
export function pickLanguage(wanted: string | undefined): Language {
  for (const part of (wanted ?? '').toLowerCase().split(',')) {
    const code = part.split(';')[0]!.trim().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return LANGUAGES[0];
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
