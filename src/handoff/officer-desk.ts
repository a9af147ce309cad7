/**
 * What an officer does through the bot, as a pure decision over facts loaded beforehand
 * (handoff-facts-loader.ts): claim an alerted case (the button on the alert), write to the reporter
 * (every message is relayed without either side's number), and close the chat. An officer holding
 * several cases starts a message with a case reference to choose one; otherwise it goes to the
 * case they claimed last. Every action is audited; nobody sees another office's cases.
 */
import { isWrittenReference, normalizeCaseReference } from '../engine/case-reference-text.js';
import type { Input, Message } from '../engine/types.js';
import { capStory } from './claim-summary-cap.js';
import type { AlertFact, DeskFacts } from './handoff-facts.js';
import { type HandoffOutput, OFFICER_LANGUAGE, type OfficerChat } from './handoff-output.js';
import type { OfficerOnDuty, OfficerRoster } from './officer-roster.js';

export const CLAIM_PREFIX = 'claim:';
/** "VP4-XGT: ..." or "vp4xgt ..." at the start of an officer's message picks that case. */
const LEADING_REFERENCE = /^\s*([A-Za-z0-9]{3}[\s\-_.]?[A-Za-z0-9]{3})\s*[:,-]?\s*/;

/** The officers' command words in every language they read ("/selesai|/done", "ambil|claim"). */
export interface DeskWords {
  close: ReadonlySet<string>;
  claim: ReadonlySet<string>;
}

/**
 * What an officer's message asks for, read before any fact is loaded (the loader needs to know
 * which alert to look up). A typed claim with no case named depends on what the officer holds, so
 * it keeps its text: in a chat with a reporter, a bare "1" or "ambil" is an answer to them.
 */
export type DeskIntent =
  | { kind: 'claim'; alertId: number }
  | { kind: 'claim_named'; reference: string }
  | { kind: 'claim_newest'; text: string }
  | { kind: 'close'; reference?: string }
  | { kind: 'write'; text: string }
  | { kind: 'help' }
  | { kind: 'none' };

export function readDeskIntent(input: Input, words: DeskWords): DeskIntent {
  if (input.type === 'choice' && input.optionId.startsWith(CLAIM_PREFIX))
    return { kind: 'claim', alertId: Number(input.optionId.slice(CLAIM_PREFIX.length)) };
  if (input.type === 'text') {
    const typed = typedClaim(input.text, words);
    if (typed) return typed;
    return textIntent(input.text, words);
  }
  return input.type === 'timer_fired' ? { kind: 'none' } : { kind: 'help' };
}

/**
 * Where the alert came as numbered text (a WhatsApp linked device has no buttons): "1", "ambil",
 * or "ambil VP4-XGT" claims the newest alert sent to this officer, or the named case's.
 * Undefined when the text is not a claim.
 */
function typedClaim(text: string, words: DeskWords): DeskIntent | undefined {
  const [word = '', ...rest] = text.trim().toLowerCase().split(/\s+/);
  if (!words.claim.has(word)) return undefined;
  if (rest.length === 0) return { kind: 'claim_newest', text };
  const named = normalizeCaseReference(rest.join(''));
  return named ? { kind: 'claim_named', reference: named } : undefined;
}

function textIntent(text: string, words: DeskWords): DeskIntent {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const lower = first.toLowerCase();
  // "/selesai", "/selesai TTJ-J9M", "TTJ-J9M /selesai": which case to close may be named.
  if (words.close.has(lower)) {
    if (rest.length === 0) return { kind: 'close' };
    const reference = normalizeCaseReference(rest.join(''));
    return reference ? { kind: 'close', reference } : { kind: 'help' };
  }
  const named = isWrittenReference(first) ? normalizeCaseReference(first) : undefined;
  if (named && rest.length === 1 && words.close.has(rest[0]!.toLowerCase()))
    return { kind: 'close', reference: named };
  if (!text.trim().startsWith('/')) return { kind: 'write', text };
  return { kind: 'help' };
}

export function decideDesk(
  facts: DeskFacts,
  intent: DeskIntent,
  words: DeskWords,
  roster: OfficerRoster,
  now: number,
): HandoffOutput[] {
  const desk = new Desk(facts, roster);
  switch (intent.kind) {
    case 'claim':
      desk.claim();
      break;
    case 'claim_named':
      desk.claim(intent.reference);
      break;
    case 'claim_newest':
      // An officer already chatting with a reporter must name the case: this is chat, not a claim.
      if (facts.held.length > 0) desk.text(intent.text, words, now);
      else desk.claim();
      break;
    case 'close':
      desk.close(now, intent.reference);
      break;
    case 'write':
      desk.write(intent.text, words);
      break;
    case 'help':
      desk.help();
      break;
    case 'none':
      break;
  }
  return desk.outputs;
}

class Desk {
  readonly outputs: HandoffOutput[] = [];
  private readonly on: OfficerOnDuty;
  private readonly chat: OfficerChat;

  constructor(
    private readonly facts: DeskFacts,
    private readonly roster: OfficerRoster,
  ) {
    this.on = facts.on;
    this.chat = facts.chat;
  }

  private reply(message: Message): void {
    const language = this.on.officer.language ?? OFFICER_LANGUAGE;
    this.outputs.push({ type: 'officer_reply', chat: this.chat, language, message });
  }

  private audit(
    action: 'claimed' | 'claim_refused' | 'message_to_reporter' | 'closed',
    alert: AlertFact | undefined,
  ): void {
    const ids = alert
      ? { id: alert.id, caseId: alert.caseId, officeId: alert.officeId }
      : { id: this.facts.claim?.alertId ?? Number.NaN, caseId: null, officeId: null };
    this.outputs.push({ type: 'alert_audit', actor: this.on.officer.id, action, alert: ids });
  }

  text(text: string, words: DeskWords, now: number): void {
    const intent = textIntent(text, words);
    if (intent.kind === 'close') this.close(now, intent.reference);
    else if (intent.kind === 'write') this.write(intent.text, words);
    else this.help();
  }

  claim(named?: string): void {
    const { claim } = this.facts;
    if (!claim || !Number.isInteger(claim.alertId)) {
      // Named a case that waits for nobody (a typo): say so, and which ones do wait (night-shift
      // trial: "no case waiting for you" while two urgent alerts were).
      const waiting = this.facts.waiting ?? [];
      this.reply(
        waiting.length > 0
          ? {
              keys: [
                {
                  key: named ? 'officer:claim.none_named' : 'officer:claim.none_but',
                  params: { reference: named ?? '', references: waiting.join(', ') },
                },
              ],
            }
          : { keys: ['officer:claim.none'] },
      );
      return;
    }
    const alert = claim.alert;
    if (!alert || !this.roster.mayHandle(this.on.officer.id, alert.officeId)) {
      this.audit('claim_refused', alert);
      this.reply({ keys: ['officer:claim.not_allowed'] });
      return;
    }
    const reference = alert.reference;
    if (alert.status === 'closed' || !alert.conversationId) {
      this.reply({ keys: [{ key: 'officer:claim.gone', params: { reference } }] });
      return;
    }
    if (alert.status === 'claimed') {
      const holder =
        alert.claimedBy === this.on.officer.id ? undefined : this.roster.officer(alert.claimedBy ?? '');
      const key = holder ? 'officer:claim.taken' : 'officer:claim.already_yours';
      this.reply({ keys: [{ key, params: { reference, officer: holder?.officer.name ?? '' } }] });
      return;
    }
    this.outputs.push({
      type: 'claim',
      alertId: alert.id,
      conversationId: alert.conversationId,
      officerId: this.on.officer.id,
    });
    this.audit('claimed', alert);
    this.reply(this.caseSummary(reference));
    this.outputs.push({
      type: 'reporter_message',
      conversationId: alert.conversationId,
      message: { keys: ['hotline:handoff.joined'] },
    });
    // The others alerted before can stop looking.
    for (const other of alert.chain.slice(0, alert.rung)) {
      if (other === this.on.officer.id) continue;
      this.outputs.push({
        type: 'officer_message',
        officerId: other,
        message: {
          keys: [{ key: 'officer:claim.taken', params: { reference, officer: this.on.officer.name } }],
        },
        priority: 'normal',
      });
    }
  }

  private caseSummary(reference: string): Message {
    const summary = this.facts.claim?.summary;
    const details = summary?.details ?? {};
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
    const notes = Array.isArray(details.notes) ? details.notes.filter((n) => typeof n === 'string') : [];
    const { story, cut, left } = capStory([text(details.story), ...notes].filter((s) => s !== undefined));
    const lang = summary?.reporterLanguage ?? 'id';
    const evidence = Array.isArray(details.evidence) ? details.evidence.length : 0;
    // What other chats left under this reference is never part of the reporter's story.
    const outside = summary?.outsideNotes ?? [];
    return {
      keys: [
        { key: 'officer:claim.done', params: { reference } },
        ...(cut ? [{ key: 'officer:claim.story_cut', params: { count: left } }] : []),
        {
          key: 'officer:claim.details',
          params: {
            story: story || { keys: ['officer:claim.no_story'] },
            place: text(details.place) ?? { keys: ['officer:alert.no_place'] },
            language: { keys: [`common:language.${lang}`] },
            evidence,
          },
        },
        ...(outside.length > 0
          ? [{ key: 'officer:claim.outside_notes', params: { notes: outside.join('\n') } }]
          : []),
        'officer:claim.how',
      ],
    };
  }

  write(text: string, words: DeskWords): void {
    const { alert, body, notHeld } = pickCase(this.facts.held, text);
    // A case named that this officer does not hold (one just closed, a typo): never another
    // reporter's (night-shift trial: "RRM-JXR ibu masih di sana?" reached the other case's reporter).
    if (notHeld) {
      this.notHolding(notHeld);
      return;
    }
    if (!alert?.conversationId) {
      this.help();
      return;
    }
    const said = body.trim();
    if (said === '') return;
    // A command after the reference, or a bare claim word while chatting ("ambil"), is not for the
    // reporter; a bare "1" may be an answer to them, and goes.
    const word = said.toLowerCase();
    if (said.startsWith('/') || (words.claim.has(word) && !/^\d+$/.test(word)) || words.close.has(word)) {
      this.reply({ keys: [{ key: 'officer:desk.command_not_sent', params: { text: said } }] });
      return;
    }
    // After the reporter ended the chat, a message could light up their screen next to whoever
    // made them leave: it is not sent, and the officer is told to wait until the reporter writes.
    if (alert.reporterAwayAt !== null) {
      this.reply({ keys: [{ key: 'officer:relay.held', params: { reference: alert.reference } }] });
      return;
    }
    this.outputs.push({
      type: 'reporter_message',
      conversationId: alert.conversationId,
      message: { keys: [{ key: 'hotline:handoff.message', params: { text: body } }] },
    });
    this.audit('message_to_reporter', alert);
  }

  close(now: number, reference?: string): void {
    const { held } = this.facts;
    // With several cases in hand, "/selesai" alone names none: asked, never the latest one closed
    // (night-shift trial: a double tap closed two cases).
    if (reference === undefined && held.length > 1) {
      const references = held.map((a) => a.reference);
      this.reply({
        keys: [
          {
            key: 'officer:close.which',
            params: { count: held.length, references: references.join(', '), first: references[0] ?? '' },
          },
        ],
      });
      return;
    }
    const alert = reference === undefined ? held[0] : held.find((a) => a.reference === reference);
    if (reference !== undefined && !alert) {
      this.notHolding(reference);
      return;
    }
    if (!alert?.conversationId) {
      this.help();
      return;
    }
    this.outputs.push({
      type: 'alert_update',
      alertId: alert.id,
      patch: { status: 'closed', closedAt: now },
    });
    this.audit('closed', alert);
    this.outputs.push({
      type: 'reporter_message',
      conversationId: alert.conversationId,
      message: { keys: ['hotline:handoff.closed'] },
    });
    this.reply({ keys: [{ key: 'officer:close.done', params: { reference: alert.reference } }] });
  }

  private notHolding(reference: string): void {
    const references = this.facts.held.map((a) => a.reference).join(', ') || '—';
    this.reply({ keys: [{ key: 'officer:desk.not_holding', params: { reference, references } }] });
  }

  help(): void {
    const { held } = this.facts;
    const waiting = this.facts.waiting ?? [];
    const references = (held.length > 0 ? held.map((a) => a.reference) : waiting).join(', ');
    // "Not handling a case" is not all an officer with a case ringing for them should read.
    const key =
      held.length > 0
        ? 'officer:desk.holding'
        : waiting.length > 0
          ? 'officer:desk.waiting'
          : 'officer:desk.idle';
    this.reply({ keys: [{ key, params: { name: this.on.officer.name, references } }, 'officer:desk.help'] });
  }
}

/**
 * The case a message is for: the one its leading reference names, else the one claimed last. A
 * leading token written as a reference that names no case in hand is `notHeld`.
 */
function pickCase(
  held: AlertFact[],
  text: string,
): { alert: AlertFact | undefined; body: string; notHeld?: string } {
  const match = LEADING_REFERENCE.exec(text);
  const named = match ? normalizeCaseReference(match[1]!) : undefined;
  if (named) {
    const alert = held.find((a) => a.reference === named);
    if (alert) return { alert, body: text.slice(match![0].length) };
    const [first = ''] = text.trim().split(/\s+/);
    if (isWrittenReference(first)) return { alert: undefined, body: text, notHeld: named };
  }
  return { alert: held[0], body: text };
}
