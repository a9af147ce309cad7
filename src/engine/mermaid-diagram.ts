import { type FlowDefinition, RETURN, type StateDef, stateTargets } from './flow-definition.js';
import type { Message } from './types.js';

const SHAPES: Record<StateDef<unknown, string>['type'], [string, string]> = {
  say: ['[', ']'],
  decide: ['{', '}'],
  ask_choice: ['[/', '/]'],
  ask_text: ['[/', '/]'],
  ask_location: ['[/', '/]'],
  end: ['([', '])'],
};

/** The first i18n key a state says or asks, when it is fixed in the definition (not computed). */
function stateMessageKey<V, S extends string, Svc>(def: StateDef<V, S, Svc>): string | undefined {
  const first = (m: Message | undefined) => {
    const part = m?.keys[0];
    return typeof part === 'string' ? part : part?.key;
  };
  switch (def.type) {
    case 'say':
    case 'end':
      return Array.isArray(def.say) ? first(def.say[0]) : undefined;
    case 'ask_choice':
    case 'ask_text':
    case 'ask_location':
      return typeof def.prompt === 'function' ? undefined : first(def.prompt);
    case 'decide':
      return undefined;
    default: {
      const never: never = def;
      throw new Error(`unknown state type ${JSON.stringify(never)}`);
    }
  }
}

/**
 * A Mermaid flowchart of a flow, so office staff can review the alur layanan on paper. `describe`
 * may add a line of what the bot says in each state (the first line of its text).
 */
export function flowToMermaid<V, S extends string, Svc>(
  flow: FlowDefinition<V, S, Svc>,
  describe: (key: string) => string | undefined = () => undefined,
): string {
  const lines = ['flowchart TD', `  start((start)) --> ${nodeId(flow.initial)}`];
  let usesReturn = false;
  for (const [name, def] of Object.entries(flow.states) as [string, StateDef<V, S, Svc>][]) {
    const [open, close] = SHAPES[def.type];
    const key = stateMessageKey(def);
    const said = key ? describe(key)?.split('\n')[0] : undefined;
    const label = said ? `${name} · ${def.type}<br/>${said}` : `${name} · ${def.type}`;
    lines.push(`  ${nodeId(name)}${open}"${escapeLabel(label)}"${close}`);
    for (const edge of stateTargets(def)) {
      if (edge.to === RETURN) usesReturn = true;
      const label = edge.label ? `|"${escapeLabel(edge.label)}"|` : '';
      lines.push(`  ${nodeId(name)} -->${label} ${nodeId(edge.to)}`);
    }
  }
  if (usesReturn) lines.push(`  ${nodeId(RETURN)}(("back to where they were"))`);
  for (const [command] of Object.entries(flow.interrupts?.commands ?? {})) {
    lines.push(`  %% global command at any step: ${command}`);
  }
  if (flow.interrupts?.urgent) lines.push('  %% urgent signals in any message interrupt every step');
  return `${lines.join('\n')}\n`;
}

function nodeId(state: string): string {
  return state === RETURN ? 'return_to_caller' : `s_${state.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function escapeLabel(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ');
}
