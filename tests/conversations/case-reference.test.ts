import { describe, expect, it } from 'vitest';
import { randomCaseReference } from '../../src/conversations/case-reference.js';
import { findCaseReferences } from '../../src/engine/case-reference-text.js';

describe('findCaseReferences', () => {
  it.each([
    ['VP4-XGT', ['VP4-XGT']],
    ['vp4 xgt', ['VP4-XGT']],
    ['vp4xgt', ['VP4-XGT']],
    ['kula badhe nyuwun pirsa laporan VP4-XGT', ['VP4-XGT']],
    ['cek laporan vp4 xgt ya, dan juga HJK_MNP.', ['VP4-XGT', 'HJK-MNP']],
  ])('should find the reference in "%s"', (text, expected) => {
    expect(findCaseReferences(text)).toEqual(expected);
  });

  it.each([
    'saya dipukul suami di Pati',
    'nomor saya 0812 3456 7890',
    'VP4-XGTX', // longer than a reference
    'xVP4XGT',
    'VO4-XGT', // O is not in the alphabet
  ])('should find none in "%s"', (text) => {
    expect(findCaseReferences(text)).toEqual([]);
  });

  it('should find every reference it draws, inside a sentence too', () => {
    for (let i = 0; i < 200; i++) {
      const reference = randomCaseReference();
      expect(findCaseReferences(`laporan ${reference.toLowerCase()} bagaimana?`)).toEqual([reference]);
    }
  });
});
