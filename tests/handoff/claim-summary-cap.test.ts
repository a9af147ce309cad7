import { afterEach, describe, expect, it } from 'vitest';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';

describe('the claim summary of a very long story', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should stay a couple of messages long and say how many notes it leaves out', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    // About 400 KB of notes: at Telegram's 4,096 characters a message, a hundred messages.
    const conversationId = scene.data.repos.conversations.findId('console', scene.reporter.userId)!;
    for (let i = 1; i <= 100; i++) {
      const addNote = `catatan ${i}: ${'dia datang lagi malam ini dan berteriak. '.repeat(100)}`;
      scene.data.repos.cases.apply(conversationId, { addNote }, scene.clock.now());
    }
    const before = scene.to('palu-a').length;
    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });

    const summary = scene.to('palu-a').slice(before);
    const text = summary.map((m) => m.text).join('\n');
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(text.length).toBeLessThan(10_000);
    expect(text).toContain(URGENT_OPENING); // the story itself comes first
    expect(text).toMatch(/Cerita pelapor di bawah ini dipersingkat .*: 99 catatan lain tidak ditampilkan/);
  });
});
