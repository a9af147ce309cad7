import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import {
  BUCKETS,
  FEATURES,
  featureBuckets,
  forEachWordBucket,
  messageFeatures,
  WORD_BUCKETS,
} from '../../src/triage/model/features.js';
import { PART_NAMES } from '../../src/triage/model/parts.js';
import { trainUrgencyModels } from '../../src/triage/model/train.js';
import {
  LOGISTIC_THRESHOLD,
  modelSaysUrgent,
  modelUrgencyScores,
  NAIVE_BAYES_THRESHOLD,
} from '../../src/triage/model/urgency-score.js';
import { readMessage } from '../../src/triage/read.js';
import { devExamples, shippedModelSource } from './train-model.js';

const SHIPPED = join(import.meta.dirname, '..', '..', 'src', 'triage', 'model', 'urgency-model.ts');

describe('the learned second opinion', () => {
  it('should ship exactly what training on the dev examples gives (run npm run triage:train)', () => {
    expect(readFileSync(SHIPPED, 'utf8')).toBe(shippedModelSource());
  }, 120_000);

  it('should train the same model whatever the order of the examples', () => {
    const examples = devExamples();
    const reversed = [...examples].reverse();
    expect(trainUrgencyModels(reversed, reversed)).toEqual(trainUrgencyModels(examples, examples));
  }, 120_000);

  it('should read each distinct word bucket once, and tell word order apart', () => {
    const words = (tokens: string[]) => {
      const buckets: number[] = [];
      forEachWordBucket(tokens, (b) => buckets.push(b));
      return buckets;
    };
    const twice = words(['suami', 'mukul', 'suami', 'mukul']);
    expect(new Set(twice).size).toBe(twice.length);
    expect(words(['mukul', 'suami']).sort()).not.toEqual(words(['suami', 'mukul']).sort());
  });

  it('should show the rule parts by name, within the feature space', () => {
    const features = messageFeatures(readMessage('tolong suami saya lagi mukulin saya sekarang'));
    const parts = [...features]
      .filter((f) => f >= BUCKETS + WORD_BUCKETS)
      .map((f) => f - BUCKETS - WORD_BUCKETS);
    const names = parts.map((p) => PART_NAMES[p]);
    expect(names).toContain('situation.act');
    expect(names).toContain('harm.present');
    expect(names).not.toContain('harm.past');
    expect(Math.max(...features)).toBeLessThan(FEATURES);
  });

  it('should read each distinct n-gram bucket once, the same way every time', () => {
    const buckets = featureBuckets('Tolong!! suami   NGAMUK');
    expect(new Set(buckets).size).toBe(buckets.length);
    expect(featureBuckets('tolong suami ngamuk')).toEqual(buckets);
  });

  it('should make a message urgent when either the rules or the model say so, and name the model', () => {
    for (const { text } of devExamples()) {
      const result = triage(text);
      const { naiveBayes, logistic } = modelUrgencyScores(readMessage(text));
      const modelSays = naiveBayes > NAIVE_BAYES_THRESHOLD || logistic > LOGISTIC_THRESHOLD;
      expect(modelSaysUrgent(readMessage(text))).toBe(modelSays);
      expect(result.decidedBy.includes('model'), text).toBe(modelSays);
      expect(result.urgent, text).toBe(modelSays || result.urgentSignals.length > 0);
    }
  });
});
