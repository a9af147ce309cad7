import { createInterface } from 'node:readline';
import { triage } from '../triage/index.js';

/**
 * `hotline triage [--json] [text]`: classify one message, or one message per stdin line (one JSON
 * object per output line), so offices and tests can check triage on their own examples.
 */
export async function triageCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const text = args.filter((a) => a !== '--json').join(' ');
  const print = (line: string) => {
    const result = triage(line);
    process.stdout.write(
      json
        ? `${JSON.stringify(result)}\n`
        : `language=${result.language} categories=${result.categories.join(',')} urgent=${result.urgent}\n`,
    );
  };
  if (text !== '') {
    print(text);
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (line.trim() !== '') print(line);
  }
  return 0;
}
