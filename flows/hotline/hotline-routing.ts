/** Where a report goes: the office for the place (or a shared location, or the national service). */
import type { Ctx, Decision } from '../../src/engine/flow-definition.js';
import type { CasePatch, Message } from '../../src/engine/types.js';
import { say } from './hotline-messages.js';
import type { Place, PlaceLookup, Route } from './hotline-services.js';
import type { HotlineCtx } from './hotline-states.js';
import type { HotlineVars } from './hotline-vars.js';

/** Unknown place names before routing to the national service. */
const MAX_PLACE_TRIES = 2;

type V = HotlineVars;

export function route(ctx: HotlineCtx): Route {
  const services = ctx.env.services.hotline;
  const answer = ctx.vars.placeAnswer;
  if (ctx.vars.placeCode) return services.routePlace(ctx.vars.placeCode, ctx.lang);
  if (answer && 'lat' in answer) return services.routeLocation(answer.lat, answer.lon, ctx.lang);
  return services.routeNational(ctx.lang);
}

export function riskOf(vars: Partial<V>): NonNullable<CasePatch['risk']> {
  if (vars.urgent) return 'high';
  if (vars.when === 'past' && vars.child !== 'yes') return 'low';
  return 'medium';
}

export function placeDecision(
  lookup: PlaceLookup,
  tries: number,
): Decision<V, 'next_question' | 'pick_place' | 'place_again'> {
  const choice = placeChoice(lookup);
  if (choice) return { set: choice, next: 'pick_place' };
  switch (lookup.type) {
    case 'found':
      return { set: { placeCode: lookup.place.code, placeLabel: lookup.place.label }, next: 'next_question' };
    case 'ambiguous': // placeChoice above always takes namesakes
      return { set: placeChoice(lookup)!, next: 'pick_place' };
    case 'unknown':
      if (tries + 1 >= MAX_PLACE_TRIES)
        return { set: { placeTries: tries + 1, placeCode: '' }, next: 'next_question' };
      return { set: { placeTries: tries + 1, placeSuggestions: lookup.suggestions }, next: 'place_again' };
    default: {
      const never: never = lookup;
      throw new Error(`unknown place lookup ${JSON.stringify(never)}`);
    }
  }
}

/**
 * What the reporter must choose between before routing: namesakes ("Jambi"), or one place guessed
 * from a typo ("besok" → Besuk). Undefined when the lookup settled the place.
 */
export function placeChoice(lookup: PlaceLookup): Pick<V, 'placeCandidates' | 'placeGuessed'> | undefined {
  if (lookup.type === 'ambiguous') return { placeCandidates: lookup.candidates, placeGuessed: false };
  if (lookup.type === 'found' && lookup.guessed)
    return { placeCandidates: [lookup.place], placeGuessed: true };
  return undefined;
}

/** The question over a place choice: "which one?" for namesakes, "did you mean …?" for a guess. */
export function pickPlacePrompt(ctx: Ctx<V>): Message {
  return say(ctx.vars.placeGuessed ? 'hotline:place.confirm' : 'hotline:place.pick');
}

/** The candidates as options, and "none of these". */
export function pickPlaceOptions(ctx: Ctx<V>) {
  return [
    ...(ctx.vars.placeCandidates ?? []).map((p) => ({ id: p.code, label: p.label })),
    { id: 'none', labelKey: 'hotline:place.none' },
  ];
}

/** The candidate the reporter picked; undefined for "none of these". */
export function pickedPlace(ctx: Ctx<V>): Place | undefined {
  return ctx.vars.placeCandidates?.find((p) => p.code === ctx.vars.pickedPlace);
}
