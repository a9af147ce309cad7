/**
 * What the outbox stores and hands out, on either backend: a message to queue, a claimed row, a
 * send the platform accepted, and a delivery status.
 */

/** A row the platform accepted: when, and the platform's id for it (hashed when stored). */
export interface SentRow {
  id: number;
  at: number;
  platformMessageId: string | undefined;
}

export interface OutboxItem<P> {
  id: number;
  conversationId: string;
  channel: string;
  address: string;
  payload: P;
  attempts: number;
  /** 0 ordinary, 1 emergency reply, 2 officer alert (see `enqueue`). */
  priority: number;
}

/** Splits one queued message into the rows of the platform messages it becomes. */
export type PayloadSplitter = (channel: string, payload: unknown) => unknown[];

/** One message to queue (`enqueue`): several rows when one platform message cannot hold it. */
export interface OutboxEntry {
  conversationId: string;
  channel: string;
  address: string;
  payload: unknown;
  now: number;
  /** Claimed before ordinary rows (an emergency reply); still after the conversation's earlier rows. */
  urgent?: boolean;
  /**
   * An officer alert: claimed before ordinary rows and not held behind earlier messages to the
   * same chat (a long claim summary), only behind earlier alerts.
   */
  standalone?: boolean;
  /** Overrides `urgent` and `standalone`: higher is claimed first (2 is an officer alert's). */
  priority?: number;
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';
