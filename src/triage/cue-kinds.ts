/**
 * The kinds of cue a lexicon can list. Each lexicon file fills the kinds it has words for; the
 * rules in categories.ts, urgency.ts and context.ts only ever ask for kinds, never for words.
 */
export const CUE_KINDS = [
  // who does it
  'partner', // current spouse or boyfriend/girlfriend
  // someone else's partner ("istrinya", "bojone", "his wife"): harmed by them, the doer is their
  // partner ("tetangga pukul istrinya" is KDRT; "ada laki-laki mau bunuh istri saya" is not)
  'others_partner',
  'kin', // family member (a perpetrator unless the text marks them as the victim)
  'not_family', // looks like kin but is not: ex-partner, "kakak kelas", "om-om", "ibu kos"
  'agent', // employer, agency, recruiter, pimp, captain: third parties that control work
  // what happens
  'violence', // physical violence verbs
  'acute', // raging, breaking in, pursuing: attacks that are happening
  // coming, coming back or at the door ("datang lagi", "mau ke sini", "on the way here"): makes a
  // kill or weapon threat one for now, but is never urgent alone ("datang lagi minta maaf")
  'approach',
  'strangle',
  'psych', // insults, threats, humiliation, torture
  'neglect', // no maintenance, abandonment, starving, forbidding work
  'sexual', // rape, molestation, harassment, sexual content, sexual exploitation
  'touch', // touching verbs: sexual only with a body part
  // kissing, hugging, holding tight: sexual when forced or unwanted ("dicium paksa", "kissed me
  // without my consent"), never alone (a parent kissing a child)
  'kiss',
  // against the person's will: "without my consent", "padahal saya menolak", "tanpa izin" — with a
  // touch, a kiss or sex it is sexual violence, with a recording it is harm over digital means
  'unwanted',
  'body_part',
  'genital',
  // showing, exposing, flashing: with genitals named, exhibitionism (sexual)
  'expose',
  'intimate_image', // nudes, naked video, sexual photos
  'spread', // spreading, posting, sharing
  'recording', // filming or photographing someone
  'media', // photo, video: spreading them under threat is sextortion
  // a hand, an arm: what "holding" holds when it is not a person held ("mamacik tangan ambo")
  'hand',
  'privacy_place', // toilet, changing room: recording there is sexual
  'impersonation', // fake or hacked accounts
  // a tracking or spy app put on someone's phone ("aplikasi pelacak", "tracking app"): control
  // over digital means (online; by a partner, kdrt)
  'surveillance',
  // bruises ("lebam", "bengep", "biru biru", "black eye"): evidence of violence for the category,
  // never urgent alone (no care needed now)
  'bruise',
  // selling videos or photos ("jual video", "adol foto", "selling videos of"): of children, child
  // sexual abuse material; of products, nothing
  'media_sale',
  // underwear, pants ("celana dalam", "cawet", "saluar"): blood in them is a genital injury
  'underwear',
  // a secluded place ("rumah kosong", "kebon tebu", "bola kosong", "the bushes"): someone taken
  // there by a stranger is at explicit sexual risk
  'secluded',
  // sexual harm that is no assault on the body now: remarks on the body, dirty words, asking a
  // child to bathe together ("omongan jorok", "comments on my body", "ngajak mandi bareng")
  'sexual_remark',
  // contraception or sterilisation ("KB spiral", "disteril", "birth control"): forced or
  // refused, it is sexual violence under UU TPKS (forced contraception or sterilisation)
  'contraception',
  // an address, a phone number, personal data: spread over a channel, doxing (online harm)
  'personal_data',
  'bully',
  'channel', // apps, chat, groups, games
  'meetup', // meeting or leaving with someone
  'threat',
  'fear', // the writer is afraid: with a weapon named, the threat is taken as happening
  'extortion',
  // extorting, blackmailing ("diperas", "diperes", "mamaras", "napareseki", "blackmailed"): with a
  // photo, a video or a recording held over the person, sextortion
  'blackmail',
  'kill',
  'self_harm',
  'endure', // bear, stand: "cannot bear to live" is suicidal intent
  'life',
  'weapon',
  // looking for someone ("nyari ibu", "neangan abdi", "looking for her"): with a weapon named, a
  // weapon threat happening
  'search',
  'confinement',
  'ability', // can / may / be allowed: "not allowed to leave" is confinement
  'leave', // go out, go home: what a confined person cannot do
  'free_to_leave', // can still go out or phone: not confined
  'hiding',
  'injury',
  'pain',
  'drunk', // drunk, mabuk, mendem, mabuak
  'crying', // crying or screaming out (a cry of pain with a pain word or a plea)
  'plea', // a victim begging the one hurting them: "ampun", "jan pak", "stop you're hurting me"
  'sex_act', // having sex: sexual violence when forced ("maksa hubungan")
  'pregnant',
  'belly',
  'forced',
  'marriage',
  'work',
  'scam', // running scams (a scam compound), not being cheated
  'sale', // selling a person
  'payment', // money received for a person
  'trafficking', // explicit trafficking / forced labour words
  'passport',
  'withhold',
  'wage',
  'unpaid',
  'debt',
  // leaving only once a debt or a penalty is paid ("baru boleh pulang", "until we pay it back",
  // "denda kalau berhenti"): with a debt or work, debt bondage (a tppo indicator). Not confinement:
  // the person is not held now, so it never makes a message urgent
  'bondage',
  'home', // house words: kin right after one names a place ("di rumah nenek")
  'abroad', // migrant-worker terms, destination countries, shelters
  'explicit_kdrt', // "KDRT", "domestic violence"
  'harm_word', // generic words for abuse or a case: "kekerasan", "korban", "abuse"
  // children
  'child_word',
  'grade', // school level words (SD, SMP, grade)
  'grade_word', // "kelas"/"grade" before a number
  'age_word', // "umur"/"aged" before a number
  'age_unit', // "tahun"/"years" after a number
  'childhood', // an adult describing their own childhood
  // opens a time clause ("waktu", "pas", "nalika", "basa", "wakatu", "wettu", "when"): before the
  // writer and a school grade ("pas sy SD", "waktu aku kelas 5") it is the writer's childhood
  'when_clause',
  'incidental_child', // a child mentioned but not at risk ("hp anak", "in front of the kids")
  'taken',
  'missing',
  // taking the child along ("bawa anak", "with the kids"): a parent or partner who runs off so is
  // the one gone, not a missing child ("istri saya kabur bawa anak")
  'with_child',
  // someone unknown to the writer ("orang tak dikenal", "a stranger"): taking a child along is then
  // a child being taken, not a parent leaving with their own child
  'stranger',
  'alone',
  // still with the perpetrator ("anakku isih neng omah karo de'e"): a child named so is not only a
  // witness
  'with_perpetrator',
  'abandoned',
  'deadline',
  // setting off: boarding a boat or bus, at the port, being sent ("naek kapal", "di palabuhan",
  // "bus leaves 10pm"): a child with a recruiter about to leave
  'departure',
  // situation parts (situation.ts): words that generalise across messages
  'witness', // perceiving it now: "kedengeran", "I can hear", "I just saw", "krungu", "kadenge"
  'news', // news, TV, a viral post: what someone saw there is reported, not witnessed now
  'here_now', // the danger is here: "at the door", "already here", "di depan pintu", "wis teka"
  // the last day: "last night", "yesterday", "tadi malam", "wingi", "kamari", "patang", "wenni".
  // Also listed as past (they date a blow as over), but an injury or an overdose since then
  // still needs care now.
  'last_day',
  'jump', // jumping or throwing oneself: self-harm with a high place or an intention
  'high_place', // bridge, roof, cliff, tower, upper floor
  'overdose', // swallowing pills or poison in quantity
  'immobile', // cannot move, cannot feel one's legs: severity
  'phone_taken', // the phone taken or smashed: the victim cannot call for help
  // parts composed into the kinds above (composed-cues.ts), listed as word families per language
  'move', // move, walk, stand up: negated with an ability word, a body that cannot move
  'ingest', // swallow, drink: with a drug and an amount, or a poison, an overdose
  'drug', // pills, medicine
  'poison', // poison, insecticide: swallowing it is an overdose whatever the amount
  'quantity', // many, a whole bottle, all at once
  'phone', // phone, handphone
  'seize', // taken, snatched, confiscated, smashed: with a phone, the victim cannot call
  'take_along', // carry, bring, take someone along: with a child named right after, with_child
  'burn', // burn, set on fire: threatened at someone or their house, a threat to kill
  'pour', // pour, splash: with a hot liquid, a burn that needs care (and a blow)
  // a hot iron or hot metal: burned with one ("natunu pake setrika"), a blow and a burn
  'hot_object',
  'hot_liquid', // boiling water, hot oil, acid
  'infant', // a baby or toddler: abandoned with nobody there, in danger now
  'nobody', // nobody there to look after someone: "teu aya sasaha", "indak ado urang"
  // going into a child's room and shutting the door: an act of harm when a child is named
  'room_entry',
  // staying the night somewhere ("nginep", "sleep over", "nyipeng", "mondok"): with the abuser
  // tonight, a child is alone with them
  'stay_over',
  // deceived or tricked ("ditipu", "tricked", "diapusi", "dibobodo"): with work abroad or a
  // recruiter, recruitment by deception (a tppo indicator); alone, fee fraud is not tppo
  'deceived',
  'serve', // made to serve or accompany guests or clients: sexual exploitation
  // an entertainment venue ("tempat hiburan", "panggonan hiburan", "a club"): a person sold to
  // one is sexually exploited; working at one alone is not
  'venue',
  // custody of a child, a court case ("hak asuh", "pengadilan", "custody"): with no harm, `other`
  'custody',
  // the writer says there is no violence ("gak ada kekerasan", "euweuh kekerasan", "no violence")
  'no_harm',
  // all of us ("kami berdua", "kabeh", "maneng", "all of us"): a threat to kill them all, with a
  // child named, puts the child at risk too
  'all_of_us',
  // time and stance
  'present',
  'tonight',
  'recent',
  'past',
  'ongoing_since', // "since yesterday": started before, still going on
  'habitual',
  'safe',
  'negation',
  'help',
  'info_request', // questions about how to report, hypotheticals
  'intent', // "want to / going to": an auxiliary that a negation may precede
  // who is writing
  'first_person',
  'parent_of', // "anak saya", "my daughter"
  'third_party', // "tetangga saya", "my friend"
  'joke', // "wkwk", "haha", "becanda": a threat said in jest is not a report
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

/** One lexicon's cue phrases per kind: tokens separated by spaces, `*` at the end = prefix. */
export type CueTable = { readonly [K in CueKind]?: readonly string[] };

/**
 * Kinds that compete for the same words. When a hit lies inside a longer hit of another kind in
 * the same group, the shorter one is dropped: "mantan suami" is an ex-partner, not a partner;
 * "bunuh diri" is self-harm, not a threat to kill; "tidak bisa keluar" is confinement.
 */
export const COMPETING_GROUPS: readonly (readonly CueKind[])[] = [
  ['present', 'tonight', 'recent', 'past', 'ongoing_since'],
  ['confinement', 'free_to_leave'],
  ['partner', 'kin', 'not_family'],
  ['kill', 'self_harm'],
  ['child_word', 'incidental_child', 'childhood', 'grade'],
  ['violence', 'self_harm'],
  // "teman kerja", "coworker", "kanca kerja": a colleague, not work someone is made to do
  ['work', 'third_party'],
  // "umur saya dipalsukan di paspor" is a falsified document (tppo), not a faked account
  ['impersonation', 'trafficking'],
  // "grup keluarga", "family group": a chat group, not a relative
  ['channel', 'kin'],
  // Sundanese and Minang "geus sajam", "alah sajam" (for an hour now), not Indonesian "sajam"
  // (senjata tajam, a blade)
  ['weapon', 'ongoing_since'],
  // "every few minutes", "tiap bentar": repeated now, not a habit
  ['habitual', 'present'],
];
