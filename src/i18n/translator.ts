/**
 * i18next, loaded synchronously from locales/<lang>/<namespace>.json. Regional languages and
 * English fall back to Indonesian, so a missing string shows Indonesian, never a raw key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { LANGUAGES } from '../engine/types.js';
import { PROJECT_ROOT } from '../lib/project-root.js';

export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');

export function loadResources(dir = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const lang of LANGUAGES) {
    const langDir = join(dir, lang);
    let files: string[];
    try {
      files = readdirSync(langDir).filter((f) => f.endsWith('.json'));
    } catch {
      continue; // a language without files yet falls back to Indonesian
    }
    resources[lang] = Object.fromEntries(
      files.map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(langDir, f), 'utf8'))]),
    );
  }
  return resources;
}

export function createTranslator(resources: Resource = loadResources()): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'id',
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.id ?? {}),
    defaultNS: 'common',
    initAsync: false,
    // Messages are plain text sent to chat apps, not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
