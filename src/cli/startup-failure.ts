/**
 * What `hotline` prints when a command cannot run: the problems, one per line, each naming the
 * variable or the file, office and field. Never the usage text: that is for a mistyped command.
 */
import { basename } from 'node:path';
import { ConfigError } from '../config/config.js';
import { DataKeyFormatError } from '../db/data-key-store.js';
import { DirectoryError } from '../directory/directory-error.js';

export function describeFailure(error: unknown): string[] {
  if (error instanceof ConfigError || error instanceof DataKeyFormatError)
    return [`Configuration error: ${error.message}`];
  if (error instanceof DirectoryError) {
    const file = error.file ?? 'the offices directory';
    const prefix = error.file ? `${basename(error.file)}: ` : '';
    return [
      ...error.problems.map(
        (problem) =>
          `Directory error: ${file}: ${problem.startsWith(prefix) ? problem.slice(prefix.length) : problem}`,
      ),
      `${file}: ${error.problems.length} problem(s); the service cannot start until they are fixed (DIRECTORY_FILE; check with: hotline directory check ${file})`,
    ];
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    const address = (error as { address?: string; port?: number }).address;
    const port = (error as { port?: number }).port;
    return [
      `Configuration error: cannot listen on ${address ?? 'HOST'}:${port ?? 'PORT'} (${code}); set PORT (and HOST) to an address this machine can use`,
    ];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [`Error: ${message.split('\n')[0]}`];
}
