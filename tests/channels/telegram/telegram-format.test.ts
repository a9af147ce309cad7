import { describe, expect, it } from 'vitest';
import {
  splitTelegramText,
  stripMarkers,
  TELEGRAM_MAX_TEXT,
  toTelegramHtml,
} from '../../../src/channels/telegram/telegram-format.js';

describe('toTelegramHtml', () => {
  it.each([
    ['Ketik *hapus* kapan saja', 'Ketik <b>hapus</b> kapan saja'],
    ['Nomor: *VP4-XGT*.', 'Nomor: <b>VP4-XGT</b>.'],
    ['<script>alert(1)</script> & *<b>*', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>&lt;b&gt;</b>'],
    ['2 * 3 = 6 and 4 * 5', '2 * 3 = 6 and 4 * 5'],
    ['*not\nacross lines*', '*not\nacross lines*'],
    ['a lone * star', 'a lone * star'],
    ['**', '**'],
    ['*a* and *b*', '<b>a</b> and <b>b</b>'],
  ])('should render %j as %j', (text, html) => {
    expect(toTelegramHtml(text)).toBe(html);
  });

  it('should strip markers for the plain-text fallback', () => {
    expect(stripMarkers('Ketik *hapus* <ok>')).toBe('Ketik hapus <ok>');
  });
});

describe('splitTelegramText', () => {
  it('should keep a short text whole', () => {
    expect(splitTelegramText('halo')).toEqual(['halo']);
  });

  it('should split a long text at paragraph breaks, every part within the limit', () => {
    const paragraph = 'kata '.repeat(500).trim();
    const text = Array.from({ length: 5 }, () => paragraph).join('\n\n');
    const parts = splitTelegramText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('should split a text without spaces hard, never inside an emoji', () => {
    const text = `${'a'.repeat(TELEGRAM_MAX_TEXT - 1)}😀${'b'.repeat(10)}`;
    const parts = splitTelegramText(text);
    expect(parts[0]).toBe('a'.repeat(TELEGRAM_MAX_TEXT - 1));
    expect(parts[1]).toBe(`😀${'b'.repeat(10)}`);
  });
});
