/**
 * One send and what became of it, apart from the dispatcher's loop: a sent row, a retry after a
 * backoff (or exactly the wait a platform named), or a row given up for good; then recorded.
 */
import type { Logger } from 'pino';
import type { SentRow, StoragePorts } from '../db/storage-ports.js';
import { type ChannelSender, type OutboundMessage, SendError } from './channel-contract.js';

/** Backoff: 1 s, 2 s, 4 s, … capped at 5 minutes; then give up after MAX_ATTEMPTS. */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;
const MAX_ATTEMPTS = 10;

export type Outcome =
  | { type: 'sent'; id: number; at: number; platformMessageId: string | undefined; alert: boolean }
  | { type: 'retry'; id: number; attempts: number; at: number; code: string }
  | { type: 'failed'; id: number; attempts: number; code: string };

/** An outbox row the dispatcher claimed. */
export interface ClaimedRow {
  id: number;
  conversationId: string;
  channel: string;
  address: string;
  payload: OutboundMessage;
  attempts: number;
  priority: number;
}

/** Outbox priority of an officer alert (see OutboxRepository.enqueue). */
const ALERT_PRIORITY = 2;

export interface SendContext {
  now(): number;
  logger: Logger;
  /** Aborts the send (shutdown). */
  signal: AbortSignal;
  /** Resolves once the row (and the message that caused it) is on the disk. */
  synced(): Promise<void>;
  /** When the reporter last wrote, for senders with time rules (WhatsApp's 24-hour window). */
  lastInboundAt?: ((conversationId: string) => Promise<number | undefined>) | undefined;
}

/**
 * Sends one row once it is on the disk, and says what became of it. A failure is logged here by
 * its code only (never a text or a number) and comes back as a retry or a row given up.
 */
export async function sendRow(row: ClaimedRow, sender: ChannelSender, ctx: SendContext): Promise<Outcome> {
  try {
    await ctx.synced().catch((error: unknown) => {
      throw new SendError(
        'the database could not be synced to disk',
        true,
        'storage_sync_failed',
        undefined,
        {
          cause: error,
        },
      );
    });
    const { platformMessageId } = await sender.send(row.address, row.payload, {
      outboxId: row.id,
      conversationId: row.conversationId,
      lastInboundAt: sender.readsLastInbound ? await ctx.lastInboundAt?.(row.conversationId) : undefined,
      urgent: row.priority > 0,
      signal: ctx.signal,
    });
    return {
      type: 'sent',
      id: row.id,
      at: ctx.now(),
      platformMessageId,
      alert: row.priority === ALERT_PRIORITY,
    };
  } catch (error) {
    const { delay, ...recorded } = failureOutcome(row, error, ctx.now());
    const fields = {
      outboxId: row.id,
      channel: row.channel,
      code: recorded.code,
      attempts: recorded.attempts,
    };
    if (recorded.type === 'failed') ctx.logger.error(fields, 'message given up');
    else ctx.logger.warn({ ...fields, delay }, 'send failed; will retry');
    return recorded;
  }
}

/** A failed send: tried again later, or given up when the platform refuses for good or too often. */
export function failureOutcome(
  row: { id: number; attempts: number },
  error: unknown,
  now: number,
): Extract<Outcome, { type: 'retry' | 'failed' }> & { delay?: number } {
  const attempts = row.attempts + 1;
  const failure =
    error instanceof SendError
      ? error
      : new SendError(String(error), true, 'unexpected', undefined, { cause: error });
  if (!failure.retryable || attempts >= MAX_ATTEMPTS)
    return { type: 'failed', id: row.id, attempts, code: failure.code };
  // A platform that names the wait (Telegram's retry_after) is taken at its word: not sooner,
  // which it would refuse, and not later, which only delays the reporter.
  const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
  const delay =
    failure.exactWait && failure.retryAfterMs !== undefined
      ? failure.retryAfterMs
      : Math.max(failure.retryAfterMs ?? 0, backoff);
  return { type: 'retry', id: row.id, attempts, at: now + delay, code: failure.code, delay };
}

/** Records finished sends; returns the rows given up for good and the officer alerts delivered. */
export async function writeOutcomes(
  tx: Pick<StoragePorts, 'outbox'>,
  outcomes: Outcome[],
): Promise<OutcomeSummary> {
  await tx.outbox.markSentMany(sentRowsOf(outcomes));
  for (const o of outcomes) {
    if (o.type === 'sent') continue;
    if (o.type === 'retry') await tx.outbox.markRetry(o.id, o.attempts, o.at, o.code);
    else await tx.outbox.markFailed(o.id, o.attempts, o.code);
  }
  return summaryOf(outcomes);
}

/** What finished sends cause next: the rows given up for good and the officer alerts delivered. */
export type OutcomeSummary = { givenUp: number[]; alertsSent: number[] };

export function summaryOf(outcomes: Outcome[]): OutcomeSummary {
  return {
    givenUp: outcomes.flatMap((o) => (o.type === 'failed' ? [o.id] : [])),
    alertsSent: outcomes.flatMap((o) => (o.type === 'sent' && o.alert ? [o.id] : [])),
  };
}

/** The sends that went out, as `markSentMany` records them. */
export function sentRowsOf(outcomes: Outcome[]): SentRow[] {
  return outcomes.flatMap((o) =>
    o.type === 'sent' ? [{ id: o.id, at: o.at, platformMessageId: o.platformMessageId }] : [],
  );
}
