import { existsSync, writeFileSync } from 'node:fs';
import type { Hotline } from '../conversations/hotline-runtime.js';

const USAGE = `Usage: hotline case export <reference> <file>   everything held about a case, for its reporter
       hotline case erase <reference>            delete its reporter data, as their own "hapus" would
`;

/**
 * `hotline case export|erase`: a reporter's rights under UU PDP, on an administrator's request
 * (e.g. the reporter came to the office). Both are audited with ids and times only.
 */
export async function caseCommand(args: string[], hotline: Hotline): Promise<number> {
  const [action, reference, file] = args;
  if (action === 'export' && reference && file && args.length === 3) {
    if (existsSync(file)) {
      process.stderr.write(`${file} already exists; name a new file\n`);
      return 1;
    }
    const record = await hotline.exportCase(reference);
    // Owner-only: the file holds the reporter's story in plain text.
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    process.stdout.write(
      `Wrote case ${record.case.reference} to ${file} (${record.messagesFromReporter.length} messages, ${record.evidence.length} files). It is not encrypted: hand it over and delete it.\n`,
    );
    return 0;
  }
  if (action === 'erase' && reference && args.length === 2) {
    const { alreadyAnonymous } = await hotline.eraseCase(reference);
    process.stdout.write(
      alreadyAnonymous
        ? `Case ${reference} holds no reporter data any more (only anonymous counts).\n`
        : `Deleted the reporter data of case ${reference}; its anonymous counts stay. An officer holding it is told.\n`,
    );
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}
