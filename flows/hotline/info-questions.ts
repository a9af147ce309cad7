/**
 * Information-only questions ("kontak UPTD Jambi", "alur layanan", "apa itu TPPO") are answered
 * without opening a report. Matching is on whole words of the normalized text.
 */
import { normalizeAnswer } from '../../src/engine/text-normalize.js';
import type { InfoTopic } from './hotline-vars.js';

const CONTACT =
  /\b(kontak|kontaknya|nomor|nomer|no hp|alamat|alamatnya|hubungi|telepon|telp|contact|address|phone number)\b/;
const OFFICE_WORDS =
  /\b(uptd|ppa|p2tp2a|dp3a|dinas|kantor|layanan|office|unit|kota|kab|kabupaten|di|of|in|for|untuk)\b/g;
const ALUR =
  /\b(alur|alurnya|prosedur|cara melapor|cara lapor|langkah|langkahnya|proses pelaporan|how to report|procedure|service flow|setelah (saya |sy )?(lapor|melapor)|habis (lapor|melapor)|nanti diapain|diapain)\b/;
const WHAT_IS = /\b(apa itu|apa yang dimaksud|apa sih|pengertian|arti|artinya|what is|what s|meaning of)\b/;

const TOPICS: [RegExp, InfoTopic][] = [
  [/\b(tppo|trafficking|perdagangan orang|human trafficking)\b/, 'tppo'],
  [/\b(kdrt|kekerasan dalam rumah tangga|domestic violence)\b/, 'kdrt'],
  [
    /\b(kbgo|ksbe|kekerasan (seksual )?berbasis (gender )?(online|elektronik)|online abuse|sextortion)\b/,
    'online',
  ],
  [
    /\b(kekerasan seksual|pelecehan seksual|pelecehan|tpks|sexual violence|sexual harassment)\b/,
    'sexual_violence',
  ],
  [/\b(uptd ppa|uptd|p2tp2a|sapa 129|sapa|layanan ini|this service)\b/, 'service'],
];

export interface InfoQuestion {
  topic: InfoTopic;
  /** For a contact question: the words left once the question words are removed ("jambi"). */
  placeText?: string;
}

export function detectInfoQuestion(text: string): InfoQuestion | undefined {
  const normalized = ` ${normalizeAnswer(text)} `;
  if (CONTACT.test(normalized)) {
    const placeText = normalized.replace(CONTACT, ' ').replace(OFFICE_WORDS, ' ').replace(/\s+/g, ' ').trim();
    return placeText ? { topic: 'contact', placeText } : { topic: 'contact' };
  }
  if (ALUR.test(normalized)) return { topic: 'alur' };
  if (WHAT_IS.test(normalized)) {
    const match = TOPICS.find(([pattern]) => pattern.test(normalized));
    if (match) return { topic: match[1] };
  }
  return undefined;
}
