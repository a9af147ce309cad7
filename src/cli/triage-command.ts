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
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${plain(result)}\n`);
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

type Described = ReturnType<typeof describe>;

/**
 * One name per fact. `language`, `categories` and `urgent` are the external contract
 * (shared/DESIGN.md); the rest say what they hold: `urgentSignals` why it is urgent, `decidedBy`
 * which part of triage found that, `reporterRole` who is writing, `victimIsChild` a child at risk.
 */
function describe(text: string, gazetteer: RegionGazetteer) {
  const { role, child, ...result } = triage(text);
  const place = gazetteer.findRegionInText(text);
  return {
    language: result.language,
    languageConfidence: result.languageConfidence,
    categories: result.categories,
    urgent: result.urgent,
    urgentSignals: result.urgentSignals,
    decidedBy: result.decidedBy,
    reporterRole: role ?? null,
    victimIsChild: child,
    when: result.when ?? null,
    selfHarm: result.selfHarm,
    injury: result.injury,
    abroad: result.abroad,
    // A typo's guess is shown as one: the conversation asks the reporter before it routes by it.
    region:
      place?.type === 'found'
        ? { code: place.area.code, label: place.area.label, ...(place.guessed ? { guessed: true } : {}) }
        : null,
  };
}

/** Every field of the JSON on one line, `key=value`, leaving out what is empty or false. */
function plain(r: Described): string {
  const parts = [`language=${r.language}`, `categories=${r.categories.join(',')}`, `urgent=${r.urgent}`];
  if (r.urgentSignals.length > 0) parts.push(`signals=${r.urgentSignals.join(',')}`);
  if (r.decidedBy.length > 0) parts.push(`decidedBy=${r.decidedBy.join(',')}`);
  if (r.reporterRole) parts.push(`role=${r.reporterRole}`);
  if (r.victimIsChild) parts.push('child=true');
  if (r.when) parts.push(`when=${r.when}`);
  if (r.selfHarm) parts.push('selfHarm=true');
  if (r.injury) parts.push('injury=true');
  if (r.abroad) parts.push('abroad=true');
  if (r.region)
    parts.push(`region=${r.region.code} (${r.region.label}${r.region.guessed ? ', guessed' : ''})`);
  return parts.join(' ');
}
