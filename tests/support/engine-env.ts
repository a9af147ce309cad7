import { type Env, NO_ATTEMPTS, type TriageView } from '../../src/engine/types.js';

const CALM: TriageView = {
  language: 'id',
  languageConfidence: 0.9,
  categories: ['other'],
  urgent: false,
  selfHarm: false,
  injury: false,
  abroad: false,
  child: false,
};

/**
 * An engine environment for pure tests: fixed time, numbered references, labels as given, and a
 * triage that calls a message urgent when it contains "URGENT" (the real triage has its own tests).
 */
export function testEnv(overrides: Partial<Env> & { labels?: Record<string, string[]> } = {}): Env {
  let references = 0;
  const { labels = {}, ...rest } = overrides;
  return {
    now: Date.UTC(2026, 0, 5, 3, 0, 0),
    facts: {
      reserved: { reference: `REF-00${++references}`, pin: '123456' },
      cases: [],
      attempts: NO_ATTEMPTS,
    },
    chat: 'test-chat',
    triage: (text) => ({ ...CALM, urgent: text.includes('URGENT') }),
    choiceWords: (key) => labels[key] ?? [key],
    matchCommand: (text) =>
      (({ help: 'help', hapus: 'delete', bahasa: 'language' }) as const)[text.trim().toLowerCase() as 'help'],
    services: {},
    ...rest,
  };
}
