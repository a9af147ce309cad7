/**
 * Who a reporter is, and where replies go, on the Cloud API. WhatsApp now identifies people by a
 * business-scoped user id (BSUID, `contacts[].user_id`); the phone number (`wa_id`) is withheld for
 * people with a username. So the conversation is keyed on the BSUID whenever the webhook gives one,
 * and replies go to the phone number when we have it (`to`), else to the BSUID (`recipient`).
 */

export interface CloudIdentity {
  /** BSUID, e.g. `ID.1502576394655843`. */
  userId?: string | undefined;
  /** Phone number in international form without `+`. */
  waId?: string | undefined;
}

/** The stable key for the conversation; undefined when the webhook named nobody. */
export function cloudUserKey({ userId, waId }: CloudIdentity): string | undefined {
  if (userId) return `user:${userId}`;
  if (waId) return `wa:${waId}`; // Webhooks from before BSUIDs carry only the phone number.
  return undefined;
}

/** The stored reply address: which field of the send request it goes in, and its value. */
export function cloudAddress({ userId, waId }: CloudIdentity): string | undefined {
  if (waId) return `to:${waId}`;
  if (userId) return `recipient:${userId}`;
  return undefined;
}

/** The send request's recipient field for a stored address; undefined for an address we never made. */
export function recipientField(address: string): { to: string } | { recipient: string } | undefined {
  const at = address.indexOf(':');
  const field = address.slice(0, at);
  const value = address.slice(at + 1);
  if (at <= 0 || value === '') return undefined;
  if (field === 'to') return { to: value };
  if (field === 'recipient') return { recipient: value };
  return undefined;
}
