/**
 * The hotline conversation: a discreet greeting and consent, the reporter's own story first, a
 * safety check, only the questions triage could not answer, the office for their region with its
 * verified contacts and alur layanan, and a case reference. Urgent signals in any message interrupt
 * every step with the emergency numbers. Review it on paper: `hotline flows diagram`.
 *
 * The states live in fragments under flows/hotline/ (hotline-states.ts lists them all); this file
 * puts them together into one flow.
 */
import { defineFlow } from '../src/engine/flow-definition.js';
import { detourStates, hotlineInterrupts } from './hotline/detour-states.js';
import type { HotlineFlowServices } from './hotline/hotline-services.js';
import type { HotlineState } from './hotline/hotline-states.js';
import type { HotlineVars } from './hotline/hotline-vars.js';
import { openingStates } from './hotline/opening-states.js';
import { placeStates } from './hotline/place-states.js';
import { reportStates } from './hotline/report-states.js';
import { returningStates } from './hotline/returning-states.js';

export type { HotlineVars } from './hotline/hotline-vars.js';

export const hotlineFlow = defineFlow<HotlineVars, HotlineFlowServices>()<HotlineState>({
  id: 'hotline',
  initial: 'start',
  states: {
    ...openingStates,
    ...reportStates,
    ...placeStates,
    ...returningStates,
    ...detourStates,
  },
  interrupts: hotlineInterrupts,
  // The reference typed from another chat, whose PIN may follow in a later message.
  heldReferences: (vars) => (vars.outsideReference ? [vars.outsideReference] : []),
  ownReference: (vars) => vars.reference,
  // After "menu" the chat's own case is still its own: status and its typed reference find it.
  keepOnRestart: (vars) => (vars.reference ? { reference: vars.reference } : {}),
});
