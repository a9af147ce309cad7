import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/index.js';
import { stateTargets } from '../../src/engine/flow-definition.js';
import { flowToMermaid } from '../../src/engine/mermaid-diagram.js';

// The subset of Mermaid flowchart syntax the diagram uses; anything else is a bug in the generator.
const NODE = '[A-Za-z0-9_]+';
const LABEL = String.raw`"[^"\n]*"`;
const SHAPED = String.raw`${NODE}(\[${LABEL}\]|\{${LABEL}\}|\[/${LABEL}/\]|\(\[${LABEL}\]\)|\(\(${LABEL}\)\)|\(\([a-z]+\)\))`;
const LINE = new RegExp(
  String.raw`^(flowchart TD|  ${SHAPED}|  (${SHAPED}|${NODE}) -->(\|${LABEL}\|)? ${NODE}|  %% .*)$`,
);

describe.each([...FLOWS.values()])('flowToMermaid($id)', (flow) => {
  const diagram = flowToMermaid(flow);

  it('should write only valid flowchart lines', () => {
    const bad = diagram
      .trimEnd()
      .split('\n')
      .filter((l) => !LINE.test(l));
    expect(bad).toEqual([]);
  });

  it('should draw every state and every edge', () => {
    for (const [name, def] of Object.entries(flow.states)) {
      expect(diagram).toContain(`s_${name}`);
      expect(diagram.split('\n').filter((l) => l.startsWith(`  s_${name} -->`))).toHaveLength(
        stateTargets(def as never).length,
      );
    }
  });

  it('should define every node it links to', () => {
    const defined = new Set([...diagram.matchAll(/^ {2}([A-Za-z0-9_]+)[[{(]/gm)].map((m) => m[1]));
    const linked = [...diagram.matchAll(/--> (?:\|"[^"]*"\| )?([A-Za-z0-9_]+)$/gm)].map((m) => m[1]);
    expect(linked.filter((n) => !defined.has(n))).toEqual([]);
  });
});

describe('flowToMermaid with the words the bot says', () => {
  it('should label fixed prompts with the first line of their text and keep the syntax valid', () => {
    const hotline = FLOWS.get('hotline')!;
    const diagram = flowToMermaid(hotline, (key) =>
      key === 'hotline:consent.question' ? 'Setuju? "ya"\nbaris dua' : undefined,
    );
    expect(diagram).toContain('s_consent[/"consent · ask_choice<br/>Setuju? #quot;ya#quot;"/]');
    expect(diagram).not.toContain('baris dua');
    expect(
      diagram
        .trimEnd()
        .split('\n')
        .filter((l) => !LINE.test(l)),
    ).toEqual([]);
  });
});
