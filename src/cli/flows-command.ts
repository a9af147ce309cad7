import { DEFAULT_FLOW_ID, FLOWS } from '../../flows/index.js';
import { flowToMermaid } from '../engine/mermaid-diagram.js';

export function flowsCommand(args: string[]): number {
  const [sub, flowId = DEFAULT_FLOW_ID] = args;
  if (sub !== 'diagram') {
    process.stderr.write('Usage: hotline flows diagram [flow]\n');
    return 2;
  }
  const flow = FLOWS.get(flowId as typeof DEFAULT_FLOW_ID);
  if (!flow) {
    process.stderr.write(`Unknown flow "${flowId}". Flows: ${[...FLOWS.keys()].join(', ')}\n`);
    return 2;
  }
  process.stdout.write(flowToMermaid(flow));
  return 0;
}
