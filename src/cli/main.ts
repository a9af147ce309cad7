#!/usr/bin/env node
/**
 * `hotline <command>` — run as `npm run --silent hotline -- <command>`.
 * Configuration errors end the process with one line naming the variable.
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { runCommand, USAGE } from './commands.js';

async function main(argv: string[]): Promise<number> {
  try {
    return await runCommand(argv, { loadConfig: () => loadConfig(process.env) });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 1;
  },
);
