/**
 * Finding 4 of the attack run: the officer alert path could be flooded — 200 urgent web chats put
 * 200 alerts in front of one officer at one a second, an urgent/`hapus`/`ya` loop raised 73 alerts a
 * minute, and erasing a case left its queued alerts to go out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HandoffScene, OFFICERS } from './handoff-harness.js';

const URGENT_IN_PALU = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang. saya di kota palu';

describe('the officer alert path under a flood', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  const count = (sql: string) => (scene.data.sql.prepare(sql).get() as { n: number }).n;

  /** Stores messages from several chats at once, then lets the worker and the dispatcher run. */
  async function burst(messages: { from: string; text: string }[]): Promise<void> {
    messages.forEach(({ from, text }, i) => {
      scene.hotline.ingest({
        channel: 'console',
        externalId: `${from}:${i}:${text.length}:${scene.clock.now()}`,
        userId: from,
        address: from,
        input: { type: 'text', text },
      });
    });
    await scene.hotline.whenIdle();
  }

  it('should keep one alert per reporter: asking again for an officer adds to it', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_IN_PALU);
    for (let i = 0; i < 3; i++) await scene.reporterSays('petugas');
    await scene.reporterSays('dia masih di depan pintu, tolong cepat');
    expect(count('select count(*) as n from alerts')).toBe(1);
    expect(scene.to('palu-a')).toHaveLength(1);
  });

  it('should slow down a sender who opens and erases urgent cases in a loop, and always still send the emergency numbers', async () => {
    scene = HandoffScene.open();
    for (let i = 0; i < 8; i++) {
      const replies = await scene.reporterSays(URGENT_IN_PALU);
      expect(replies[0]!.text).toMatch(/112[\s\S]*110[\s\S]*129/);
      await scene.reporterSays('hapus');
      await scene.reporterSays('ya');
      scene.clock.advance(5_000);
    }
    expect(count('select count(*) as n from alerts')).toBe(3);
    expect(count("select count(*) as n from audit_events where action = 'alert_throttled'")).toBe(5);
    // An hour later the same chat may raise an alert again.
    scene.clock.advance(60 * 60_000);
    await scene.reporterSays(URGENT_IN_PALU);
    expect(count('select count(*) as n from alerts')).toBe(4);
  });

  it('should withdraw an erased case’s alerts that were not sent yet', async () => {
    scene = HandoffScene.open();
    await burst([
      { from: 'reporter', text: URGENT_IN_PALU },
      { from: 'reporter', text: 'hapus' },
      { from: 'reporter', text: 'ya' },
    ]);
    expect(scene.to('palu-a')).toEqual([]);
    expect(count("select count(*) as n from audit_events where action = 'alert_withdrawn'")).toBe(1);
    expect(
      count("select count(*) as n from outbox where address_enc is not null and status = 'pending'"),
    ).toBe(0);
  });

  it('should put many new urgent cases of one office in one digest with the references, each still claimable', async () => {
    scene = HandoffScene.open();
    await burst(Array.from({ length: 12 }, (_, i) => ({ from: `flood-${i}`, text: URGENT_IN_PALU })));
    await scene.wait(1);
    const toOfficer = scene.to('palu-a');
    // The first five alone, then one digest for the other seven.
    expect(toOfficer).toHaveLength(6);
    const digest = toOfficer.at(-1)!;
    expect(digest.text.split('\n')[0]).toBe('Hotline PPA: 7 kasus baru menunggu petugas.');
    expect(digest.text).not.toMatch(/parang|bunuh/);
    expect(digest.options).toHaveLength(7);
    const references = digest.options!.map((o) => o.label);
    for (const reference of references) expect(digest.text).toContain(reference);
    await scene.officerSays('palu-a', { type: 'choice', optionId: digest.options![3]!.id });
    expect(scene.to('palu-a').at(-1)!.text).toContain(`Kasus ${references[3]} sekarang Anda tangani.`);
    expect(count("select count(*) as n from audit_events where action = 'alert_digested'")).toBe(7);
    // Nobody takes the rest: each still passes on to the next officer after its time.
    await scene.wait(300);
    expect(scene.to('palu-s').length).toBeGreaterThan(0);
    expect(OFFICERS['palu-s']).toBeDefined();
  });
});
