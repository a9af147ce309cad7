/**
 * What an officer does through the bot: claim an alerted case (the button on the alert), write to
 * the reporter (every message is relayed without either side's number), and close the chat. An
 * officer holding several cases starts a message with a case reference to choose one; otherwise it
 * goes to the case they claimed last. Every action is audited; nobody sees another office's cases.
 */
import { capStory } from './claim-summary-cap.js';
import { normalizeCaseReference } from '../conversations/case-reference.js';
import type { AlertRow } from '../db/alert-repository.js';
import { ALERT_TIMER_PREFIX } from './alert-ringer.js';
import type { Input, Language, Message } from '../engine/types.js';
import { type HandoffContext, officerWords } from './handoff-context.js';
import type { OfficerOnDuty } from './officer-roster.js';

export interface OfficerChat {
  id: string;
  channel: string;
  address: string;
}

const CLAIM_PREFIX = 'claim:';
/** "VP4-XGT: ..." or "vp4xgt ..." at the start of an officer's message picks that case. */
const LEADING_REFERENCE = /^\s*([A-Za-z0-9]{3}[\s\-_.]?[A-Za-z0-9]{3})\s*[:,-]?\s*/;

export class OfficerDesk {
  private readonly closeWords: Set<string>;
  private readonly claimWords: Set<string>;

  constructor(private readonly ctx: HandoffContext) {
    this.closeWords = officerWords(ctx.deps.translator, 'officer:commands.close');
    this.claimWords = officerWords(ctx.deps.translator, 'officer:commands.claim');
  }

  handle(on: OfficerOnDuty, chat: OfficerChat, input: Input, now: number): void {
    const typedClaim = input.type === 'text' ? this.typedClaim(on, input.text) : undefined;
    if (input.type === 'choice' && input.optionId.startsWith(CLAIM_PREFIX)) {
      this.claim(on, chat, Number(input.optionId.slice(CLAIM_PREFIX.length)), now);
    } else if (typedClaim !== undefined) {
      this.claim(on, chat, typedClaim, now);
    } else if (input.type === 'text' && this.closeWords.has(input.text.trim().toLowerCase())) {
      this.close(on, chat, now);
    } else if (input.type === 'text' && !input.text.trim().startsWith('/')) {
      this.relay(on, chat, input.text, now);
    } else if (input.type !== 'timer_fired') {
      this.help(on, chat, now);
    }
  }

  /**
   * Where the alert came as numbered text (a WhatsApp linked device has no buttons): "1", "ambil",
   * or "ambil VP4-XGT" claims the newest alert sent to this officer, or the named case's; an officer
   * already chatting with a reporter must name the case. Undefined when the text is not a claim;
   * NaN when it names no alert (refused like any unknown alert).
   */
  private typedClaim(on: OfficerOnDuty, text: string): number | undefined {
    const [word = '', ...rest] = text.trim().toLowerCase().split(/\s+/);
    if (!this.claimWords.has(word)) return undefined;
    const named = rest.length > 0 ? normalizeCaseReference(rest.join('')) : undefined;
    if (rest.length > 0 && !named) return undefined;
    const { repos } = this.ctx;
    if (named) {
      const found = repos.cases.findByReference(named);
      return (found && repos.alerts.activeOfCase(found.id)?.id) ?? Number.NaN;
    }
    // In a chat with a reporter, a bare "1" or "ambil" is an answer to them, not a claim.
    if (repos.alerts.claimedBy(on.officer.id).length > 0) return undefined;
    return repos.alerts.claimableBy(on.officer.id)[0]?.id ?? Number.NaN;
  }

  private claim(on: OfficerOnDuty, chat: OfficerChat, alertId: number, now: number): void {
    const { repos, roster } = this.ctx;
    if (!Number.isInteger(alertId)) {
      this.ctx.reply(chat, on.officer, { keys: ['officer:claim.none'] }, now);
      return;
    }
    const alert = repos.alerts.byId(alertId);
    const audit = (action: 'claimed' | 'claim_refused') =>
      repos.alerts.audit(now, on.officer.id, action, alert ?? { id: alertId, caseId: null, officeId: null });
    if (!alert || !roster.mayHandle(on.officer.id, alert.officeId)) {
      audit('claim_refused');
      this.ctx.reply(chat, on.officer, { keys: ['officer:claim.not_allowed'] }, now);
      return;
    }
    const reference = this.ctx.reference(alert.caseId);
    if (alert.status === 'closed' || !alert.conversationId) {
      this.ctx.reply(chat, on.officer, { keys: [{ key: 'officer:claim.gone', params: { reference } }] }, now);
      return;
    }
    if (alert.status === 'claimed') {
      const holder = alert.claimedBy === on.officer.id ? undefined : roster.officer(alert.claimedBy ?? '');
      const key = holder ? 'officer:claim.taken' : 'officer:claim.already_yours';
      const params = { reference, officer: holder?.officer.name ?? '' };
      this.ctx.reply(chat, on.officer, { keys: [{ key, params }] }, now);
      return;
    }
    repos.alerts.update(alert.id, {
      status: 'claimed',
      claimedBy: on.officer.id,
      claimedAt: now,
      updatedAt: now,
    });
    repos.timers.cancel(alert.conversationId, `${ALERT_TIMER_PREFIX}${alert.id}`);
    audit('claimed');
    this.ctx.reply(chat, on.officer, this.caseSummary(alert, reference), now);
    this.ctx.toReporter(alert.conversationId, { keys: ['hotline:handoff.joined'] }, now);
    // The others alerted before can stop looking.
    for (const other of alert.chain.slice(0, alert.rung)) {
      if (other === on.officer.id) continue;
      this.ctx.toOfficer(
        other,
        { keys: [{ key: 'officer:claim.taken', params: { reference, officer: on.officer.name } }] },
        now,
      );
    }
  }

  private caseSummary(alert: AlertRow, reference: string): Message {
    const found = alert.caseId ? this.ctx.repos.cases.byId(alert.caseId) : undefined;
    const details = found?.details ?? {};
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
    const notes = Array.isArray(details.notes) ? details.notes.filter((n) => typeof n === 'string') : [];
    const { story, cut, left } = capStory([text(details.story), ...notes].filter((s) => s !== undefined));
    const conversation = this.ctx.repos.conversations.load<{ lang?: Language }>(alert.conversationId!);
    const lang = conversation?.snapshot?.lang ?? 'id';
    const evidence = Array.isArray(details.evidence) ? details.evidence.length : 0;
    // What other chats left under this reference is never part of the reporter's story.
    const outside = found ? this.ctx.repos.outsideNotes.ofCase(found.id).map((n) => n.text) : [];
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

  private relay(on: OfficerOnDuty, chat: OfficerChat, text: string, now: number): void {
    const held = this.ctx.repos.alerts.claimedBy(on.officer.id);
    const { alert, body } = pickCase(held, text, (caseId) => this.ctx.reference(caseId));
    if (!alert?.conversationId) {
      this.help(on, chat, now);
      return;
    }
    if (body.trim() === '') return;
    // After the reporter ended the chat, a message could light up their screen next to whoever
    // made them leave: it is not sent, and the officer is told to wait until the reporter writes.
    if (alert.reporterAwayAt !== null) {
      const reference = this.ctx.reference(alert.caseId);
      this.ctx.reply(chat, on.officer, { keys: [{ key: 'officer:relay.held', params: { reference } }] }, now);
      return;
    }
    this.ctx.toReporter(
      alert.conversationId,
      { keys: [{ key: 'hotline:handoff.message', params: { text: body } }] },
      now,
    );
    this.ctx.repos.alerts.audit(now, on.officer.id, 'message_to_reporter', alert);
  }

  private close(on: OfficerOnDuty, chat: OfficerChat, now: number): void {
    const [alert] = this.ctx.repos.alerts.claimedBy(on.officer.id);
    if (!alert?.conversationId) {
      this.help(on, chat, now);
      return;
    }
    this.ctx.repos.alerts.update(alert.id, { status: 'closed', closedAt: now, updatedAt: now });
    this.ctx.repos.alerts.audit(now, on.officer.id, 'closed', alert);
    this.ctx.toReporter(alert.conversationId, { keys: ['hotline:handoff.closed'] }, now);
    const reference = this.ctx.reference(alert.caseId);
    this.ctx.reply(chat, on.officer, { keys: [{ key: 'officer:close.done', params: { reference } }] }, now);
  }

  private help(on: OfficerOnDuty, chat: OfficerChat, now: number): void {
    const held = this.ctx.repos.alerts.claimedBy(on.officer.id);
    const references = held.map((a) => this.ctx.reference(a.caseId)).join(', ');
    const key = held.length > 0 ? 'officer:desk.holding' : 'officer:desk.idle';
    this.ctx.reply(
      chat,
      on.officer,
      { keys: [{ key, params: { name: on.officer.name, references } }, 'officer:desk.help'] },
      now,
    );
  }
}

/** The case a message is for: the one its leading reference names, else the one claimed last. */
function pickCase(
  held: AlertRow[],
  text: string,
  referenceOf: (caseId: string | null) => string,
): { alert: AlertRow | undefined; body: string } {
  const match = LEADING_REFERENCE.exec(text);
  const named = match ? normalizeCaseReference(match[1]!) : undefined;
  if (named) {
    const alert = held.find((a) => referenceOf(a.caseId) === named);
    if (alert) return { alert, body: text.slice(match![0].length) };
  }
  return { alert: held[0], body: text };
}
