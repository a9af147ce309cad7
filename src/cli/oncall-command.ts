import { loadConfig } from '../config/config.js';
import { PLATFORM_CHANNELS } from '../conversations/channel-contract.js';
import { loadDirectory, type Office } from '../directory/index.js';
import { OfficerRoster } from '../handoff/officer-roster.js';

/**
 * `hotline oncall [office]`: who an urgent case from that office would reach right now, in
 * escalation order (its own on-call officers, then its parent offices'), so an office admin can
 * check the rota before a shift. Without an office id, every office.
 */
export function oncallCommand(args: string[], now = new Date()): number {
  const directory = loadDirectory(loadConfig().directoryFile);
  const [officeId] = args;
  const offices = officeId ? directory.offices.filter((o) => o.id === officeId) : directory.offices;
  if (offices.length === 0) {
    process.stderr.write(
      `Unknown office "${officeId}". Offices: ${directory.offices.map((o) => o.id).join(', ')}\n`,
    );
    return 2;
  }
  // Every channel an officer can be reached on; `serve` uses those of them that are configured.
  const roster = new OfficerRoster(directory, () => PLATFORM_CHANNELS);
  process.stdout.write(`${offices.map((office) => describe(roster, office, now)).join('\n\n')}\n`);
  return 0;
}

function describe(roster: OfficerRoster, office: Office, now: Date): string {
  const lines = [`${office.name} (${office.id})${office.verified ? '' : ' — contacts not verified'}`];
  const chain = roster.escalationChain(office.id, now);
  if (chain.length === 0)
    lines.push(
      '  no officer on call now: urgent cases here reach no officer (reporters still get the emergency numbers)',
    );
  chain.forEach((officerId, i) => {
    const entry = roster.officer(officerId);
    if (!entry) return;
    const reach = [entry.officer.telegram ? 'Telegram' : '', entry.officer.whatsapp ? 'WhatsApp' : ''].filter(
      Boolean,
    );
    const where = entry.office.id === office.id ? '' : `, ${entry.office.name}`;
    const wait = `${entry.office.ackTimeoutSeconds} s to claim`;
    lines.push(
      `  ${i + 1}. ${entry.officer.name} (${entry.officer.role}${where}) — ${reach.join(', ')}; ${wait}`,
    );
  });
  return lines.join('\n');
}
