import { describe, expect, it } from 'vitest';
import {
  LIST_BUTTON_LABEL,
  renderCloudMessage,
  templateParameter,
} from '../../../src/channels/whatsapp-cloud/whatsapp-cloud-format.js';
import { splitText } from '../../../src/conversations/message-parts.js';

const options = (...labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label }));

describe('renderCloudMessage', () => {
  it('should send plain text without link previews', () => {
    expect(renderCloudMessage({ text: 'Halo *teman*' })).toEqual([
      { type: 'text', text: { body: 'Halo *teman*', preview_url: false } },
    ]);
  });

  it('should offer up to three short choices as reply buttons', () => {
    const [body] = renderCloudMessage({ text: 'Setuju?', options: options('Ya', 'Tidak') });
    expect(body).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Setuju?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'o1', title: 'Ya' } },
            { type: 'reply', reply: { id: 'o2', title: 'Tidak' } },
          ],
        },
      },
    });
  });

  it('should use a list when a label is over 20 characters or there are more than three', () => {
    const [body] = renderCloudMessage({ text: 'Pilih', options: options('Satu', 'Dua', 'Tiga', 'Empat') });
    expect(body).toMatchObject({ interactive: { type: 'list', action: { button: LIST_BUTTON_LABEL } } });
    const [long] = renderCloudMessage({ text: 'Pilih', options: options('Saya punya nomor laporan') });
    expect(long).toMatchObject({ interactive: { type: 'list' } });
  });

  it('should cut a row title at 24 characters and show the whole label as its description', () => {
    const label = 'Kekerasan seksual atau pelecehan';
    const [body] = renderCloudMessage({ text: 'Pilih', options: options(label) });
    const row = (body as { interactive: { action: { sections: { rows: unknown[] }[] } } }).interactive.action
      .sections[0]!.rows[0];
    expect(row).toEqual({ id: 'o1', title: 'Kekerasan seksual atau …', description: label });
  });

  it('should fall back to numbered text for more than ten choices', () => {
    const many = options(...Array.from({ length: 11 }, (_, i) => `Pilihan ${i + 1}`));
    const [body] = renderCloudMessage({ text: 'Pilih', options: many });
    expect(body).toMatchObject({ type: 'text' });
    expect((body as { text: { body: string } }).text.body).toMatch(/^Pilih\n\n1\. Pilihan 1\n2\. Pilihan 2/);
  });

  it('should put earlier paragraphs of a long question in text, and the last ones with the buttons', () => {
    const text = `${'a'.repeat(1000)}\n\n${'b'.repeat(500)}`;
    const bodies = renderCloudMessage({ text, options: options('Ya', 'Tidak') });
    expect(bodies.map((b) => b.type)).toEqual(['text', 'interactive']);
    expect(bodies[1]).toMatchObject({ interactive: { body: { text: 'b'.repeat(500) } } });
  });
});

describe('splitText', () => {
  it('should split at paragraph breaks so no part is over the limit', () => {
    const parts = splitText(`${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}`, 4096);
    expect(parts).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
  });
});

describe('templateParameter', () => {
  it('should make one line of the text and its choices, within the limit', () => {
    expect(templateParameter({ text: 'Halo\n\nApa kabar?', options: options('Baik') }, 900)).toBe(
      'Halo · Apa kabar? · 1. Baik',
    );
    expect(templateParameter({ text: 'x'.repeat(1000) }, 900)).toHaveLength(900);
  });
});
