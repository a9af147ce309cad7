/**
 * Where: a typed place (any level, tolerant of typos and aliases) or a shared location. The report
 * asks where it happened; an information question asks whose contacts to show. Both use the same
 * look-ups and the same "which one?" choice.
 */

import { saysUnsure } from '../../src/engine/choice-match.js';
import { say } from './hotline-messages.js';
import {
  pickedPlace,
  pickPlaceOptions,
  pickPlacePrompt,
  placeChoice,
  placeDecision,
} from './hotline-routing.js';
import type { PlaceLookup } from './hotline-services.js';
import {
  type HotlineCtx,
  MAX_NOT_UNDERSTOOD,
  type PlaceState,
  type States,
  textOnly,
} from './hotline-states.js';
import { STORY_TARGETS, storyInstead } from './opening-states.js';

export const placeStates: States<PlaceState> = {
  // === Where: a typed place (any level, tolerant) or a shared location
  place: {
    type: 'ask_location',
    prompt: (ctx) =>
      say(
        `${ctx.vars.urgent ? 'hotline:place.question_urgent' : 'hotline:place.question'}${textOnly(ctx, 'location')}`,
      ),
    store: 'placeAnswer',
    next: 'resolve_place',
  },
  resolve_place: {
    type: 'decide',
    targets: ['next_question', 'pick_place', 'place_again'],
    run: (ctx) => {
      const answer = ctx.vars.placeAnswer;
      if (!answer || 'lat' in answer) return { next: 'next_question' };
      const services = ctx.env.services.hotline;
      // "saya di Juwana" names the place after a cue; a bare "Juwana" is the whole answer. "Ga tau"
      // is no place, not a typo of Gatak: asked once more like any unknown name, without guesses.
      const named = services.findPlaceInText(answer.text);
      const lookup: PlaceLookup =
        named ??
        (saysUnsure(answer.text, ctx.env)
          ? { type: 'unknown', suggestions: [] }
          : services.resolvePlace(answer.text));
      return placeDecision(lookup, ctx.vars.placeTries ?? 0);
    },
  },
  place_again: {
    type: 'ask_location',
    prompt: (ctx) =>
      ctx.vars.placeSuggestions?.length
        ? {
            keys: [
              {
                key: 'hotline:place.suggest',
                params: { suggestions: ctx.vars.placeSuggestions.join(', ') },
              },
            ],
          }
        : say('hotline:place.unknown'),
    store: 'placeAnswer',
    next: 'resolve_place',
  },
  pick_place: {
    type: 'ask_choice',
    prompt: pickPlacePrompt,
    store: 'pickedPlace',
    options: pickPlaceOptions,
    next: 'apply_place',
  },
  apply_place: {
    type: 'decide',
    targets: ['next_question', 'place_again'],
    run: (ctx) => {
      const picked = pickedPlace(ctx);
      if (!picked) return { set: { placeSuggestions: [] }, next: 'place_again' };
      return { set: { placeCode: picked.code, placeLabel: picked.label }, next: 'next_question' };
    },
  },

  info_place: {
    type: 'decide',
    targets: ['info_contact', 'info_ask_place', 'info_pick_place', ...STORY_TARGETS],
    run: (ctx) => {
      const text =
        ctx.vars.infoPlace ??
        (ctx.vars.placeAnswer && 'text' in ctx.vars.placeAnswer ? ctx.vars.placeAnswer.text : '');
      if (!text) return { next: 'info_ask_place' };
      const lookup = ctx.env.services.hotline.resolvePlace(text);
      // "Where?" answered with what happened: the story, not a place (safety question next).
      const story = storyInsteadOfPlace(text, lookup, ctx);
      if (story) return { ...story, set: { ...story.set, infoPlace: '' } };
      const choice = placeChoice(lookup);
      if (choice) return { set: { ...choice, infoPlace: '' }, next: 'info_pick_place' };
      if (lookup.type === 'found')
        return { set: { placeCode: lookup.place.code, infoPlace: '' }, next: 'info_contact' };
      return { set: { infoPlace: '' }, next: 'info_ask_place' };
    },
  },
  info_ask_place: {
    type: 'ask_text',
    prompt: (ctx) => say(`hotline:place.question${textOnly(ctx, 'location')}`),
    store: 'infoPlace',
    next: 'info_place',
    noMatch: { after: MAX_NOT_UNDERSTOOD, next: 'info_contact' },
  },
  info_pick_place: {
    type: 'ask_choice',
    prompt: pickPlacePrompt,
    store: 'pickedPlace',
    options: pickPlaceOptions,
    next: 'info_apply_place',
    onText: { targets: STORY_TARGETS, run: storyInstead },
  },
  info_apply_place: {
    type: 'decide',
    targets: ['info_contact', 'info_ask_place'],
    run: (ctx) => {
      const picked = pickedPlace(ctx);
      if (!picked) return { next: 'info_ask_place' };
      return { set: { placeCode: picked.code }, next: 'info_contact' };
    },
  },
};

/** An answer to "where?" that tells what happened and names no place the directory knows. */
function storyInsteadOfPlace(text: string, lookup: PlaceLookup, ctx: HotlineCtx) {
  if (lookup.type !== 'unknown') return undefined;
  return storyInstead(text, ctx);
}
