/**
 * Downloads a reporter's file from the Cloud API: `GET /{media id}` for a short-lived URL, then
 * that URL with the access token, reading at most the size limit. Run by the media fetcher after
 * the message was stored and acknowledged, never inside a webhook request.
 */
import { downloadCapped } from '../../conversations/capped-download.js';
import { MediaDownloadError, type MediaSource } from '../../conversations/channel-contract.js';
import { GraphApiError, type WhatsAppGraphClient } from './whatsapp-graph-client.js';

/** A download that takes longer than this is abandoned and retried later. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

export class WhatsAppCloudMediaSource implements MediaSource {
  readonly channel = 'whatsapp_cloud' as const;

  constructor(private readonly client: WhatsAppGraphClient) {}

  async download(ref: string, maxBytes: number): Promise<Buffer> {
    let url: string;
    try {
      const info = await this.client.mediaInfo(ref);
      if (info.fileSize !== undefined && info.fileSize > maxBytes)
        throw new MediaDownloadError('file over the size limit', false, 'too_large');
      url = info.url;
    } catch (error) {
      if (error instanceof MediaDownloadError) throw error;
      if (!(error instanceof GraphApiError))
        throw new MediaDownloadError('media lookup failed', true, 'unexpected');
      // A 4xx other than throttling: the id is unknown or expired (Meta keeps media for 30 days).
      const forGood = error.status >= 400 && error.status < 500 && error.status !== 429;
      const code = error.code === undefined ? `whatsapp_http_${error.status}` : `whatsapp_${error.code}`;
      throw new MediaDownloadError('media lookup failed', !forGood, error.status === 0 ? 'network' : code);
    }
    return downloadCapped(url, {
      maxBytes,
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
      headers: this.client.authHeaders,
    });
  }
}
