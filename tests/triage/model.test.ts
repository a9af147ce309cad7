import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { featureBuckets } from '../../src/triage/model/features.js';
import { modelSource, trainUrgencyModel } from '../../src/triage/model/train.js';
import { modelUrgencyScore, URGENCY_THRESHOLD } from '../../src/triage/model/urgency-score.js';
import { devExamples } from './train-model.js';

const SHIPPED = join(import.meta.dirname, '..', '..', 'src', 'triage', 'model', 'urgency-model.ts');

describe('the learned second opinion', () => {
  it('should ship exactly what training on the dev examples gives (run npm run triage:train)', () => {
    const examples = devExamples({ forModel: true });
    expect(readFileSync(SHIPPED, 'utf8')).toBe(modelSource(trainUrgencyModel(examples), examples.length));
  });

  it('should train the same model whatever the order of the examples', () => {
    const examples = devExamples();
    const reversed = [...examples].reverse();
    expect(trainUrgencyModel(reversed)).toEqual(trainUrgencyModel(examples));
  });

  it('should read each distinct n-gram bucket once, the same way every time', () => {
    const buckets = featureBuckets('Tolong!! suami   NGAMUK');
    expect(new Set(buckets).size).toBe(buckets.length);
    expect(featureBuckets('tolong suami ngamuk')).toEqual(buckets);
  });

  it('should make a message urgent when either the rules or the model say so, and name the model', () => {
    for (const { text } of devExamples()) {
      const result = triage(text);
      const modelSays = modelUrgencyScore(text) > URGENCY_THRESHOLD;
      expect(result.decidedBy.includes('model'), text).toBe(modelSays);
      expect(result.urgent, text).toBe(modelSays || result.urgentSignals.length > 0);
    }
  });
});
