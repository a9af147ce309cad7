/** Message builders for the hotline flow: what the reporter reads, as i18n keys and params. */
import type { Message, MessagePart } from '../../src/engine/types.js';
import type { Contact, Route } from './hotline-services.js';
import type { HotlineVars } from './hotline-vars.js';

export const say = (...keys: string[]): Message => ({ keys });

/**
 * Safety rule 1: 112 first, police, SAPA 129 — plus mental-health support for self-harm, the
 * ambulance for an injury, the migrant-worker line for someone abroad, and what to do (and not)
 * under a threat to share photos (reporter trial 2: a sextortion deadline got only "go somewhere safe").
 */
export function emergencyMessage(flags: {
  selfHarm?: boolean;
  injury?: boolean;
  abroad?: boolean;
  categories?: readonly string[];
}): Message {
  const keys: MessagePart[] = ['common:emergency'];
  if (flags.injury) keys.push('common:emergency_injury');
  if (flags.selfHarm) keys.push('common:emergency_self_harm');
  if (flags.abroad) keys.push('common:emergency_abroad');
  if (flags.categories?.includes('online')) keys.push('common:emergency_online');
  return { keys };
}

/**
 * The office's name and only verified contacts; the national service when no office is verified.
 * `purpose: 'report'` says the report goes there; 'info' only names the area's office.
 */
export function contactMessage(route: Route, purpose: 'report' | 'info' = 'report'): Message {
  const c = route.contact;
  const prefix = purpose === 'info' ? 'hotline:route.info_' : 'hotline:route.';
  const params = { office: route.officeName, contactOffice: c.officeName };
  const variant =
    route.officeName === c.officeName
      ? 'handled_by'
      : c.national
        ? 'handled_by_national'
        : 'handled_by_parent';
  const keys: MessagePart[] = [{ key: `${prefix}${variant}`, params }];
  const line = (key: string, value: string | undefined) => {
    if (value) keys.push({ key, params: { value }, line: keys.length > 1 });
  };
  keys.push({ key: 'hotline:contact.office', params: { value: c.officeName } });
  line('hotline:contact.phone', c.phone);
  line('hotline:contact.whatsapp', c.whatsapp);
  line('hotline:contact.person', c.contactPerson);
  line('hotline:contact.hours', c.hours);
  line('hotline:contact.address', c.address);
  return { keys };
}

/**
 * What happens after a report, in plain words, with the notes the law asks for: the steps of the
 * office whose contacts were shown when it wrote its own, the general ones otherwise.
 */
export function alurMessage(vars: Partial<HotlineVars>, contact?: Contact): Message {
  const keys: MessagePart[] = [officeSteps(contact) ?? 'hotline:alur.steps'];
  const categories = vars.categories ?? [];
  if (categories.includes('sexual_violence') || categories.includes('online'))
    keys.push('hotline:law.no_mediation');
  const child = vars.child === 'yes' || categories.includes('child');
  // The note on complaint offences (UU PKDRT Ps. 51–53) is about husband and wife: not for a child's
  // case, nor for a witness, whose report the note would only confuse.
  if (categories.includes('kdrt') && !child && vars.role !== 'witness') keys.push('hotline:law.police_kdrt');
  if (vars.role === 'witness') keys.push('hotline:law.witness');
  if (child) keys.push('hotline:law.child_identity');
  if (categories.includes('tppo') || vars.abroad) keys.push('hotline:law.migrant');
  keys.push('hotline:alur.documents');
  return { keys };
}

/** The office's own alur layanan, when the office whose contacts are shown wrote one. */
export function officeSteps(contact: Contact | undefined): MessagePart | undefined {
  return contact?.alur ? { key: 'hotline:alur.office_steps', params: { steps: contact.alur } } : undefined;
}

/**
 * The reference and, once, the PIN that opens the status from another phone. The PIN comes last,
 * never on the first lines a lock screen shows.
 */
export function closingMessage(reference: string, pin?: string): Message {
  return {
    keys: ['hotline:closing', ...(pin ? [{ key: 'hotline:closing_pin', params: { pin } }] : [])],
    params: { reference },
  };
}
