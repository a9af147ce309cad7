/**
 * What `npm start` runs, read from package.json's start script
 * (`… exec env NAME=${NAME:-value} … node --flag … dist/src/cli/main.js serve`): the environment it
 * sets and the Node flags. The benchmark starts the service with both, and a test keeps the
 * Dockerfile's equal, so the figures README → Benchmark prints are those of the real start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/project-root.js';

export interface StartCommand {
  /** Variables the script sets, as it would set them in `environment`. */
  env: Record<string, string>;
  flags: string[];
}

const SERVE = /\bexec env((?: [A-Z_]+=\S+)*) node((?: --[\w-]+(?:=\S+)?)*) dist\/src\/cli\/main\.js serve$/;
/** `NAME=value` or `NAME=${NAME:-value}` (the caller's own value wins, else the default). */
const ASSIGNMENT = /^([A-Z_]+)=(?:\$\{\1:-([^}]*)\}|([^$]\S*))$/;

export function startCommand(environment: NodeJS.ProcessEnv = process.env): StartCommand {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const match = SERVE.exec(manifest.scripts.start);
  if (!match)
    throw new Error(
      'package.json start is no longer `exec env [NAME=value …] node [flags] dist/src/cli/main.js serve`',
    );
  const env: Record<string, string> = {};
  for (const word of match[1]!.trim().split(' ').filter(Boolean)) {
    const assignment = ASSIGNMENT.exec(word);
    if (!assignment) throw new Error(`package.json start: cannot read the assignment ${word}`);
    const [, name, fallback, value] = assignment;
    // As the shell reads `${NAME:-value}`: set but empty counts as not set.
    env[name!] = value ?? (environment[name!] || fallback!);
  }
  return { env, flags: match[2]!.trim().split(' ').filter(Boolean) };
}
