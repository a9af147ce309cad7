#!/usr/bin/env node
/**
 * `hotline <command>` — run as `npm run --silent hotline -- <command>`.
 * A command that cannot run ends with its problems, one per line, and exit code 1.
 */
import { loadConfig } from '../config/config.js';
import { runCommand } from './commands.js';
import { describeFailure } from './startup-failure.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeFailure(error).join('\n')}\n`);
    process.exitCode = 1;
  },
);

function main(argv: string[]): Promise<number> {
  return runCommand(argv, { loadConfig: () => loadConfig(process.env) });
}
