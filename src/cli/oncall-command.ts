import { loadConfig } from '../config/config.js';
import { type Directory, isOncallNow, loadDirectory, type Office } from '../directory/index.js';

/**
 * `hotline oncall [office]`: who an urgent case from that office would reach right now, in
 * escalation order, so an office admin can check the rota before a shift. Without an office id,
 * every office.
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
  process.stdout.write(`${offices.map((office) => describe(directory, office, now)).join('\n\n')}\n`);
  return 0;
}

function describe(directory: Directory, office: Office, now: Date): string {
  const lines = [`${office.name} (${office.id})${office.verified ? '' : ' — contacts not verified'}`];
  const onCall = office.oncall.filter((rule) => isOncallNow(rule, office, now));
  if (onCall.length === 0) {
    const parent = office.parent ? directory.byId.get(office.parent) : undefined;
    lines.push(`  nobody on call now; urgent cases escalate to ${parent?.name ?? directory.national.name}`);
  }
  onCall.forEach((rule, i) => {
    const officer = office.officers.find((o) => o.id === rule.officer);
    const reach = [officer?.telegram ? 'Telegram' : '', officer?.whatsapp ? 'WhatsApp' : ''].filter(Boolean);
    lines.push(
      `  ${i + 1}. ${officer?.name ?? rule.officer} (${officer?.role ?? '?'}) — ${reach.join(', ') || 'no channel'}`,
    );
  });
  return lines.join('\n');
}
