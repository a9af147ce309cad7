import { isPlaceholderChat } from '../directory/directory-checks.js';
import { checkDirectory } from '../directory/directory-loader.js';
import type { Directory } from '../directory/index.js';

/**
 * `hotline directory check <file>`: every error and warning, each naming the office and the field,
 * then a summary. Exit 0 when the service would start (warnings included), 1 when it would not.
 */
export async function directoryCommand(args: string[]): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'check' || !file) {
    process.stderr.write('Usage: hotline directory check <file>\n');
    return 2;
  }
  const { problems, warnings, directory } = checkDirectory(file);
  for (const problem of problems) process.stderr.write(`error: ${problem}\n`);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const counts = `${plural(problems.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  if (!directory) {
    process.stderr.write(`${file}: ${counts}; fix the errors: the service will not start with this file\n`);
    return 1;
  }
  const verdict = warnings.length > 0 ? 'OK with warnings (the service starts)' : 'OK';
  process.stdout.write(`${file}: ${verdict}; ${counts}\n${summary(directory)}\n`);
  return 0;
}

/** Offices, how many are verified, officers, and on-call entries that still name example ids. */
export function summary(directory: Directory): string {
  const offices = directory.offices;
  const verified = offices.filter((office) => office.verified).length;
  const officers = offices.flatMap((office) => office.officers);
  const oncall = offices.flatMap((office) =>
    office.oncall.map((rule) => office.officers.find((officer) => officer.id === rule.officer)),
  );
  const placeholders = oncall.filter((officer) => officer && isPlaceholderChat(officer)).length;
  return (
    `  ${plural(offices.length, 'office')} (${verified} verified), ${plural(officers.length, 'officer')}, ` +
    `${plural(oncall.length, 'on-call entry', 'on-call entries')}` +
    (placeholders > 0 ? ` (${placeholders} with placeholder ids: alerts to them reach nobody real)` : '')
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
