import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

/** When a cue happens, read from the time words of its own clause. */
export type HitTime = 'present' | 'recent' | 'past' | undefined;

// A witness cue ("I can hear", "kedengeran") and a danger at the door ("di depan pintu") date a
// clause as now just as a time word does.
const TIME_KINDS = ['present', 'tonight', 'ongoing_since', 'witness', 'here_now', 'recent', 'past'] as const;

// A time word after a relative pronoun dates the relative clause, not the hit before it: in
// "ditinggal dhewe karo pakdhe sing tau nyabuli" (left alone with the uncle who once abused her)
// "tau" (once) says nothing about when the child is left alone.
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'yang',
  'sing',
  'ingkang',
  'nu',
  'anu',
  'nan',
  // Bugis "iya" before a verb ("pelatihna iya naleceh'i riolo", the coach who once abused him)
  'iya',
  'who',
  'which',
]);

/**
 * The time of a hit is the nearest time word before it in its clause ("dulu pernah dipukul,
 * sekarang aman": past), else the nearest after it ("saya dipukul kemarin": past). A clause
 * without time words is `undefined`: the rules then decide from other evidence.
 */
export function hitTime(scan: Scan, hit: Hit): HitTime {
  // The rules ask the same hit's time many times a message; a hit belongs to one scan.
  const known = TIMES.get(hit);
  if (known !== undefined) return known === NO_TIME ? undefined : known;
  const time = readHitTime(scan, hit);
  TIMES.set(hit, time ?? NO_TIME);
  return time;
}

const NO_TIME = 'none';
const TIMES = new WeakMap<Hit, Exclude<HitTime, undefined> | typeof NO_TIME>();

function readHitTime(scan: Scan, hit: Hit): HitTime {
  const clause = scan.clauseOfHit(hit);
  // "uwita ri berita engka ana' riculik", "saw on the news a child was taken": a reported event is
  // not one happening to the writer, however it is dated.
  if (scan.inClause(clause, 'news').length > 0) return 'past';
  // "waktu kecil aku sering dikurung", "pas SMA abdi kungsi dikurung": told of the writer's
  // childhood, so over.
  if (scan.inClause(clause, 'childhood').length > 0) return 'past';
  // "kedengeran ... kemarin" tells of hearing it yesterday: a past word outweighs a witness cue.
  const pastClause = scan.inClause(clause, 'past').some((mark) => !scan.negated(mark));
  const marks = TIME_KINDS.filter(
    (kind) => !(pastClause && (kind === 'witness' || kind === 'here_now')),
  ).flatMap((kind) =>
    scan
      .inClause(clause, kind)
      .filter((mark) => !scan.negated(mark) && mark !== hit)
      .map((mark) => ({ kind, mark })),
  );
  // A time mark spanning the hit itself ("is beating", a progressive) dates it first.
  const over = marks.find(({ mark }) => mark.start <= hit.start && hit.start < mark.end);
  const before = marks.filter(({ mark }) => mark.end <= hit.start).sort((a, b) => b.mark.end - a.mark.end);
  // The marks after the hit are only read when none is before it.
  const after = () =>
    marks
      .filter(({ mark }) => mark.start >= hit.end && !relativeBetween(scan, hit.end, mark.start))
      .sort((a, b) => a.mark.start - b.mark.start);
  const nearest = over ?? before[0] ?? after()[0] ?? bareTimeNextTo(scan, clause);
  if (nearest === undefined) {
    const dated = TIME_KINDS.some((kind) => scan.of(kind).some((m) => scan.clauseOfHit(m) === clause));
    return !dated && storyGoesOn(scan, clause) ? 'past' : undefined;
  }
  switch (nearest.kind) {
    case 'present':
    case 'tonight':
    case 'ongoing_since':
    case 'witness':
    case 'here_now':
      return 'present';
    // "nembe nggebagi ibu sakmenika", "barusan mukul lagi sekarang": a word of now in the same
    // clause says the act that just started is still going on.
    case 'recent':
      return marks.some(({ kind }) => kind === 'present') ? 'present' : 'recent';
    case 'past':
      return 'past';
    default: {
      const impossible: never = nearest.kind;
      return impossible;
    }
  }
}

/**
 * A clause that is nothing but a time word dates the clause before it (or, first in the message,
 * the one after): "engka urane najaguru makkunraie, makkokkoe", "aya nu digebugan di jalan, ayeuna
 * pisan", "kini, laki ambo mamukua".
 */
function bareTimeNextTo(scan: Scan, clause: number): { kind: (typeof TIME_KINDS)[number] } | undefined {
  for (const neighbour of [clause + 1, clause - 1]) {
    // Clauses are numbered in token order, so a clause is one run of positions.
    const first = scan.clauseOf.indexOf(neighbour);
    const last = scan.clauseOf.lastIndexOf(neighbour);
    if (first < 0 || last - first + 1 > BARE_TIME_TOKENS) continue;
    const kind = TIME_KINDS.find((k) =>
      scan
        .inClause(neighbour, k)
        .some((mark) => !scan.negated(mark) && mark.start <= first && last < mark.end),
    );
    if (kind !== undefined) return { kind };
  }
  return undefined;
}

/**
 * An undated clause right after one told in the distant past goes on with that story: "taun
 * kamari abdi wawancara damel di Bandung, HRD na ngonci panto terus maksa abdi", "last year I went
 * to an interview and the HR man locked the door". Up to STORY_CLAUSES undated clauses follow it;
 * a clause with a time word of its own, or a past dated only by the last day ("tadi malam"), ends
 * the story (last night's blow may still be going on).
 */
function storyGoesOn(scan: Scan, clause: number): boolean {
  for (let back = clause - 1; back >= 0 && back >= clause - STORY_CLAUSES; back -= 1) {
    const inBack = (m: Hit) => scan.clauseOfHit(m) === back;
    if (scan.of('childhood').some(inBack)) return true;
    let dated = false;
    for (const kind of TIME_KINDS) {
      if (kind === 'past') continue;
      if (scan.of(kind).some((m) => inBack(m) && !scan.negated(m))) return false;
    }
    const lastDay = scan.of('last_day').filter(inBack);
    for (const m of scan.of('past')) {
      if (!inBack(m) || scan.negated(m)) continue;
      dated = true;
      const lastNight = lastDay.some((d) => d.start <= m.start && m.end <= d.end);
      const weak = m.end - m.start === 1 && WEAK_PAST.has(scan.tokens[m.start] ?? '');
      if (!lastNight && !weak) return true;
    }
    if (dated) return false;
  }
  return false;
}

const STORY_CLAUSES = 2;
// How far after a relative clause's habit word its own verb may stand ("yg sering banget dipukul").
const OWN_VERB = 2;
// Past words that are tense or "once", not a time the story is set in ("he was drunk, he is ...").
const WEAK_PAST: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'tau']);

// "ayeuna pisan", "kini bana", "right now": a clause of a time word and its intensifier at most.
const BARE_TIME_TOKENS = 3;

function relativeBetween(scan: Scan, from: number, to: number): boolean {
  return scan.tokens.slice(from, to).some((t) => RELATIVE_PRONOUNS.has(t));
}

/** A present-time word anywhere in the message, outside clauses that say the victim is safe. */
export function messageIsNow(scan: Scan): boolean {
  return (['present', 'tonight', 'ongoing_since', 'witness', 'here_now'] as const).some((kind) =>
    scan
      .of(kind)
      .some((hit) => !scan.negated(hit) && scan.inClause(scan.clauseOfHit(hit), 'safe').length === 0),
  );
}

/** The victim is said to be somewhere safe now ("sekarang sudah aman", "I'm at my friend's"). */
export function safeNow(scan: Scan): boolean {
  return scan.of('safe').some((hit) => {
    if (scan.negated(hit) || hitTime(scan, hit) === 'past') return false;
    // "aman gak ya?" asks whether something is safe; it does not say the writer is.
    const next = hit.end;
    return !(scan.clauseOf[next] === scan.clauseOfHit(hit) && scan.kindsAt(next).has('negation'));
  });
}

/** A habit word in the hit's clause: chronic abuse, not an attack happening now. */
export function habitualInClause(scan: Scan, hit: Hit): boolean {
  // "om yang suka pegang2 adek bawa adek ke kamarnya": a habit after a relative pronoun is the
  // person's ("the uncle who often gropes her"), not a habit of what happens in the clause.
  return scan.inClause(scan.clauseOfHit(hit), 'habitual').some(
    (h) =>
      !RELATIVE_PRONOUNS.has(scan.tokens[h.start - 1] ?? '') ||
      // "anak yg sering dipukulin": the relative clause's own verb is the habit.
      (hit.start >= h.end && hit.start - h.end <= OWN_VERB),
  );
}

/**
 * A hit dated past only by the last day ("berdarah setelah diperkosa tadi malam", "took pills last
 * night"): over as a blow, but an injury or an overdose since then still needs care now. A distant
 * past word in the clause ("dulu", "tahun lalu") wins.
 */
export function withinLastDay(scan: Scan, hit: Hit): boolean {
  if (hitTime(scan, hit) !== 'past') return false;
  const clause = scan.clauseOfHit(hit);
  const lastDay = scan.inClause(clause, 'last_day');
  if (lastDay.length === 0) return false;
  const covered = (mark: Hit) => lastDay.some((d) => d.start <= mark.start && mark.end <= d.end);
  return scan.inClause(clause, 'past').every((mark) => covered(mark));
}
