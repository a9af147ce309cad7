/**
 * Simulated reporters, each a closed loop: post an update to the webhook, wait until the bot's
 * replies to it reach the fake Bot API, post the next. Records the webhook acknowledgement time and
 * two reply times of every turn: first reply (update posted → the turn's first message received)
 * and turn-complete (update posted → its last message received).
 */
import { Agent, request } from 'node:http';
import type { ApiCall } from '../support/fake-telegram-api.js';
import { textUpdate } from '../support/telegram-updates.js';

export interface Turn {
  text: string;
  /** Bot messages this turn produces; the turn ends when the last of them arrives. */
  replies: number;
  /** The message is urgent: an officer alert should follow it. */
  urgent?: boolean;
}

export interface LoadResult {
  turns: number;
  seconds: number;
  /** Update posted → the first message of the bot's turn received by the fake API. */
  firstMs: number[];
  /** Update posted → the last message of the bot's turn received (turn-complete). */
  replyMs: number[];
  /** Turns of several messages: the time between two of them, (last − first) ÷ (messages − 1). */
  gapMs: number[];
  ackMs: number[];
  /** Urgent message posted → its officer alert received by the fake API. */
  alertMs: number[];
  errors: number;
}

/** A report's reference, as the bot writes it to the reporter and in the officer's alert. */
const REFERENCE = /[CDFGHJKMNPRTVWXY34679]{3}-[CDFGHJKMNPRTVWXY34679]{3}/;

/** Shared by every driver of a run: a reused update_id would be dropped as a repeated delivery. */
let nextUpdateId = 1;
let nextChat = 1_000_000;

/** A turn whose replies take longer than this counts as an error (and the reporter moves on). */
const TURN_TIMEOUT_MS = 10_000;

export class LoadDriver {
  private readonly waiting = new Map<
    number,
    { left: number; firstAt?: bigint; done: (first: bigint, last: bigint) => void }
  >();
  private readonly agent: Agent;
  /** Urgent messages by chat, when posted; and the two halves that pair one with its alert. */
  private readonly urgentPostedAt = new Map<number, bigint>();
  private readonly chatOfReference = new Map<string, number>();
  private readonly alertAtOfReference = new Map<string, bigint>();
  readonly alertMs: number[] = [];

  constructor(
    private readonly webhookUrl: URL,
    private readonly secret: string,
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** Feed every sendMessage the fake API receives through here. */
  onApiCall(call: ApiCall): void {
    if (call.method !== 'sendMessage') return;
    this.pairAlert(call);
    const wait = this.waiting.get(Number(call.payload.chat_id));
    if (!wait) return;
    wait.firstAt ??= call.at;
    wait.left -= 1;
    if (wait.left === 0) {
      this.waiting.delete(Number(call.payload.chat_id));
      wait.done(wait.firstAt, call.at);
    }
  }

  /**
   * An alert (a message with a claim button) and the urgent reporter's case reference may reach the
   * fake API in either order; whichever comes second completes the pair.
   */
  private pairAlert(call: ApiCall): void {
    if (this.urgentPostedAt.size === 0) return;
    const text = String(call.payload.text ?? '');
    const reference = REFERENCE.exec(text)?.[0];
    if (!reference) return;
    const isAlert = JSON.stringify(call.payload.reply_markup ?? '').includes('claim:');
    if (isAlert) this.alertAtOfReference.set(reference, call.at);
    else if (this.urgentPostedAt.has(Number(call.payload.chat_id)))
      this.chatOfReference.set(reference, Number(call.payload.chat_id));
    const chat = this.chatOfReference.get(reference);
    const alertAt = this.alertAtOfReference.get(reference);
    const postedAt = chat === undefined ? undefined : this.urgentPostedAt.get(chat);
    if (postedAt === undefined || alertAt === undefined) return;
    this.alertMs.push(Number(alertAt - postedAt) / 1e6);
    this.urgentPostedAt.delete(chat!);
    this.chatOfReference.delete(reference);
    this.alertAtOfReference.delete(reference);
  }

  /** Sends one update and resolves with its ack and reply times, in ms. */
  async turn(chatId: number, turn: Turn): Promise<{ ackMs: number; firstMs: number; replyMs: number }> {
    const replied = new Promise<{ first: bigint; last: bigint }>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(chatId);
        reject(new Error('turn timed out'));
      }, TURN_TIMEOUT_MS);
      this.waiting.set(chatId, {
        left: turn.replies,
        done: (first, last) => {
          clearTimeout(timer);
          resolve({ first, last });
        },
      });
    });
    const started = process.hrtime.bigint();
    if (turn.urgent) this.urgentPostedAt.set(chatId, started);
    const status = await this.post(textUpdate(nextUpdateId++, chatId, turn.text));
    const acked = process.hrtime.bigint();
    if (status !== 200) throw new Error(`webhook answered ${status}`);
    const { first, last } = await replied;
    return {
      ackMs: Number(acked - started) / 1e6,
      firstMs: Number(first - started) / 1e6,
      replyMs: Number(last - started) / 1e6,
    };
  }

  /**
   * `reporters` loops, each running whole reports (a fresh chat per report) until `seconds` pass;
   * every `every`-th report is one of the `urgent` scripts (in turn) instead of `script`.
   */
  async run(
    reporters: number,
    script: Turn[],
    seconds: number,
    urgent?: { scripts: Turn[][]; every: number },
  ): Promise<LoadResult> {
    const result: LoadResult = {
      turns: 0,
      seconds,
      firstMs: [],
      replyMs: [],
      gapMs: [],
      ackMs: [],
      alertMs: this.alertMs,
      errors: 0,
    };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let reports = 0;
    const reporter = async () => {
      while (performance.now() < deadline) {
        const chatId = nextChat++;
        reports += 1;
        const turns =
          urgent && reports % urgent.every === 0
            ? urgent.scripts[(reports / urgent.every) % urgent.scripts.length]!
            : script;
        for (const turn of turns) {
          if (performance.now() >= deadline) return;
          try {
            const figures = await this.turn(chatId, turn);
            result.turns += 1;
            result.firstMs.push(figures.firstMs);
            result.replyMs.push(figures.replyMs);
            if (turn.replies > 1) result.gapMs.push((figures.replyMs - figures.firstMs) / (turn.replies - 1));
            result.ackMs.push(figures.ackMs);
          } catch {
            result.errors += 1;
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: reporters }, reporter));
    result.seconds = (performance.now() - started) / 1000;
    return result;
  }

  close(): void {
    this.agent.destroy();
  }

  private post(update: unknown): Promise<number> {
    const body = JSON.stringify(update);
    return new Promise((resolve, reject) => {
      const req = request(
        this.webhookUrl,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': this.secret,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.once('error', reject);
      req.end(body);
    });
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
