import { createInterface } from 'node:readline';
import { createRegionGazetteer, type RegionGazetteer } from '../directory/index.js';
import { triage } from '../triage/index.js';

/**
 * `hotline triage [--json] [text]`: classify one message, or one message per stdin line (one JSON
 * object per output line), so offices and tests can check triage on their own examples.
 */
export async function triageCommand(args: string[]): Promise<number> {
  if (args[0] === '--eval') {
    const { triageEval } = await import('./triage-eval.js');
    return triageEval(args.slice(1));
  }
  const json = args.includes('--json');
  const text = args.filter((a) => a !== '--json').join(' ');
  // The official region list only: triage needs no offices, so no directory file can break it.
  const gazetteer = createRegionGazetteer();
  const print = (line: string) => {
    const result = describe(line, gazetteer);
    process.stdout.write(
      json
        ? `${JSON.stringify(result)}\n`
        : `language=${result.language} categories=${result.categories.join(',')} urgent=${result.urgent}` +
            `${result.signals.length ? ` signals=${result.signals.join(',')}` : ''}` +
            `${result.region ? ` region=${result.region.code} (${result.region.label})` : ''}\n`,
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

/** The triage result plus the names the contract uses (signals, reporterRole, victimIsChild, region). */
function describe(text: string, gazetteer: RegionGazetteer) {
  const result = triage(text);
  const place = gazetteer.findRegionInText(text);
  return {
    ...result,
    signals: result.urgentSignals,
    reporterRole: result.role ?? null,
    victimIsChild: result.child,
    region: place?.type === 'found' ? { code: place.area.code, label: place.area.label } : null,
  };
}
