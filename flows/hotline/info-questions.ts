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
/**
 * "Does this count?" — "apakah dicubit guru termasuk kekerasan?", "ieu teh kaasup pelecehan teu?".
 * Children and parents ask it before they dare to tell; the answer says what counts, and whose
 * fault it is not.
 */
const COUNTS =
  /\b(termasuk|tergolong|terhitung|itu|ini|kalebu|kalebet|kaasup|tamasuak|count as|counts as|considered|is it|is this|is that)\b[^.!]*\b(kekerasan|kakerasan|pelecehan|kdrt|abuse|violence|harassment|kejahatan|tindak pidana)\b/;
const ASKING = /\?|\b(gak|ga|nggak|ngga|gk|tidak|bukan|bkn|kah|ora|henteu|teu|indak|dak|de|or not)\s*$/;

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
  if (COUNTS.test(normalized) && (ASKING.test(text.trim()) || ASKING.test(normalized.trim())))
    return { topic: 'counts' };
  return undefined;
}
