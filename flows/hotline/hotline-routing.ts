/** Where a report goes: the office for the place (or a shared location, or the national service). */
import type { Ctx, Decision } from '../../src/engine/flow-definition.js';
import type { CasePatch } from '../../src/engine/types.js';
import { hotlineServices, type PlaceLookup, type Route } from './hotline-services.js';
import type { HotlineVars } from './hotline-vars.js';

/** Unknown place names before routing to the national service. */
const MAX_PLACE_TRIES = 2;

type V = HotlineVars;

export function route(ctx: Ctx<V>): Route {
  const services = hotlineServices(ctx.env.services);
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
  switch (lookup.type) {
    case 'found':
      if (lookup.guessed)
        return { set: { placeCandidates: [lookup.place], placeGuessed: true }, next: 'pick_place' };
      return { set: { placeCode: lookup.place.code, placeLabel: lookup.place.label }, next: 'next_question' };
    case 'ambiguous':
      return {
        set: { placeCandidates: lookup.candidates, placeGuessed: false },
        next: 'pick_place',
      };
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
