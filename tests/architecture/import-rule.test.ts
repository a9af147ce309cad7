import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The import rule (docs: README → Project layout): engine ← flows ← conversations ← channels / http /
 * cli, with handoff beside conversations. Checked on every relative import of src/ and flows/: an
 * edge between two folders must be in ALLOWED, so a new dependency the wrong way fails here.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

/** Which folders each folder may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  engine: [],
  lib: [],
  log: [],
  triage: ['engine'],
  directory: ['lib'],
  i18n: ['engine', 'lib'],
  flows: ['engine'],
  db: ['engine', 'lib', 'config'],
  handoff: ['engine', 'db', 'directory', 'lib'],
  conversations: ['engine', 'flows', 'db', 'directory', 'handoff', 'i18n', 'lib'],
  http: ['conversations', 'lib', 'config'],
  statistics: ['db'],
  channels: ['conversations', 'engine', 'http', 'i18n', 'lib', 'config'],
  config: ['db', 'directory', 'handoff', 'conversations'],
  workspace: ['conversations', 'db', 'engine', 'handoff', 'http', 'i18n', 'lib', 'statistics'],
  cli: [
    'channels',
    'config',
    'conversations',
    'db',
    'directory',
    'engine',
    'flows',
    'handoff',
    'i18n',
    'lib',
    'log',
    'statistics',
    'triage',
  ],
  '(root)': ['channels', 'config', 'conversations', 'db', 'directory', 'http', 'i18n', 'triage', 'workspace'],
};

/*
 * The handoff's decisions are pure (issue 14): they get facts loaded beforehand
 * (src/handoff/handoff-facts-loader.ts) and return outputs the executor performs, so they import
 * nothing from src/db — not even a type.
 */
const PURE_HANDOFF = [
  'src/handoff/reporter-relay.ts',
  'src/handoff/officer-desk.ts',
  'src/handoff/alert-ringer.ts',
  'src/handoff/alert-digest.ts',
  'src/handoff/alert-limits.ts',
  'src/handoff/case-notice.ts',
  'src/handoff/claim-summary-cap.ts',
  'src/handoff/handoff-facts.ts',
  'src/handoff/handoff-output.ts',
  'src/handoff/sender-block.ts',
];

function folderOf(file: string): string {
  const path = relative(ROOT, file);
  if (path.startsWith('flows/')) return 'flows';
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : '(root)';
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const edges = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'flows'))].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) => ({
    file: relative(ROOT, file),
    from: folderOf(file),
    to: folderOf(resolve(dirname(file), match[1] ?? '')),
  })),
);

describe('the import rule', () => {
  it('should only import from folders a folder may depend on', () => {
    const wrong = edges
      .filter((edge) => edge.from !== edge.to)
      .filter((edge) => !(ALLOWED[edge.from] ?? []).includes(edge.to))
      .map((edge) => `${edge.file} -> ${edge.to}`);
    expect(wrong).toEqual([]);
  });

  it('should keep the handoff decisions away from storage', () => {
    expect(edges.filter((edge) => PURE_HANDOFF.includes(edge.file) && edge.to === 'db')).toEqual([]);
    // A listed file that no longer exists would make the check pass for nothing.
    expect(PURE_HANDOFF.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it('should keep flows to the engine alone', () => {
    expect(
      edges.filter((edge) => edge.from === 'flows' && edge.to !== 'flows' && edge.to !== 'engine'),
    ).toEqual([]);
  });
});
