/**
 * Who the officers are and how to reach them, from the office directory: which chat belongs to an
 * officer, who is on call for an office right now (then its parent offices, in escalation order),
 * and which cases an officer may see (their office's and its sub-offices', safety rule 6).
 */
import type { ChannelName } from '../engine/types.js';
import { type Directory, isOncallNow, type Office, type Officer, officeChain } from '../directory/index.js';

export interface OfficerOnDuty {
  officer: Officer;
  office: Office;
}

/** Where the hotline writes to an officer: the channel, the reply address, and the user key. */
export interface OfficerReach {
  channel: ChannelName;
  address: string;
  /** The key the channel files the officer's own messages under (the conversation's user id). */
  userKey: string;
}

export class OfficerRoster {
  private readonly byId = new Map<string, OfficerOnDuty>();
  private readonly byAddress = new Map<string, OfficerOnDuty>();
  /** WhatsApp numbers as keyed hashes (`phoneKey`), the form inbound messages carry them in. */
  private readonly byPhoneKey = new Map<string, OfficerOnDuty>();

  constructor(
    private directory: Directory,
    /** Channels that can send now; an officer reachable only elsewhere is skipped, not waited for. */
    private readonly channels: () => readonly string[],
    /** The keyed hash inbound messages carry a sender's number as; without it, numbers are not matched. */
    private readonly phoneKey?: (digits: string) => string,
  ) {
    this.index();
  }

  /**
   * A reloaded directory (already validated): every holder of this roster — the handoff, the
   * workspace — sees it from the next decision on. A decision in flight may have read the old one.
   */
  replaceDirectory(directory: Directory): void {
    this.directory = directory;
    this.index();
  }

  private index(): void {
    this.byId.clear();
    this.byAddress.clear();
    this.byPhoneKey.clear();
    for (const office of this.directory.offices) {
      for (const officer of office.officers) {
        const entry = { officer, office };
        this.byId.set(officer.id, entry);
        for (const reach of reachesOf(officer))
          this.byAddress.set(`${reach.channel} ${reach.address}`, entry);
        const digits = officer.whatsapp ? internationalDigits(officer.whatsapp) : undefined;
        if (digits && this.phoneKey) this.byPhoneKey.set(this.phoneKey(digits), entry);
      }
    }
  }

  /**
   * The officer writing from this chat, if it is one: by the reply address, or on WhatsApp by the
   * phone number the platform gave beside it (a linked device may address the chat by LID).
   */
  officerAt(channel: string, address: string, phoneKey?: string): OfficerOnDuty | undefined {
    const byAddress = this.byAddress.get(`${channel} ${address}`);
    if (byAddress || !phoneKey || !channel.startsWith('whatsapp')) return byAddress;
    return this.byPhoneKey.get(phoneKey);
  }

  officer(id: string): OfficerOnDuty | undefined {
    return this.byId.get(id);
  }

  officeName(officeId: string): string | undefined {
    return this.directory.byId.get(officeId)?.name;
  }

  office(officeId: string): Office | undefined {
    return this.directory.byId.get(officeId);
  }

  /** Where to write to an officer: Telegram first, then WhatsApp, on whichever channel is running. */
  reach(officerId: string): OfficerReach | undefined {
    const entry = this.byId.get(officerId);
    if (!entry) return undefined;
    const running = this.channels();
    return reachesOf(entry.officer).find((reach) => running.includes(reach.channel));
  }

  /**
   * Officer ids to alert for a case of `officeId`, in order: the office's on-call officers now, then
   * each parent office's. Officers no running channel can reach are left out.
   */
  escalationChain(
    officeId: string,
    now: Date,
    options: { reachableOnly: boolean } = { reachableOnly: true },
  ): string[] {
    const office = this.directory.byId.get(officeId);
    if (!office) return [];
    const ids: string[] = [];
    for (const level of officeChain(this.directory, office)) {
      for (const rule of level.oncall) {
        if (ids.includes(rule.officer) || !isOncallNow(rule, level, now)) continue;
        if (!options.reachableOnly || this.reach(rule.officer)) ids.push(rule.officer);
      }
    }
    return ids;
  }

  /**
   * Who a non-urgent case is announced to, level by level: the office's officers on call now (all
   * at once), then its supervisors, then the parent office's officers on call and supervisors, up
   * to the national office. Only officers a running channel reaches; nobody appears twice.
   */
  noticeTiers(officeId: string, now: Date): string[][] {
    const office = this.directory.byId.get(officeId);
    if (!office) return [];
    const seen = new Set<string>();
    const tier = (ids: readonly string[]) => {
      const fresh = ids.filter((id) => !seen.has(id) && this.reach(id) !== undefined);
      for (const id of fresh) seen.add(id);
      return fresh;
    };
    const tiers: string[][] = [];
    for (const level of officeChain(this.directory, office)) {
      const onCall = level.oncall.filter((rule) => isOncallNow(rule, level, now)).map((rule) => rule.officer);
      const role = (id: string) => this.byId.get(id)?.officer.role;
      tiers.push(tier(onCall.filter((id) => role(id) !== 'supervisor')));
      tiers.push(tier(level.officers.filter((officer) => officer.role === 'supervisor').map((o) => o.id)));
    }
    return tiers;
  }

  /** Every office of the directory (an administrator's queue filter). */
  officeIds(): string[] {
    return this.directory.offices.map((office) => office.id);
  }

  /** The office and every office below it (the workspace shows a supervisor all of them). */
  officesUnder(officeId: string): string[] {
    return this.directory.offices
      .filter((office) => officeChain(this.directory, office).some((level) => level.id === officeId))
      .map((office) => office.id);
  }

  /**
   * The officer someone signing in to the workspace named: by directory id, Telegram id or
   * WhatsApp number (any common spelling of it); undefined when it names nobody.
   */
  signingIn(typed: string): OfficerOnDuty | undefined {
    const text = typed.trim();
    const byId = this.byId.get(text) ?? this.byId.get(text.toLowerCase());
    if (byId) return byId;
    const digits = internationalDigits(text);
    for (const entry of this.byId.values()) {
      if (entry.officer.telegram !== undefined && entry.officer.telegram === text) return entry;
      const phone = entry.officer.whatsapp ? internationalDigits(entry.officer.whatsapp) : undefined;
      if (digits && phone === digits) return entry;
    }
    return undefined;
  }

  /**
   * Officers on an office's rota (at any hour) whom no running channel reaches: cases of that office
   * would never reach them. Start-up warns about them; `hotline oncall` marks them.
   */
  unreachableOnCall(): { officeId: string; officers: string[] }[] {
    return this.directory.offices
      .map((office) => ({
        officeId: office.id,
        officers: [...new Set(office.oncall.map((rule) => rule.officer))].filter((id) => !this.reach(id)),
      }))
      .filter((entry) => entry.officers.length > 0);
  }

  /** An officer sees the cases of their own office and of the offices below it. */
  mayHandle(officerId: string, caseOfficeId: string | null): boolean {
    const entry = this.byId.get(officerId);
    const office = caseOfficeId ? this.directory.byId.get(caseOfficeId) : undefined;
    if (!entry || !office) return false;
    return officeChain(this.directory, office).some((level) => level.id === entry.office.id);
  }
}

/** Every address an officer can be reached at, in order of preference. */
function reachesOf(officer: Officer): OfficerReach[] {
  const reaches: OfficerReach[] = [];
  if (officer.telegram) {
    reaches.push({ channel: 'telegram', address: officer.telegram, userKey: officer.telegram });
  }
  const digits = officer.whatsapp ? internationalDigits(officer.whatsapp) : undefined;
  if (digits) {
    // The same forms the WhatsApp channels store for a person who writes with a visible number.
    reaches.push({ channel: 'whatsapp_cloud', address: `to:${digits}`, userKey: `wa:${digits}` });
    const jid = `${digits}@s.whatsapp.net`;
    reaches.push({ channel: 'whatsapp_baileys', address: jid, userKey: jid });
  }
  return reaches;
}

/** "+62 811-1129-129" or "0811 1129 129" → "628111129129"; undefined for a short code such as 129. */
export function internationalDigits(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  const international = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return international.length >= 8 ? international : undefined;
}
