import { createLogger } from '../log/logger.js';
import type { Config } from '../config/config.js';

export const USAGE = `Usage: hotline <command>
  serve                      run the service (web chat at http://HOST:PORT/)
  chat                       talk to the hotline in this terminal
  triage [--json] [text]     classify a message (no text: one message per stdin line)
  triage --eval <file>...    score triage on labelled JSONL examples
  flows diagram [flow]       print a Mermaid diagram of a flow (default: hotline)
  directory check <file>     validate an offices YAML file
  oncall [office]            who an urgent case would reach now, in escalation order
  alerts [office] [--limit N] the newest officer alerts and their audit trail
  stats [office] [--from YYYY-MM] [--to YYYY-MM] [--csv <file>]
                             cases per month, kind, risk, region, time to claim; the SIMFONI-shaped CSV
  migrate                    apply database migrations and exit
  backup <file>              a consistent copy of the database while the service runs
  restore <file>             replace the database with a backup (stop the service first)
  db copy --from <file> [--to postgres://…]
                             move a SQLite database into a new PostgreSQL database (stop the service first)
  keys rotate                re-encrypt stored data under the first DATA_KEY, while the service runs
  case export <ref> <file>   everything held about one case, for its reporter (audited)
  case erase <ref>           delete a case's reporter data, as their own "hapus" (audited)
  sessions list | end <officer-id> | end --all
                             who is signed in to the officer workspace; end their sessions
  retention [--dry-run]      purge expired case text and abandoned chats now (or show the counts)
  telegram set-webhook <url> register the Telegram webhook (with TELEGRAM_WEBHOOK_SECRET)
  telegram delete-webhook    remove it (back to long polling)
  whatsapp link [--pairing-code <phone>]
                             link a WhatsApp number as a linked device (Baileys)
`;

export interface CommandDeps {
  loadConfig: () => Config;
}

/** Runs one CLI command; returns the exit code. Modules load lazily so `flows diagram` needs no database. */
export async function runCommand(argv: string[], deps: CommandDeps): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve': {
      const config = deps.loadConfig();
      const { serve } = await import('../server.js');
      await serve(config, createLogger(config.logLevel));
      return 0;
    }
    case 'chat': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { openConsoleChat, readConsoleLines } = await import('../channels/console/console-chat.js');
      // Logs go to stderr at warn so they never interleave with the conversation.
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
      const { claimDatabaseFile } = await import('../db/service-pid-file.js');
      // The terminal chat runs the whole pipeline: never beside a service on the same SQLite file.
      const release = config.postgresUrl ? () => undefined : claimDatabaseFile(config.databaseFile);
      try {
        const hotline = await createHotline(config, logger);
        openConsoleChat(hotline, { write: (t) => process.stdout.write(t) });
        hotline.start();
        await readConsoleLines(hotline, process.stdin);
        // The input ended (Ctrl+D): show the replies to the last lines before leaving.
        await hotline.whenIdle();
        await hotline.close();
      } finally {
        release();
      }
      return 0;
    }
    case 'migrate': {
      const config = deps.loadConfig();
      const { migrateDatabase } = await import('../bootstrap.js');
      await migrateDatabase(config, createLogger(config.logLevel));
      process.stdout.write(
        `Database is up to date: ${config.postgresUrl ? 'PostgreSQL (DATABASE_URL)' : config.databaseFile}\n`,
      );
      return 0;
    }
    case 'backup': {
      const config = deps.loadConfig();
      const { backupCommand } = await import('./backup-command.js');
      return backupCommand(rest, config);
    }
    case 'restore': {
      const config = deps.loadConfig();
      const { restoreCommand } = await import('./backup-command.js');
      return restoreCommand(rest, config, createLogger(config.logLevel, process.stderr));
    }
    case 'case': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { caseCommand } = await import('./case-command.js');
      const hotline = await createHotline(config, createLogger('warn', process.stderr));
      try {
        return await caseCommand(rest, hotline);
      } finally {
        await hotline.close();
      }
    }
    case 'sessions': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { sessionsCommand } = await import('./sessions-command.js');
      const hotline = await createHotline(config, createLogger('warn', process.stderr));
      try {
        return await sessionsCommand(rest, hotline);
      } finally {
        await hotline.close();
      }
    }
    case 'retention': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const hotline = await createHotline(config, createLogger('warn', process.stderr));
      try {
        const dryRun = rest.includes('--dry-run');
        const counts = await hotline.sweepRetention(config.retention, dryRun);
        process.stdout.write(
          `${dryRun ? 'Would remove' : 'Removed'}: ${counts.casesExpired} conversation(s) whose cases had no activity for ${config.retention.retentionDays} days (kept as anonymous counts), ${counts.abandoned} abandoned conversation(s) without a case (older than ${config.retention.abandonedDays} days).\n`,
        );
        return 0;
      } finally {
        await hotline.close();
      }
    }
    case 'db': {
      const config = deps.loadConfig();
      const { dbCommand } = await import('./db-command.js');
      return dbCommand(rest, config);
    }
    case 'keys': {
      const config = deps.loadConfig();
      const { keysCommand } = await import('./keys-command.js');
      return keysCommand(rest, config, createLogger(config.logLevel, process.stderr));
    }
    case 'flows': {
      const { flowsCommand } = await import('./flows-command.js');
      return flowsCommand(rest);
    }
    case 'triage': {
      const { triageCommand } = await import('./triage-command.js');
      return triageCommand(rest);
    }
    case 'oncall': {
      const { oncallCommand } = await import('./oncall-command.js');
      return oncallCommand(rest);
    }
    case 'alerts': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { loadDirectory } = await import('../directory/index.js');
      const { alertsCommand } = await import('./alerts-command.js');
      const hotline = await createHotline(config, createLogger('warn', process.stderr));
      try {
        return await alertsCommand(rest, hotline, loadDirectory(config.directoryFile));
      } finally {
        await hotline.close();
      }
    }
    case 'stats': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { loadDirectory } = await import('../directory/index.js');
      const { statsCommand } = await import('./stats-command.js');
      const hotline = await createHotline(config, createLogger('warn', process.stderr));
      try {
        return await statsCommand(rest, hotline, loadDirectory(config.directoryFile));
      } finally {
        await hotline.close();
      }
    }
    case 'directory': {
      const { directoryCommand } = await import('./directory-command.js');
      return directoryCommand(rest);
    }
    case 'telegram': {
      const config = deps.loadConfig();
      const { telegramCommand } = await import('./telegram-command.js');
      return telegramCommand(rest, config.telegram);
    }
    case 'whatsapp': {
      const config = deps.loadConfig();
      const { createHotline } = await import('../bootstrap.js');
      const { whatsappCommand } = await import('./whatsapp-command.js');
      // Logs go to stderr at warn so the QR code stays readable.
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
      const hotline = await createHotline(config, logger);
      try {
        return await whatsappCommand(rest, {
          hotline,
          io: { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
        });
      } finally {
        await hotline.close();
      }
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
