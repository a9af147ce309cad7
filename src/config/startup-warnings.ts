/**
 * What `serve` warns about at start: configurations that start, as documented, but would quietly
 * fail someone — the shipped example offices (placeholder officers: cases reach nobody), no channel
 * anyone can write in on, an administrator id the directory does not know. Pure: the caller logs.
 */
import { EXAMPLE_DIRECTORY_FILE } from '../directory/directory-loader.js';
import type { Directory } from '../directory/directory-schema.js';
import type { Config } from './config.js';

export function startupWarnings(config: Config, directory: Directory): string[] {
  const warnings: string[] = [];
  if (config.directoryFile === EXAMPLE_DIRECTORY_FILE)
    warnings.push(
      'DIRECTORY_FILE is not set: the shipped example offices are in use (example data: their officers are placeholders, so cases reach nobody real); set DIRECTORY_FILE to your offices file (docs/directory.md)',
    );
  if (!config.telegram && !config.whatsappCloud && !config.baileysEnabled && !config.intake.webchat)
    warnings.push(
      'no channel is on: nobody can write to this hotline; set TELEGRAM_BOT_TOKEN, the WHATSAPP_* variables, BAILEYS_ENABLED=true or WEBCHAT=on',
    );
  const officers = new Set(directory.offices.flatMap((office) => office.officers.map((o) => o.id)));
  const unknown = config.workspaceAdmins.filter((id) => !officers.has(id));
  if (unknown.length > 0)
    warnings.push(
      `WORKSPACE_ADMINS names ${unknown.map((id) => `"${id}"`).join(', ')}, not an officer in ${config.directoryFile}: they cannot sign in; use the officer's id from the directory`,
    );
  return warnings;
}
