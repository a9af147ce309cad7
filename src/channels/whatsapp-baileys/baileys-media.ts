/**
 * Downloads and decrypts a reporter's file sent to the linked device, from the media reference the
 * mapper stored (URL, direct path, media key — encrypted at rest). Baileys' downloadContentFromMessage
 * does the fetch and decryption; it is passed in so Baileys loads only when the channel runs.
 */
import type { Readable } from 'node:stream';
import { MediaDownloadError, type MediaSource } from '../../conversations/channel-contract.js';
import type { BaileysMediaRef } from './baileys-message-mapper.js';

export type BaileysDownload = (
  media: { url?: string; directPath?: string; mediaKey: Buffer },
  kind: BaileysMediaRef['kind'],
) => Promise<Readable>;

export class BaileysMediaSource implements MediaSource {
  readonly channel = 'whatsapp_baileys' as const;

  constructor(private readonly download_: BaileysDownload) {}

  async download(ref: string, maxBytes: number): Promise<Buffer> {
    let parsed: BaileysMediaRef;
    try {
      parsed = JSON.parse(ref) as BaileysMediaRef;
    } catch {
      throw new MediaDownloadError('unreadable media reference', false, 'bad_ref');
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      const stream = await this.download_(
        {
          mediaKey: Buffer.from(parsed.mediaKey, 'base64'),
          ...(parsed.url ? { url: parsed.url } : {}),
          ...(parsed.directPath ? { directPath: parsed.directPath } : {}),
        },
        parsed.kind,
      );
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) {
          stream.destroy();
          throw new MediaDownloadError('file over the size limit', false, 'too_large');
        }
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      if (error instanceof MediaDownloadError) throw error;
      const status = (error as { output?: { statusCode?: unknown } }).output?.statusCode;
      // 404/410: WhatsApp no longer has the file (media links expire).
      const gone = status === 404 || status === 410;
      throw new MediaDownloadError('file download failed', !gone, gone ? 'gone' : 'network');
    }
    return Buffer.concat(chunks, total);
  }
}
