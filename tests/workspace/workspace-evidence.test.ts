import { afterEach, describe, expect, it } from 'vitest';
import { sniffType } from '../../src/workspace/case-evidence.js';
import { WorkspaceScene } from './workspace-scene.js';

/** The first bytes of a JPEG, then some of a picture: enough for a browser to know the type. */
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(64, 7)]);
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

describe('sniffType', () => {
  it.each([
    [JPEG, 'image', 'image/jpeg'],
    [Buffer.from('%PDF-1.7\n'), 'document', 'application/pdf'],
    [Buffer.from('OggS\0\x02'), 'audio', 'audio/ogg'],
    [Buffer.from('\0\0\0\x18ftypM4A '), 'audio', 'audio/mp4'],
    [Buffer.from('\0\0\0\x18ftypmp42'), 'video', 'video/mp4'],
  ])('should read %s (%s) as %s', (bytes, kind, type) => {
    expect(sniffType(bytes, kind)?.type).toBe(type);
  });

  it('should not name a type for HTML, whatever the sender said', () => {
    expect(sniffType(HTML, 'image')).toBeUndefined();
  });
});

describe('evidence on a case page', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  /** The reporter sends files after the report; the fetcher's part is played by storing the bytes. */
  async function withEvidence(files: Buffer[]): Promise<string> {
    const reference = await ws.report();
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    for (const [i, bytes] of files.entries()) {
      const mediaId = `console:ev-${i + 1}`;
      await ws.scene.reporterSays({ type: 'media', kind: 'image', mediaId });
      ws.scene.data.repos.media.register({
        id: mediaId,
        conversationId: found.conversationId!,
        channel: 'console',
        kind: 'image',
        ref: 'file-ref',
        declaredSize: bytes.length,
        now: ws.scene.clock.now(),
      });
      ws.scene.data.repos.media.markStored(mediaId, bytes, ws.scene.clock.now());
    }
    return reference;
  }

  it('should open a photo inline with its type, never stored by the browser, and audit the opening', async () => {
    ws = await WorkspaceScene.open();
    const reference = await withEvidence([JPEG, HTML]);
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('2 berkas');
    expect(page.body).toContain(`href="/petugas/kasus/${reference}/bukti/console%3Aev-1"`);
    const photo = await palu.get(`/petugas/kasus/${reference}/bukti/console%3Aev-1`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['content-disposition']).toBe(`inline; filename="${reference}-1.jpg"`);
    expect(photo.headers['cache-control']).toBe('no-store');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.rawPayload.equals(JPEG)).toBe(true);
    // A file a browser could run is a download, not a page of ours.
    const html = await palu.get(`/petugas/kasus/${reference}/bukti/console%3Aev-2`);
    expect(html.headers['content-type']).toBe('application/octet-stream');
    expect(html.headers['content-disposition']).toBe(`attachment; filename="${reference}-2.bin"`);
    // Only a file of this case.
    expect((await palu.get(`/petugas/kasus/${reference}/bukti/console%3Aev-9`)).statusCode).toBe(404);
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const opened = ws.scene.data.repos.desk
      .trail(found.id)
      .filter((e) => e.action === 'evidence_opened')
      .map((e) => `${e.actor} ${e.detail}`);
    expect(opened).toEqual(['palu-a console:ev-1', 'palu-a console:ev-2']);
  });

  it("should refuse another office's officer with 403, audited, and a browser without a session", async () => {
    ws = await WorkspaceScene.open();
    const reference = await withEvidence([JPEG]);
    const sumbar = ws.browser();
    await sumbar.signIn('sumbar-a');
    const refused = await sumbar.get(`/petugas/kasus/${reference}/bukti/console%3Aev-1`);
    expect(refused.statusCode).toBe(403);
    expect(refused.rawPayload.includes(JPEG.subarray(0, 10))).toBe(false);
    const stranger = await ws.browser().get(`/petugas/kasus/${reference}/bukti/console%3Aev-1`);
    expect(stranger.statusCode).toBe(303); // to sign-in
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const trail = ws.scene.data.repos.desk.trail(found.id).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toContain('sumbar-a case_view_refused');
    expect(trail.filter((e) => e.endsWith('evidence_opened'))).toEqual([]);
  });
});
