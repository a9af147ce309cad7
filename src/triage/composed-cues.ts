import type { CueKind } from './cue-kinds.js';
import type { Hit } from './phrase-match.js';

// How many tokens may stand between two parts of one composed cue: an object pronoun, a clitic
// or a particle ("nginum obat tidur sabotol", "minung ka' ubba' maega", "hp abdi dicandak").
const GAP = 3;

/**
 * Situation parts written as two or three words that each vary on their own, composed here so a
 * lexicon lists word families instead of whole phrases (each list is per language):
 * - immobile: a negation, an ability word and a movement ("teu tiasa ngagerakkeun", "indak bisa
 *   bajalan", "de' ulle joppa"), or a negated movement alone ("teu usik", "indak bagarak");
 * - overdose: swallowing a drug with an amount ("nginum obat sabotol", "minum ubek banyak"), or
 *   swallowing a poison ("nginum racun", "minung racung");
 * - phone_taken: a phone and a taking or smashing verb in either order ("hp abdi dirampas",
 *   "naalai hp-ku");
 * - with_child: taking a child along ("nyandak putra abdi", "mambaok anak ambo", "natiwi ana'na");
 * - kill: a threat to burn someone or their house ("ngancam rek ngaduruk imah", "naancam melo
 *   natunu bola"), or to burn the writer ("rek ngaduruk kuring");
 * - violence and injury: a hot liquid poured on someone, or a burn with a hot iron;
 * - sexual: sex that is forced, or genitals shown (exhibitionism);
 * - intimate_image: a photo or video of genitals ("foto kemaluane", "poto kamaluanana");
 * - abandoned: a baby with nobody there, not the writer's own.
 */
export function composedHits(hits: readonly Hit[], clauseOf: readonly number[]): Hit[] {
  const of = (kind: CueKind) => hits.filter((h) => h.kind === kind);
  const near = (first: Hit, next: Hit) =>
    next.start >= first.end &&
    next.start - first.end <= GAP &&
    clauseOf[next.start] === clauseOf[first.start];
  const sameClause = (a: Hit, b: Hit) => clauseOf[a.start] === clauseOf[b.start];
  const span = (kind: CueKind, a: Hit, b: Hit): Hit => ({
    kind,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
  });
  const composed: Hit[] = [];

  for (const negation of of('negation')) {
    for (const ability of of('ability').filter((a) => near(negation, a))) {
      for (const move of of('move').filter((m) => near(ability, m)))
        composed.push(span('immobile', negation, move));
    }
    // "ngagolér teu usik", "de' nakkeddi": lying there not moving.
    for (const move of of('move').filter((m) => m.start === negation.end && sameClause(m, negation)))
      composed.push(span('immobile', negation, move));
  }
  for (const ingest of of('ingest')) {
    for (const poison of of('poison').filter((p) => near(ingest, p)))
      composed.push(span('overdose', ingest, poison));
    // The drug may come first in a passive clause ("obat rek diinum kabeh", "pil nya ditelan semua").
    for (const drug of of('drug').filter((d) => near(ingest, d) || near(d, ingest))) {
      if (of('quantity').some((q) => sameClause(q, drug) && q.start >= Math.min(ingest.end, drug.end)))
        composed.push(span('overdose', ingest, drug));
    }
  }
  for (const phone of of('phone')) {
    for (const seize of of('seize').filter((s) => near(phone, s) || near(s, phone)))
      composed.push(span('phone_taken', phone, seize));
  }
  const children = [...of('child_word'), ...of('parent_of')];
  for (const take of of('take_along')) {
    for (const child of children.filter(
      (c) => near(take, c) || (c.start >= take.start && c.start < take.end),
    ))
      composed.push(span('with_child', take, child));
  }
  for (const burn of of('burn')) {
    const threatened = of('threat').some((t) => sameClause(t, burn) && t.end <= burn.start);
    // "rek ngaduruk kuring", "bakar aku": the writer right after the verb, not "bakar baju aku".
    const atWriter = of('first_person').some((f) => f.start === burn.end && sameClause(f, burn));
    if (threatened || atWriter) composed.push({ kind: 'kill', start: burn.start, end: burn.end });
  }
  // "nyiram abdi ku cai panas", "manyiram ambo jo aia angek": a scald is a blow and a burn.
  for (const liquid of of('hot_liquid')) {
    for (const pour of of('pour').filter((p) => sameClause(p, liquid))) {
      composed.push(span('violence', pour, liquid), span('injury', pour, liquid));
    }
  }
  // "disetrika", "natunu limanna pake setrika", "burned her with an iron": a burn with a hot
  // object is a blow and a burn that needs care.
  for (const object of of('hot_object')) {
    for (const burn of of('burn').filter((b) => sameClause(b, object)))
      composed.push(span('violence', burn, object), span('injury', burn, object));
  }
  // "mamerkeun kamaluanana", "nuduhke wadine", "exposed his genitals": exhibitionism is sexual
  // harassment, whoever it is shown to.
  for (const expose of of('expose')) {
    for (const genital of of('genital').filter((g) => near(expose, g)))
      composed.push(span('sexual', expose, genital));
  }
  // "foto kemaluane", "poto kamaluanana", "foto kamaluannyo": a photo or video of genitals is an
  // intimate image, in every language (Indonesian lists "foto alat kelamin" whole).
  for (const media of of('media')) {
    const genital = of('genital').find((g) => near(media, g));
    if (genital !== undefined) composed.push(span('intimate_image', media, genital));
  }
  // "dipaksa ku kabogoh kudu sare jeung manehna", "napassa ka' matinro sibawa ia": sex forced.
  for (const forced of of('forced')) {
    for (const act of of('sex_act').filter((a) => near(forced, a)))
      composed.push(span('sexual', forced, act));
  }
  // "a man keeps touching a schoolgirl", "man touching kid", "nyabak budak": a child touched
  // (named right after the touch, no hand between) is sexual harm to a child.
  for (const touch of of('touch')) {
    const child = children.find(
      (c) => c.start >= touch.end && c.start - touch.end <= 2 && sameClause(c, touch),
    );
    if (child !== undefined && !of('hand').some((h) => h.start >= touch.end && h.start < child.start))
      composed.push(span('sexual', touch, child));
  }
  // "leungeunna kana pingping kuring", "tangannya di paha saya": a hand on the body is a touch.
  for (const hand of of('hand')) {
    const body = of('body_part').find(
      (b) => b.start >= hand.end && b.start - hand.end <= 2 && sameClause(b, hand),
    );
    if (body !== undefined) composed.push({ kind: 'touch', start: hand.start, end: hand.end });
  }
  // "grup telegram sing adol video bocah2", "selling videos of children": images of children
  // sold are child sexual abuse material.
  for (const sale of of('media_sale')) {
    if (children.some((c) => sameClause(c, sale) && c.start >= sale.start))
      composed.push({ kind: 'intimate_image', start: sale.start, end: sale.end });
  }
  // "engka dara ri celanana", "getih wonten cawetipun", "blood in her underwear": a genital injury.
  for (const cloth of of('underwear')) {
    const blood = of('injury').find((i) => sameClause(i, cloth));
    if (blood !== undefined) composed.push(span('genital', blood, cloth));
  }
  // "digawa wong lanang menyang kebon tebu", "natiwi ana' makkunrai lao ri bola kosong", "carry
  // her into the empty house": taken off to a secluded place by someone not of the family.
  for (const take of [...of('take_along'), ...of('taken')]) {
    const place = of('secluded').find((p) => sameClause(p, take) && p.start >= take.end);
    const family = (['kin', 'partner', 'parent_of', 'first_person'] as const).some((kind) =>
      of(kind).some((k) => sameClause(k, take)),
    );
    if (place !== undefined && !family) composed.push(span('sexual', take, place));
  }
  // "HRD na ngonci panto terus maksa abdi", "locked the door and forced me": forcing the writer
  // and nothing else (no work, no signature named) behind a locked door is rape told by its
  // euphemism.
  for (const forced of of('forced')) {
    const me = of('first_person').find(
      (f) => f.start >= forced.end && f.start - forced.end <= 1 && sameClause(f, forced),
    );
    if (me === undefined || clauseOf[me.end] === clauseOf[me.start]) continue;
    const locked = [...of('confinement'), ...of('room_entry')].some(
      (l) => sameClause(l, forced) && l.end <= forced.start,
    );
    if (locked) composed.push(span('sexual', forced, me));
  }
  // "aya orok ..., teu aya sasaha": a baby found with nobody there is abandoned; the writer's own
  // baby asleep with nobody else home ("orok abdi", a parent_of) is not.
  if (of('parent_of').length === 0) {
    for (const infant of of('infant')) {
      if (of('nobody').length > 0) composed.push({ kind: 'abandoned', start: infant.start, end: infant.end });
    }
  }
  return composed;
}
