import { type FlowDefinition, RETURN, type StateDef, stateTargets } from './flow-definition.js';

const SHAPES: Record<StateDef<unknown, string>['type'], [string, string]> = {
  say: ['[', ']'],
  decide: ['{', '}'],
  ask_choice: ['[/', '/]'],
  ask_text: ['[/', '/]'],
  ask_location: ['[/', '/]'],
  end: ['([', '])'],
};

/** A Mermaid flowchart of a flow, so office staff can review the alur layanan on paper. */
export function flowToMermaid<V, S extends string>(flow: FlowDefinition<V, S>): string {
  const lines = ['flowchart TD', `  start((start)) --> ${nodeId(flow.initial)}`];
  let usesReturn = false;
  for (const [name, def] of Object.entries(flow.states) as [string, StateDef<V, S>][]) {
    const [open, close] = SHAPES[def.type];
    lines.push(`  ${nodeId(name)}${open}"${escapeLabel(`${name} · ${def.type}`)}"${close}`);
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
