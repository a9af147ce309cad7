/**
 * Evidence a reporter sent, opened in the officer's browser: only files of a case the officer may
 * see and listed in that case's evidence, decrypted by the media port, every opening audited
 * (`evidence_opened`, the file's id). The type is read from the file's first bytes, never trusted
 * from the sender; a type a browser could run (HTML, SVG, anything unknown) is a download instead.
 */
import type { DeskGateway } from './sign-in.js';
import { evidenceOf, visibleCase } from './case-desk.js';
import type { Viewer } from './workspace-access.js';

export interface EvidenceFile {
  bytes: Buffer;
  /** A type browsers show and never run; `application/octet-stream` otherwise. */
  contentType: string;
  /** inline for a known type, attachment for the rest. */
  disposition: 'inline' | 'attachment';
  fileName: string;
}

export type EvidenceResult = { ok: EvidenceFile } | { refused: 'not_found' | 'forbidden' };

/** Magic numbers of the types phones send, and what each is called on the web. */
const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  { type: 'image/gif', ext: 'gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    type: 'image/webp',
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { type: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { type: 'audio/ogg', ext: 'ogg', test: (b) => b.subarray(0, 4).toString('latin1') === 'OggS' },
  { type: 'audio/mpeg', ext: 'mp3', test: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' },
  { type: 'video/webm', ext: 'webm', test: (b) => b.subarray(0, 4).equals(Buffer.from('1a45dfa3', 'hex')) },
  // ISO media (mp4, m4a, 3gp, mov): "ftyp" at offset 4; a voice note is audio, the rest video.
  { type: 'video/mp4', ext: 'mp4', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
];

export function sniffType(bytes: Buffer, kind: string): { type: string; ext: string } | undefined {
  const found = SIGNATURES.find((s) => s.test(bytes));
  if (found?.type === 'video/mp4' && kind === 'audio') return { type: 'audio/mp4', ext: 'm4a' };
  return found;
}

export class CaseEvidence {
  constructor(private readonly desk: DeskGateway) {}

  open(viewer: Viewer, reference: string, mediaId: string): Promise<EvidenceResult> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const found = await visibleCase(tx, roster, viewer, reference, now);
      if ('refused' in found) return found;
      const { row } = found.ok;
      const listed = evidenceOf((await tx.cases.byId(row.id))?.details ?? {});
      const index = listed.findIndex((item) => item.mediaId === mediaId);
      const file = index >= 0 ? await tx.media.load(mediaId) : undefined;
      if (!file?.bytes) return { refused: 'not_found' };
      await tx.desk.audit(now, viewer.officerId, 'evidence_opened', {
        caseId: row.id,
        officeId: row.officeId,
        detail: mediaId,
      });
      const sniffed = sniffType(file.bytes, file.kind);
      return {
        ok: {
          bytes: file.bytes,
          contentType: sniffed?.type ?? 'application/octet-stream',
          disposition: sniffed ? 'inline' : 'attachment',
          fileName: `${row.reference}-${index + 1}.${sniffed?.ext ?? 'bin'}`,
        },
      };
    });
  }
}
