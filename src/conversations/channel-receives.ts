/**
 * What each channel lets a reporter send besides text. The flow words its questions by it (Env.receives):
 * the web chat page has a text box only, so it is never asked to share a location or send a photo.
 */
import type { ChannelReceives } from '../engine/types.js';
import type { ChannelName } from '../engine/types.js';

const EVERYTHING: ChannelReceives = { location: true, files: true };
const TEXT_ONLY: ChannelReceives = { location: false, files: false };

export const CHANNEL_RECEIVES = {
  telegram: EVERYTHING,
  whatsapp_cloud: EVERYTHING,
  whatsapp_baileys: EVERYTHING,
  webchat: TEXT_ONLY,
  // The terminal chat stands in for a messaging app (the flow's golden conversations run through
  // it, photos and locations included), so it is worded like one.
  console: EVERYTHING,
} as const satisfies Record<ChannelName, ChannelReceives>;

/** Unknown channels (none today) are taken to receive everything, as before this existed. */
export function channelReceives(channel: string): ChannelReceives {
  return (CHANNEL_RECEIVES as Record<string, ChannelReceives>)[channel] ?? EVERYTHING;
}
