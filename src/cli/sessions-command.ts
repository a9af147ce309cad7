/**
 * `hotline sessions list | end <officer-id> | end --all`: an administrator sees who is signed in to
 * the officer workspace and ends sessions (a lost phone, an officer who left). Ids and times only.
 * Audited as `sessions_ended`, with the administrator's side of it recorded as the actor `admin-cli`.
 */
import type { Hotline } from '../conversations/hotline-runtime.js';

const USAGE = 'Usage: hotline sessions list | end <officer-id> | end --all\n';

export async function sessionsCommand(args: string[], hotline: Hotline): Promise<number> {
  const [action, target] = args;
  if (action === 'list') {
    const live = await hotline.officerDesk((tx, { now }) => tx.officerSessions.live(now));
    if (live.length === 0) {
      process.stdout.write('Nobody is signed in to the workspace.\n');
      return 0;
    }
    const iso = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
    for (const s of live)
      process.stdout.write(
        `${s.officerId}  signed in ${iso(s.createdAt)} UTC, last seen ${iso(s.lastSeenAt)} UTC, ends ${iso(s.expiresAt)} UTC\n`,
      );
    return 0;
  }
  if (action === 'end' && target) {
    const ended = await hotline.officerDesk(async (tx, { now, roster }) => {
      if (target !== '--all' && !roster.officer(target)) return undefined;
      const count =
        target === '--all' ? await tx.officerSessions.endAll() : await tx.officerSessions.endOfficer(target);
      await tx.desk.audit(now, 'admin-cli', 'sessions_ended');
      return count;
    });
    if (ended === undefined) {
      process.stderr.write(`No officer "${target}" in the directory (DIRECTORY_FILE); check the id.\n`);
      return 2;
    }
    process.stdout.write(`Ended ${ended} session(s)${target === '--all' ? '' : ` of ${target}`}.\n`);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}
