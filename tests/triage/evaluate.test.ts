import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledExample, parseExamples, type TriageResult } from '../../src/triage/index.js';

function result(partial: Partial<TriageResult>): TriageResult {
  return {
    language: 'id',
    languageConfidence: 1,
    categories: ['other'],
    urgent: false,
    urgentSignals: [],
    decidedBy: [],
    child: false,
    selfHarm: false,
    injury: false,
    abroad: false,
    ...partial,
  };
}

const examples: LabelledExample[] = [
  { text: 'a', language: 'id', categories: ['kdrt'], urgent: true },
  { text: 'b', language: 'id', categories: ['kdrt', 'child'], urgent: false },
  { text: 'c', language: 'id', categories: ['other'], urgent: false },
  { text: 'd', language: 'jv', categories: ['tppo'], urgent: true },
];

// A fixed fake classifier, so the arithmetic is checked independently of the rules.
const answers: Record<string, TriageResult> = {
  a: result({ categories: ['kdrt'], urgent: true }),
  b: result({ categories: ['kdrt'], urgent: true }),
  c: result({ language: 'en', categories: ['other'] }),
  d: result({ language: 'jv', categories: ['tppo', 'online'], urgent: false }),
};
const classify = (text: string) => answers[text] ?? result({});

describe('evaluate', () => {
  it('should compute language accuracy, urgent precision/recall and category micro-F1 per language', () => {
    const report = evaluate(examples, classify);
    const id = report.perLanguage.find((f) => f.language === 'id');
    // id: language 2/3; urgent tp=1 fp=1 fn=0; categories tp=3 (kdrt, kdrt, other) fp=0 fn=1 (child).
    expect(id).toMatchObject({ examples: 3, languageAccuracy: 0.667, urgentPrecision: 0.5, urgentRecall: 1 });
    expect(id?.categoryF1).toBeCloseTo(6 / 7, 3);
    const jv = report.perLanguage.find((f) => f.language === 'jv');
    // jv: urgent tp=0 fn=1 and nothing flagged: precision counts as 1 (no false alarm), recall 0.
    expect(jv).toMatchObject({ languageAccuracy: 1, urgentPrecision: 1, urgentRecall: 0 });
    expect(jv?.categoryF1).toBeCloseTo(2 / 3, 3);
  });

  it('should report overall figures and list every disagreeing example', () => {
    const report = evaluate(examples, classify);
    expect(report.overall).toMatchObject({ language: 'all', examples: 4, languageAccuracy: 0.75 });
    expect(report.mistakes.map((m) => m.example.text)).toEqual(['b', 'c', 'd']);
  });

  it('should score each category, their macro-F1 and the confusion between them', () => {
    const report = evaluate(examples, classify);
    // kdrt: tp=2 (a, b) fp=0 fn=0; child: fn=1 (b); tppo: tp=1; online: fp=1 (d); other: tp=1.
    expect(report.perCategory.find((c) => c.category === 'kdrt')).toMatchObject({ support: 2, f1: 1 });
    expect(report.perCategory.find((c) => c.category === 'child')).toMatchObject({
      support: 1,
      recall: 0,
      f1: 0,
    });
    expect(report.perCategory.find((c) => c.category === 'online')).toMatchObject({
      support: 0,
      precision: 0,
    });
    // sexual_violence is never expected nor given: F1 1 (nothing to get wrong).
    expect(report.macroF1).toBeCloseTo((1 + 1 + 1 + 0 + 0 + 1) / 6, 3);
    // b is kdrt+child and got kdrt: the child row counts one kdrt; d is tppo and got tppo+online.
    expect(report.confusion.child.kdrt).toBe(1);
    expect(report.confusion.tppo).toMatchObject({ tppo: 1, online: 1, other: 0 });
  });

  it('should omit languages without examples', () => {
    expect(evaluate(examples, classify).perLanguage.map((f) => f.language)).toEqual(['id', 'jv']);
  });
});

describe('parseExamples', () => {
  it('should read JSON Lines and skip blank lines', () => {
    const jsonl = '{"text":"halo","language":"id","categories":["other"],"urgent":false}\n\n';
    expect(parseExamples(jsonl, 'f.jsonl')).toEqual([
      { text: 'halo', language: 'id', categories: ['other'], urgent: false, source: 'f.jsonl:1' },
    ]);
  });

  it('should reject a line with an unknown category or language, naming the line', () => {
    expect(() =>
      parseExamples('{"text":"x","language":"id","categories":["abuse"],"urgent":false}', 'f.jsonl'),
    ).toThrow('f.jsonl:1');
    expect(() =>
      parseExamples('{"text":"x","language":"xx","categories":["other"],"urgent":false}'),
    ).toThrow();
  });
});
