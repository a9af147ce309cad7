/**
 * What the rota page reads and does: each office's rota (src/handoff/rota-view.ts, the same as
 * `hotline oncall`) for the offices the viewer may see, the directory's problems, and an
 * administrator's reload of DIRECTORY_FILE (audited whether it is taken or refused).
 */
import type { DirectoryReload, DirectoryStatus } from '../conversations/directory-reloader.js';
import { type OfficeRota, officeRota } from '../handoff/rota-view.js';
import type { DeskGateway } from './sign-in.js';
import { statsOffices } from './statistics-desk.js';
import type { Viewer } from './workspace-access.js';

/** What the workspace needs of the running service's directory (src/conversations/directory-reloader.ts). */
export interface DirectoryControl {
  status(): DirectoryStatus;
  reload(): DirectoryReload;
}

export interface RotaView {
  offices: OfficeRota[];
  /** Undefined when the service was started without a directory file it can reload (tests). */
  directory: DirectoryStatus | undefined;
  mayReload: boolean;
  now: number;
}

export class RotaDesk {
  constructor(
    private readonly desk: DeskGateway,
    private readonly directory: DirectoryControl | undefined,
  ) {}

  view(viewer: Viewer): Promise<RotaView> {
    return this.desk.officerDesk(async (_tx, { roster, now }) => {
      const ids = statsOffices(viewer, roster) ?? roster.officeIds();
      const at = new Date(now);
      return {
        offices: ids.map((id) => officeRota(roster, id, at)).filter((r): r is OfficeRota => r !== undefined),
        directory: this.directory?.status(),
        mayReload: viewer.role === 'admin' && this.directory !== undefined,
        now,
      };
    });
  }

  /** Reloads the directory file for an administrator; undefined for anyone else (or without a file). */
  reload(viewer: Viewer): Promise<DirectoryReload | undefined> {
    const directory = this.directory;
    if (viewer.role !== 'admin' || !directory) return Promise.resolve(undefined);
    return this.desk.officerDesk(async (tx, { now }) => {
      const outcome = directory.reload();
      await tx.desk.audit(
        now,
        viewer.officerId,
        outcome.type === 'reloaded' ? 'directory_reloaded' : 'directory_reload_failed',
      );
      return outcome;
    });
  }
}
