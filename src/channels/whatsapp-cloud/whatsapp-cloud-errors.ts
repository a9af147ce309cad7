/**
 * Graph API failures → what the dispatcher should do: try again later, give up on this message, or
 * give up and tell the administrator (the whole channel is broken until someone acts).
 * Codes: developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
import { SendError } from '../../conversations/channel-contract.js';
import { GraphApiError } from './whatsapp-graph-client.js';

/** Meta's code for "more than 24 hours since the customer last wrote" (re-engagement message). */
export const WINDOW_CLOSED_CODE = 131047;

/** Throttling codes and how long to wait before the next try. */
const THROTTLED: ReadonlyMap<number, number> = new Map([
  [4, 60_000], // application request limit
  [80007, 60_000], // business account rate limit
  [130429, 1_000], // throughput limit of the phone number
  [131056, 6_000], // too many messages to the same user in a short time
]);

/** Meta says something failed on its side: the same request may work later. */
const TEMPORARY = new Set([1, 2, 131000, 131016, 133004]);

/** The channel itself is broken: the token, the account or the template needs a person. */
const NEEDS_ADMIN: ReadonlyMap<number, string> = new Map([
  [0, 'check WHATSAPP_ACCESS_TOKEN'],
  [3, 'the app lacks the WhatsApp messaging capability'],
  [10, 'the access token lacks whatsapp_business_messaging permission'],
  [190, 'the access token expired or was revoked: set a new WHATSAPP_ACCESS_TOKEN'],
  [368, 'the number is temporarily blocked for policy violations'],
  [131031, 'the business account is locked'],
  [131042, 'a payment method problem on the business account'],
  [133010, 'the phone number is not registered with the Cloud API'],
  [132000, 'the template parameters do not match WHATSAPP_TEMPLATE_NAME'],
  [132001, 'WHATSAPP_TEMPLATE_NAME does not exist in WHATSAPP_TEMPLATE_LANGUAGE'],
  [132005, 'the filled-in template is too long'],
  [132007, 'the template breaks a formatting rule'],
  [132012, 'the template parameters have the wrong format'],
  [132015, 'the template is paused for low quality'],
  [132016, 'the template is disabled'],
]);

export interface CloudSendFailure {
  error: SendError;
  /** What an administrator must do, when the failure is theirs to fix. */
  adminAction?: string;
}

export function classifyGraphError(error: unknown): CloudSendFailure {
  if (!(error instanceof GraphApiError))
    return { error: new SendError('unexpected failure sending to WhatsApp', true, 'unexpected') };
  const { status, code } = error;
  const name = code === undefined ? `whatsapp_http_${status}` : `whatsapp_${code}`;
  if (status === 0) return { error: new SendError('WhatsApp could not be reached', true, 'network') };

  const throttled = code === undefined ? undefined : THROTTLED.get(code);
  if (throttled !== undefined || status === 429) {
    const waitMs = Math.max(throttled ?? 1_000, (error.retryAfterSeconds ?? 0) * 1_000);
    return { error: new SendError('WhatsApp asked to slow down', true, name, waitMs) };
  }
  const adminAction =
    (code === undefined ? undefined : NEEDS_ADMIN.get(code)) ??
    (code !== undefined && code >= 200 && code <= 299 ? 'the access token lacks a permission' : undefined) ??
    (status === 401 ? 'check WHATSAPP_ACCESS_TOKEN' : undefined);
  if (adminAction) return { error: new SendError('WhatsApp refused the account', false, name), adminAction };
  if ((code !== undefined && TEMPORARY.has(code)) || status >= 500)
    return { error: new SendError('WhatsApp failed on its side', true, name) };
  // The rest are about this one message: undeliverable (131026), outside the window (131047),
  // an unsupported type (131051), a bad parameter (100) … Sending it again would fail again.
  return { error: new SendError('WhatsApp refused the message', false, name) };
}
