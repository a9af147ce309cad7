/**
 * Reloading the offices directory (DIRECTORY_FILE) while the service runs, for the workspace's
 * administrators. The running service holds the directory in two places: the officer roster (the
 * handoff's and the workspace's, one object) and the flow services that route a report to its
 * office. The new file is read and checked completely first; only a directory without problems
 * replaces both, so a typo never leaves the service without offices — the old one stays and the
 * problems (file, office, field) are kept to show. It reloads this process only: other instances
 * on a shared database keep theirs until they restart or reload too.
 */
import type { Logger } from 'pino';
import { type Directory, DirectoryError, loadDirectoryWithWarnings } from '../directory/index.js';

export type DirectoryReload =
  | { type: 'reloaded'; offices: number; officers: number; warnings: string[] }
  | { type: 'refused'; file: string; problems: string[] };

export interface DirectoryStatus {
  file: string;
  /** When the directory in use was loaded (start-up or the last good reload). */
  loadedAt: number;
  /** What its check warned about (the service runs with them). */
  warnings: readonly string[];
  /** The last reload that was refused after it, with its problems; cleared by a good one. */
  refused: { at: number; problems: readonly string[] } | undefined;
}

export interface DirectoryReloaderDeps {
  file: string;
  /** The warnings of the directory loaded at start-up. */
  warnings: readonly string[];
  /** Puts a checked directory in use (the roster and the flow services). */
  apply(directory: Directory): void;
  now(): number;
  logger: Logger;
}

export class DirectoryReloader {
  private state: DirectoryStatus;

  constructor(private readonly deps: DirectoryReloaderDeps) {
    this.state = { file: deps.file, loadedAt: deps.now(), warnings: deps.warnings, refused: undefined };
  }

  status(): DirectoryStatus {
    return this.state;
  }

  reload(): DirectoryReload {
    const { file, logger } = this.deps;
    const now = this.deps.now();
    let loaded: { directory: Directory; warnings: string[] };
    try {
      loaded = loadDirectoryWithWarnings(file);
    } catch (error) {
      // A file that cannot be read or parsed is a problem to show like any other, never a crash.
      const problems =
        error instanceof DirectoryError ? [...error.problems] : [`${file}: ${(error as Error).message}`];
      this.state = { ...this.state, refused: { at: now, problems } };
      logger.warn({ file, problems: problems.length }, 'directory reload refused: the old directory stays');
      return { type: 'refused', file, problems };
    }
    this.deps.apply(loaded.directory);
    this.state = { file, loadedAt: now, warnings: loaded.warnings, refused: undefined };
    const officers = loaded.directory.offices.reduce((n, office) => n + office.officers.length, 0);
    logger.info({ file, offices: loaded.directory.offices.length, officers }, 'directory reloaded');
    for (const warning of loaded.warnings) logger.warn({ file, warning }, 'directory warning');
    return {
      type: 'reloaded',
      offices: loaded.directory.offices.length,
      officers,
      warnings: loaded.warnings,
    };
  }
}
