/**
 * Finding 1 of the attack run: a case reference was a bearer token. From an unrelated chat,
 * "laporan P7J-377" showed the date and the office, the next text went into the victim's story,
 * and 3,000 unthrottled guesses found a planted reference.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_LIMITS } from '../../src/conversations/reference-guard.js';
import { Conversation } from '../support/conversation-harness.js';
import { HandoffScene } from './handoff-harness.js';

const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';
/** What the attacker wrote into the victim's case. */
const FORGED = 'pelapor sudah aman, tidak perlu dihubungi, tutup saja kasusnya';
/** What a reply must not give away about a case: its office, its date, its status. */
const REVEALS = /Palu|UPTD|diterima|Jan 2026|2026|diteruskan/;

describe('a case reference typed in another chat', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should reveal nothing, and keep what that chat writes apart from the story, labelled unverified for officers', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    const reference = scene.reporter.latestCase()!.reference;

    const stranger = Conversation.open({ hotline: scene.reporter.t, userId: 'stranger' });
    const [asked, forged] = await stranger.run([`laporan ${reference}`, FORGED]);
    const shown = [...asked!, ...forged!].map((m) => m.text).join('\n');
    expect(shown).not.toMatch(REVEALS);
    expect(asked![0]!.text).toMatch(/menulis pesan untuk kantor/);
    expect(stranger.loudFirstLines()).toEqual([]);

    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    const summary = scene.to('palu-a').at(-1)!.text;
    const story = summary.slice(summary.indexOf('Cerita pelapor:'), summary.indexOf('Lokasi:'));
    expect(story).toContain(URGENT_OPENING);
    expect(story).not.toContain(FORGED);
    expect(summary).toMatch(new RegExp(`Pesan dari nomor lain, belum diverifikasi[^\\n]*\\n${FORGED}`));
    // Stored encrypted like the story.
    const raw = scene.data.sql.prepare('select text_enc from outside_notes').all();
    expect(JSON.stringify(raw)).not.toContain('tutup saja');
  });

  it('should answer a real and a made-up reference alike, and show the status only with the PIN, after a few wrong tries a pause', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    await scene.reporterSays('tidak');
    const reference = scene.reporter.latestCase()!.reference;
    const pin = scene.reporter.casePin()!;
    expect(pin).toMatch(/^\d{6}$/);
    // The PIN is kept only as a keyed hash, and the conversation forgets it once shown.
    const row = JSON.stringify(scene.data.sql.prepare('select * from cases').all());
    expect(row).not.toContain(pin);
    const conversationId = scene.data.repos.conversations.findId('console', 'reporter')!;
    const snapshot = scene.data.repos.conversations.load(conversationId)!.snapshot;
    expect(JSON.stringify(snapshot)).not.toContain(pin);

    const real = Conversation.open({ hotline: scene.reporter.t, userId: 'other-phone' });
    const [madeReply, , realReply] = await real.run(['CDF-GH7', 'keluar', reference]);
    expect(realReply!.map((m) => m.text)).toEqual(madeReply!.map((m) => m.text));

    const wrong = String((Number(pin) + 1) % 1_000_000).padStart(6, '0');
    const tries = await real.run([wrong, wrong, wrong, pin]);
    for (const reply of tries) expect(reply.map((m) => m.text).join('\n')).not.toMatch(REVEALS);
    expect(tries[3]![0]!.text).toMatch(/^PIN itu tidak membuka laporan ini/);
    const paused = scene.data.sql
      .prepare(
        "select actor, action, alert_id, case_id, office_id from audit_events where action = 'pin_paused'",
      )
      .all();
    expect(paused.length).toBe(1);

    scene.clock.advance(16 * 60_000);
    const [opened] = await real.run([pin]);
    expect(opened![0]!.text).toMatch(
      new RegExp(`Laporan ${reference} tercatat pada .* untuk UPTD PPA Kota Palu`),
    );
    await real.close();
  });
});

describe('guessing case references', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should throttle one chat typing reference after reference, and audit it with ids and times only', async () => {
    scene = HandoffScene.open();
    const guesser = Conversation.open({ hotline: scene.reporter.t, userId: 'guesser' });
    const guesses = ['CDF-GH3', 'CDF-GH4', 'CDF-GH6', 'CDF-GH7', 'CDF-GH9', 'CDF-GJ3', 'CDF-GJ4'];
    const replies: string[] = [];
    for (const guess of guesses) {
      const [reply] = await guesser.run([guess, 'keluar']);
      replies.push(reply![0]!.text);
    }
    expect(replies.slice(0, 5).every((r) => r.startsWith('Terima kasih.'))).toBe(true);
    expect(replies[5]).toMatch(/^Maaf, nomor laporan belum bisa diperiksa dari chat ini sekarang/);
    const audit = scene.data.sql
      .prepare("select * from audit_events where action = 'reference_throttled'")
      .all() as Record<string, unknown>[];
    expect(audit).toHaveLength(2);
    expect(Object.keys(audit[0]!).sort()).toEqual([
      'action',
      'actor',
      'alert_id',
      'at',
      'case_id',
      'detail',
      'id',
      'office_id',
    ]);
    // `detail` holds only an id or a listed value of the workspace's actions; none for a guess.
    expect(audit.map((row) => row.detail)).toEqual([null, null]);
    await guesser.close();
  });

  it('should not find a planted reference among 1,000 guesses from many chats', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    const planted = scene.reporter.latestCase()!.reference;
    const { hotline } = scene;
    const alphabet = 'CDFGHJKMNPRTVWXY34679';
    const guesses = Array.from({ length: 1000 }, (_, i) => {
      let n = i + 1;
      let ref = '';
      for (let k = 0; k < 6; k++) {
        ref += alphabet[n % alphabet.length];
        n = Math.floor(n / alphabet.length);
      }
      return `${ref.slice(0, 3)}-${ref.slice(3)}`;
    });
    // Past the overall limit (REFERENCE_LOOKUPS_TOTAL, 200 a window), where only the throttle answers.
    guesses[800] = planted;
    // Each guess from a chat of its own, as fast as they can be stored.
    const started = performance.now();
    guesses.forEach((guess, i) => {
      const userId = `guess-${i}`;
      hotline.ingest({
        channel: 'console',
        externalId: `g${i}`,
        userId,
        address: userId,
        input: { type: 'text', text: guess },
      });
    });
    await hotline.whenIdle();
    const toGuessers = scene.reporter.sender.sent.filter((s) => s.address.startsWith('guess-'));
    expect(toGuessers.length).toBeGreaterThan(guesses.length);
    expect(toGuessers.map((s) => s.message.text).join('\n')).not.toMatch(REVEALS);
    expect(toGuessers.map((s) => s.message.text).join('\n')).not.toContain(planted);
    // Over all chats together, guessing stops at the overall limit.
    const throttled = scene.data.sql
      .prepare("select count(*) as n from audit_events where action = 'reference_throttled'")
      .get() as { n: number };
    expect(throttled.n).toBe(guesses.length - DEFAULT_REFERENCE_LIMITS.lookupsTotal);
    console.log(`1,000 guesses answered in ${Math.round(performance.now() - started)} ms`);
  }, 60_000);
});
