/**
 * The few Graph API calls the hotline makes, over fetch: send a message, look up a media file.
 * Failures become GraphApiError with the HTTP status and Meta's numeric codes only — Meta's error
 * text can quote a phone number, and the request carries the access token.
 */

/**
 * Any one call gives up after this long: well below the dispatcher's 60 s lease, so a slow send is
 * never claimed twice.
 */
const REQUEST_TIMEOUT_MS = 30_000;

export interface GraphSettings {
  accessToken: string;
  apiRoot: string;
  apiVersion: string;
  phoneNumberId: string;
}

export class GraphApiError extends Error {
  constructor(
    /** HTTP status; 0 when the API could not be reached. */
    readonly status: number,
    /** Meta's `error.code` (131047, 130429, …), when it gave one. */
    readonly code: number | undefined,
    /** Seconds from a Retry-After header, when there was one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      status === 0
        ? 'Graph API unreachable'
        : `Graph API ${status}${code === undefined ? '' : ` code ${code}`}`,
    );
    this.name = 'GraphApiError';
  }
}

export interface MediaInfo {
  url: string;
  fileSize: number | undefined;
}

export class WhatsAppGraphClient {
  constructor(private readonly settings: GraphSettings) {}

  /** The Authorization header every call carries, media downloads included. */
  get authHeaders(): Record<string, string> {
    return { authorization: `Bearer ${this.settings.accessToken}` };
  }

  /** `POST /{version}/{phone number id}/messages`; returns the new message's wamid. */
  async sendMessage(body: Record<string, unknown>): Promise<{ messageId: string | undefined }> {
    const result = await this.call('POST', `${this.settings.phoneNumberId}/messages`, {
      messaging_product: 'whatsapp',
      ...body,
    });
    const messages = (result as { messages?: { id?: unknown }[] }).messages;
    const id = messages?.[0]?.id;
    return { messageId: typeof id === 'string' ? id : undefined };
  }

  /** `GET /{version}/{media id}`: a short-lived download URL (it needs the token too). */
  async mediaInfo(mediaId: string): Promise<MediaInfo> {
    const result = (await this.call('GET', encodeURIComponent(mediaId))) as {
      url?: unknown;
      file_size?: unknown;
    };
    if (typeof result.url !== 'string') throw new GraphApiError(502, undefined);
    return {
      url: result.url,
      fileSize: typeof result.file_size === 'number' ? result.file_size : undefined,
    };
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const { apiRoot, apiVersion } = this.settings;
    let response: Response;
    try {
      response = await fetch(`${apiRoot}/${apiVersion}/${path}`, {
        method,
        headers: {
          ...this.authHeaders,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new GraphApiError(0, undefined);
    }
    const json = (await response.json().catch(() => undefined)) as { error?: { code?: unknown } } | undefined;
    if (!response.ok) {
      const code = json?.error?.code;
      const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
      throw new GraphApiError(
        response.status,
        typeof code === 'number' ? code : undefined,
        Number.isFinite(retryAfter) ? retryAfter : undefined,
      );
    }
    return json ?? {};
  }
}
