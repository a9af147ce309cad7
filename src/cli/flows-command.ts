import { DEFAULT_FLOW_ID, FLOWS } from '../../flows/index.js';
import { isLanguage, LANGUAGES } from '../engine/types.js';
import { flowToMermaid } from '../engine/mermaid-diagram.js';
import { createTranslator } from '../i18n/translator.js';

const USAGE = `Usage: hotline flows diagram [flow] [--lang ${LANGUAGES.join('|')}]\n`;

/** `hotline flows diagram`: the flow as Mermaid, each step labelled with what the bot says there. */
export function flowsCommand(args: string[]): number {
  const langAt = args.indexOf('--lang');
  const lang = langAt === -1 ? 'id' : args[langAt + 1];
  const [sub, flowId = DEFAULT_FLOW_ID] = args.filter(
    (_, i) => langAt === -1 || (i !== langAt && i !== langAt + 1),
  );
  if (sub !== 'diagram' || !isLanguage(lang)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const flow = FLOWS.get(flowId as typeof DEFAULT_FLOW_ID);
  if (!flow) {
    process.stderr.write(`Unknown flow "${flowId}". Flows: ${[...FLOWS.keys()].join(', ')}\n`);
    return 2;
  }
  const t = createTranslator();
  process.stdout.write(flowToMermaid(flow, (key) => t.t(key, { lng: lang })));
  return 0;
}
