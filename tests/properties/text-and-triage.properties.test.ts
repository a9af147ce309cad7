import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegionGazetteer } from '../../src/directory/index.js';
import { matchChoice } from '../../src/engine/choice-match.js';
import { normalizeAnswer } from '../../src/engine/text-normalize.js';
import { CATEGORIES, LANGUAGES } from '../../src/engine/types.js';
import { triage } from '../../src/triage/index.js';
import { testEnv } from '../support/engine-env.js';
import { hostileText, longText } from './hostile-text.js';

const gazetteer = createRegionGazetteer();

describe('text normalisation on hostile input', () => {
  it('should never throw and always return a string without invisible marks', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const normalized = normalizeAnswer(text);
        expect(typeof normalized).toBe('string');
        expect(normalized).not.toMatch(/[\u200b\u200c\u2060\ufeff]/);
      }),
    );
  });
});

describe('triage on hostile input', () => {
  it('should never throw and always answer in the contract shape', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, longText), (text) => {
        const result = triage(text);
        expect(LANGUAGES).toContain(result.language);
        expect(result.categories.length).toBeGreaterThan(0);
        for (const category of result.categories) expect(CATEGORIES).toContain(category);
        expect(typeof result.urgent).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('should keep a danger signal however it is wrapped in invisible marks and emoji', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\u200b', '\u202e', '😭', ' ', '\ufeff'),
        fc.constantFrom('\u200b', '🆘', ' ', '\u2069'),
        (before, after) => {
          expect(triage(`${before}tolong suami saya mau bunuh saya sekarang${after}`).urgent).toBe(true);
        },
      ),
    );
  });
});

describe('region matching on hostile input', () => {
  it('should never throw, in free text or as an answer', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        gazetteer.findRegionInText(text);
        const answer = gazetteer.resolveRegion(text);
        expect(['found', 'ambiguous', 'unknown']).toContain(answer.type);
      }),
      { numRuns: 150 },
    );
  });

  it('should never throw on very long text', () => {
    fc.assert(
      fc.property(longText, (text) => {
        gazetteer.findRegionInText(text);
      }),
      { numRuns: 10 },
    );
  });
});

describe('choice matching on hostile input', () => {
  const options = [
    { id: 'yes', labelKey: 'common:yes', next: 'a' },
    { id: 'no', labelKey: 'common:no', next: 'b' },
  ];
  it('should pick one of the options or none, never throw', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(...LANGUAGES), (text, lang) => {
        const match = matchChoice(
          options as never,
          { type: 'text', text },
          lang as never,
          testEnv({ labels: { 'common:yes': ['ya'], 'common:no': ['tidak'] } }),
        );
        if (match) expect(['yes', 'no']).toContain(match.option.id);
      }),
    );
  });
});
