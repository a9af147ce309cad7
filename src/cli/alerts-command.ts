/**
 * `hotline alerts [office] [--limit N]`: the newest officer alerts and what happened to each — who
 * was alerted, who claimed it and how long that took, refusals, closing — from the audit trail, for
 * the office admin who checks that the rota works. Ids, times and actions only: no report text.
 */
import type { Hotline } from '../conversations/hotline-runtime.js';
import type { AlertRow } from '../db/alert-repository.js';
import { type Directory, type Office, officeChain, zoneName } from '../directory/index.js';

const DEFAULT_LIMIT = 20;
const FALLBACK_ZONE = 'Asia/Jakarta';

export async function alertsCommand(args: string[], hotline: Hotline, directory: Directory): Promise<number> {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt === -1 ? DEFAULT_LIMIT : Number(args[limitAt + 1]);
  const officeId = args.find((arg, i) => !arg.startsWith('--') && (limitAt === -1 || i !== limitAt + 1));
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write('--limit needs a whole number above 0, such as --limit 50\n');
    return 2;
  }
  const office = officeId ? directory.byId.get(officeId) : undefined;
  if (officeId && !office) {
    process.stderr.write(
      `Unknown office "${officeId}". Offices: ${directory.offices.map((o) => o.id).join(', ')}\n`,
    );
    return 2;
  }
  // An office sees its own alerts and those of the offices below it.
  const covers = (alert: AlertRow) => {
    if (!office) return true;
    const of = alert.officeId ? directory.byId.get(alert.officeId) : undefined;
    return of !== undefined && officeChain(directory, of).some((level) => level.id === office.id);
  };
  const shown = (await hotline.recentAlerts(limit * 10)).filter(covers).slice(0, limit);
  if (shown.length === 0) {
    process.stdout.write(`No alerts${office ? ` for ${office.name}` : ''} yet.\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const alert of shown) lines.push(await describe(alert, hotline, directory));
  process.stdout.write(`${lines.join('\n\n')}\n`);
  return 0;
}

async function describe(
  alert: AlertRow & { reference: string | null },
  hotline: Hotline,
  directory: Directory,
): Promise<string> {
  const office = alert.officeId ? directory.byId.get(alert.officeId) : undefined;
  const at = timeIn(office);
  const waited =
    alert.claimedAt && alert.firstSentAt
      ? `, claimed after ${duration(alert.claimedAt - alert.firstSentAt)}`
      : '';
  const head = `#${alert.id} ${alert.reference ?? '(no case yet)'} · ${office?.id ?? 'no office yet'} · ${alert.reason} · ${alert.status}${alert.claimedBy ? ` by ${alert.claimedBy}` : ''}${waited} · raised ${at(alert.createdAt)} ${zoneName(office?.timezone ?? FALLBACK_ZONE)}`;
  const trail = (await hotline.alertTrail(alert.id)).map(
    (event) => `    ${at(event.at)}  ${event.actor}  ${event.action}`,
  );
  return [head, ...trail].join('\n');
}

function timeIn(office: Office | undefined): (at: number) => string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: office?.timezone ?? FALLBACK_ZONE,
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  return (at) => format.format(at);
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
