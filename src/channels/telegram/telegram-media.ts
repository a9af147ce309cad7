/**
 * Downloads a reporter's file from Telegram: getFile for its path, then the file URL
 * (`{apiRoot}/file/bot{token}/{path}`), reading at most the size limit. Used by the media fetcher
 * after the message was stored and acknowledged, never inside a webhook request.
 */
import { type Api, GrammyError } from 'grammy';
import { downloadCapped } from '../../conversations/capped-download.js';
import { MediaDownloadError, type MediaSource } from '../../conversations/channel-contract.js';

/** A download that takes longer than this is abandoned and retried later. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

export class TelegramMediaSource implements MediaSource {
  readonly channel = 'telegram' as const;

  constructor(
    private readonly api: Api,
    private readonly token: string,
    private readonly apiRoot: string,
  ) {}

  async download(ref: string, maxBytes: number): Promise<Buffer> {
    let path: string | undefined;
    try {
      const file = await this.api.getFile(ref);
      if (file.file_size !== undefined && file.file_size > maxBytes)
        throw new MediaDownloadError('file over the size limit', false, 'too_large');
      path = file.file_path;
    } catch (error) {
      if (error instanceof MediaDownloadError) throw error;
      // "file is too big" is Telegram's answer for files over the Bot API's 20 MB.
      if (error instanceof GrammyError && /too big/i.test(error.description))
        throw new MediaDownloadError('file over the size limit', false, 'too_large');
      const code = error instanceof GrammyError ? `telegram_${error.error_code}` : 'network';
      const forGood = error instanceof GrammyError && error.error_code === 400;
      // Never pass the cause on: it holds the request URL, and the URL holds the token.
      throw new MediaDownloadError('getFile failed', !forGood, code);
    }
    if (!path) throw new MediaDownloadError('Telegram gave no file path', true, 'no_path');
    return downloadCapped(`${this.apiRoot}/file/bot${this.token}/${path}`, {
      maxBytes,
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
    });
  }
}
