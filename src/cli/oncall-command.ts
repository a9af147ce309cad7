import { type Config, loadConfig } from '../config/config.js';
import type { ChannelName } from '../engine/types.js';
import { EXAMPLE_DIRECTORY_FILE } from '../directory/directory-loader.js';
import { loadDirectory, type Office } from '../directory/index.js';
import { OfficerRoster } from '../handoff/officer-roster.js';
import { officeRota } from '../handoff/rota-view.js';

/**
 * `hotline oncall [office]`: who an urgent case from that office would reach right now, in
 * escalation order (its own on-call officers, then its parent offices'), so an office admin can
 * check the rota before a shift. Without an office id, every office. An officer whom none of the
 * channels configured here reaches is marked UNREACHABLE: `serve` with the same settings skips them.
 */
export function oncallCommand(args: string[], now = new Date()): number {
  const config = loadConfig();
  const directory = loadDirectory(config.directoryFile);
  // Which file was read, on stderr (stdout stays the list): without DIRECTORY_FILE it is the
  // example's, and an admin reading "UNREACHABLE" for officers they never listed would not know why.
  process.stderr.write(
    config.directoryFile === EXAMPLE_DIRECTORY_FILE
      ? `Directory: ${config.directoryFile} (the shipped example; set DIRECTORY_FILE to your offices file)\n`
      : `Directory: ${config.directoryFile}\n`,
  );
  const [officeId] = args;
  const offices = officeId ? directory.offices.filter((o) => o.id === officeId) : directory.offices;
  if (offices.length === 0) {
    process.stderr.write(
      `Unknown office "${officeId}". Offices: ${directory.offices.map((o) => o.id).join(', ')}\n`,
    );
    return 2;
  }
  const running = configuredChannels(config);
  const roster = new OfficerRoster(directory, () => running);
  process.stdout.write(`${offices.map((office) => describe(roster, office, now)).join('\n\n')}\n`);
  return 0;
}

function describe(roster: OfficerRoster, office: Office, now: Date): string {
  const lines = [`${office.name} (${office.id})${office.verified ? '' : ' — contacts not verified'}`];
  const chain = officeRota(roster, office.id, now)?.chain ?? [];
  if (chain.length === 0)
    lines.push(
      '  no officer on call now: urgent cases here reach no officer (reporters still get the emergency numbers)',
    );
  chain.forEach((entry, i) => {
    const reach = entry.chats.map((chat) => (chat === 'telegram' ? 'Telegram' : 'WhatsApp'));
    const where = entry.officeId === office.id ? '' : `, ${entry.officeName}`;
    const wait = entry.unreachable
      ? `UNREACHABLE: no running channel reaches them (set ${entry.chats.includes('telegram') ? 'TELEGRAM_BOT_TOKEN' : 'a WhatsApp channel'})`
      : `${entry.ackTimeoutSeconds} s to claim`;
    lines.push(`  ${i + 1}. ${entry.name} (${entry.role}${where}) — ${reach.join(', ')}; ${wait}`);
  });
  return lines.join('\n');
}

/** The platform channels `serve` would run with this configuration. */
function configuredChannels(config: Config): ChannelName[] {
  const channels: ChannelName[] = [];
  if (config.telegram) channels.push('telegram');
  if (config.whatsappCloud) channels.push('whatsapp_cloud');
  if (config.baileysEnabled) channels.push('whatsapp_baileys');
  return channels;
}
