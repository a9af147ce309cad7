import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/conversations/directory-services.js';

describe('dates a reporter reads', () => {
  // 23:30 in Jakarta on 22 November is already 23 November in Jayapura (WIT).
  const at = Date.UTC(2026, 10, 22, 16, 30);

  it('should use the reader language where ICU knows it, Indonesian for Minangkabau and Bugis', () => {
    expect(formatDate(at, 'su', 'Asia/Jakarta')).toBe('22 Nop 2026');
    expect(formatDate(at, 'jv', 'Asia/Jakarta')).toBe('22 Nov 2026');
    expect(formatDate(Date.UTC(2026, 7, 10), 'jv', 'Asia/Jakarta')).toBe('10 Agt 2026');
    expect(formatDate(at, 'min', 'Asia/Jakarta')).toBe(formatDate(at, 'id', 'Asia/Jakarta'));
    expect(formatDate(at, 'bug', 'Asia/Makassar')).toBe('23 Nov 2026');
    expect(formatDate(at, 'en', 'Asia/Jakarta')).toBe('22 Nov 2026');
  });

  it("should count the day on the office's calendar", () => {
    expect(formatDate(at, 'id', 'Asia/Jayapura')).toBe('23 Nov 2026');
  });
});
