/**
 * Reads a file over HTTP without ever holding more than `maxBytes` of it: the declared length is
 * checked first, then the stream is counted as it arrives. Shared by channels whose evidence files
 * are plain HTTP downloads (the WhatsApp Cloud API's media URLs). Errors carry codes only: a URL or
 * header may hold a token.
 */
import { MediaDownloadError } from './channel-contract.js';

export interface CappedDownloadOptions {
  maxBytes: number;
  timeoutMs: number;
  headers?: Record<string, string>;
}

export async function downloadCapped(url: string, options: CappedDownloadOptions): Promise<Buffer> {
  const { maxBytes, timeoutMs, headers } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), ...(headers ? { headers } : {}) });
  } catch {
    throw new MediaDownloadError('file download failed', true, 'network');
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    const retryable = response.status === 429 || response.status >= 500;
    throw new MediaDownloadError('file download refused', retryable, `http_${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new MediaDownloadError('file over the size limit', false, 'too_large');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body) {
      total += chunk.length;
      if (total > maxBytes) throw new MediaDownloadError('file over the size limit', false, 'too_large');
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof MediaDownloadError) throw error;
    throw new MediaDownloadError('file download interrupted', true, 'network');
  }
  return Buffer.concat(chunks, total);
}
