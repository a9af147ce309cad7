import { checkDirectory } from '../directory/directory-loader.js';

/** `hotline directory check <file>`: every problem, naming the office and the field. */
export async function directoryCommand(args: string[]): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'check' || !file) {
    process.stderr.write('Usage: hotline directory check <file>\n');
    return 2;
  }
  const problems = await checkDirectory(file);
  if (problems.length === 0) {
    process.stdout.write(`${file}: OK\n`);
    return 0;
  }
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stderr.write(`${file}: ${problems.length} problem(s)\n`);
  return 1;
}
