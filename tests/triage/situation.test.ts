import { describe, expect, it } from 'vitest';
import type { CueKind } from '../../src/triage/cue-kinds.js';
import { triage } from '../../src/triage/index.js';
import { normalize } from '../../src/triage/normalize.js';
import { scan } from '../../src/triage/scan.js';
import type { Language } from '../../src/triage/types.js';

/** The cue kinds the lexicons of `language` (with id and en) find in `text`. */
function kinds(text: string, language: Language): Set<CueKind> {
  return new Set(scan(normalize(text), language).hits.map((hit) => hit.kind));
}

/*
 * One table per situation part: for every language, phrasings of that part in sentences written
 * for these tests (ngoko, krama and krama inggil; loma and lemes; slang), never copied from a
 * labelled example.
 */
const PARTS: Record<string, Record<Language, [CueKind, string][]>> = {
  'immediacy (witness, at the door)': {
    id: [
      ['witness', 'kedengeran suara orang dipukul di sebelah'],
      ['witness', 'barusan liat bapak itu nyeret anaknya'],
      ['here_now', 'dia udah di depan pintu bawa golok'],
    ],
    en: [
      ['witness', 'i can hear him hitting her through the wall'],
      ['witness', 'i just saw a man drag a girl into a van'],
      ['here_now', 'he is at the door shouting'],
    ],
    jv: [
      ['witness', 'aku krungu tanggaku digebuki bojone'],
      ['witness', 'kula mireng tiyang njerit saking griya sebelah'],
      ['here_now', 'bojoku wis teka nggawa arit'],
      ['here_now', 'tiyangipun sampun dugi wonten ngajeng griya'],
    ],
    su: [
      ['witness', 'kadenge aya nu digebugan di imah hareup'],
      ['witness', 'abdi ngadangu budak ceurik'],
      ['here_now', 'salaki abdi geus datang mawa bedog'],
      ['here_now', 'anjeunna tos dugi di hareupeun panto'],
    ],
    min: [
      ['witness', 'tadanga urang dipukua di sabalah'],
      ['here_now', 'lakinyo alah tibo di muko pintu'],
    ],
    bug: [
      ['witness', "urengkalingai makkunraie ma'garra"],
      ['here_now', "lakkaikku lettuni ri yolo tange'"],
    ],
  },
  'acts (jump, overdose, room entry, serving guests)': {
    id: [
      ['jump', 'aku mau loncat dari atap'],
      ['high_place', 'saya di atas jembatan'],
      ['overdose', 'aku udah minum obat tidur sebanyak itu'],
      ['room_entry', 'om masuk kamar adik terus nutup pintu'],
      ['serve', 'dia dipaksa melayani tamu di karaoke'],
    ],
    en: [
      ['jump', 'i will jump'],
      ['high_place', 'i am on the roof of the mall'],
      ['overdose', 'i took all my pills'],
      ['room_entry', 'he goes into her room every night'],
      ['serve', 'they make the girls serve guests'],
    ],
    jv: [
      ['jump', 'aku arep mlumpat saka kreteg'],
      ['overdose', 'aku wis nguntal obat'],
      ['room_entry', 'pakdhe mlebu kamare adhiku'],
      ['serve', 'adhiku dikon ngladeni tamu'],
    ],
    su: [
      ['jump', 'abdi rek luncat tina sasak'],
      ['overdose', 'abdi tos neureuy obat'],
      ['room_entry', 'mamang asup ka kamar adi abdi'],
      ['serve', 'adi abdi dipaksa ngalayanan tamu'],
    ],
    min: [
      ['jump', 'ambo nio malompek dari jambatan'],
      ['overdose', 'ambo alah minum ubek banyak'],
      ['room_entry', 'apak tiri masuak kamar adiak'],
      ['serve', 'adiak ambo disuruah malayani tamu'],
    ],
    bug: [
      ['jump', "melo'ka mallumpe ri jambatang"],
      ['overdose', "purani minung ubba'"],
      ['room_entry', "mattama ri bili'na ana'ku"],
      ['serve', 'anriku nasuro layani tamu'],
    ],
  },
  'severity (cannot move, the last day)': {
    id: [
      ['immobile', 'kakiku gak bisa digerakin'],
      ['immobile', 'saya mati rasa dari pinggang'],
      ['last_day', 'aku diperkosa tadi malam'],
    ],
    en: [
      ['immobile', 'i can not feel my legs'],
      ['immobile', "i can't get up"],
      ['last_day', 'he raped me last night'],
    ],
    jv: [
      ['immobile', 'sikilku ora iso obah'],
      ['immobile', 'kula mboten saged mlampah'],
      ['last_day', 'aku diperkosa mau bengi'],
      ['last_day', 'kula dipun gebugi wau dalu'],
    ],
    su: [
      ['immobile', 'abdi teu tiasa leumpang'],
      ['immobile', 'suku kuring teu bisa obah'],
      ['last_day', 'abdi diperkosa tadi peuting'],
    ],
    min: [
      ['immobile', 'kaki ambo indak bisa bagarak'],
      ['last_day', 'ambo dipukua patang malam'],
    ],
    bug: [
      ['immobile', "de' ulle joppa"],
      ['last_day', 'napeppekka wenni'],
    ],
  },
  'lost control (held, phone taken)': {
    id: [
      ['phone_taken', 'hp saya diambil suami'],
      ['phone_taken', 'dia ngerampas hp aku'],
      ['confinement', 'aku ditahan bos di mess'],
    ],
    en: [
      ['phone_taken', 'he took my phone'],
      ['phone_taken', 'she smashed my phone'],
      ['confinement', 'we are kept on the boat'],
    ],
    jv: [
      ['phone_taken', 'hpku dijupuk bojoku'],
      ['phone_taken', 'hp kula dipun pendhet'],
      ['confinement', 'aku ditahan mandor'],
    ],
    su: [
      ['phone_taken', 'hp abdi dicandak ku salaki'],
      ['confinement', 'abdi teu meunang turun tina kapal'],
    ],
    min: [
      ['phone_taken', 'hp ambo diambiak dek laki ambo'],
      ['confinement', 'ambo indak buliah turun dari kapa'],
    ],
    bug: [
      ['phone_taken', 'naalai hp-ku'],
      ['confinement', "natahangi ri kappala'"],
    ],
  },
};

describe('situation parts: each lexicon finds each part', () => {
  for (const [part, table] of Object.entries(PARTS)) {
    describe(part, () => {
      for (const [language, rows] of Object.entries(table) as [Language, [CueKind, string][]][]) {
        it.each(rows)(`${language}: finds %s in "%s"`, (kind, text) => {
          expect(kinds(text, language)).toContain(kind);
        });
      }
    });
  }
});

/*
 * The parts composed. Each row is a situation from issue 13's list of misses (or its non-urgent
 * twin), written afresh for the test in each language; the expected signal is what the officer
 * needs to know.
 */
const URGENT: [Language, string][] = [
  // a witness to a beating now
  ['id', 'kak kedengeran tetangga lagi dihajar suaminya, ada suara barang pecah'],
  ['jv', 'aku krungu tonggoku digebuki bojone, bengok-bengok njaluk tulung'],
  ['su', 'kadenge tatangga keur digebugan ku salakina'],
  ['en', 'i can hear the man next door beating his wife'],
  // a threat to kill heard now
  ['min', 'tadanga laki tatanggo bakuek ka bininyo nio mambunuah'],
  ['en', 'i can hear him screaming he will kill her and glass is breaking'],
  // about to jump (with a baby)
  ['id', 'aku udah di atas jembatan sama bayiku, mau loncat aja'],
  ['su', 'abdi di sasak, rek luncat sareng orok abdi'],
  ['bug', "melo'ka mallumpe ri jambatang"],
  // kicked down the stairs and cannot move
  ['jv', 'aku ditendang bojoku saka tangga, sikilku ora iso obah'],
  ['min', 'ambo ditendang laki ambo dari janjang, kaki ambo indak bisa bagarak'],
  ['en', 'my husband kicked me down the stairs and i can not feel my legs'],
  // an overdose last night
  ['id', 'semalam aku minum obat tidur banyak banget, sekarang pusing'],
  ['en', 'i took all my pills last night because i can not take his beatings anymore'],
  // a child staying the night with the abuser
  ['id', 'anakku 14 tahun disuruh nginep lagi malam ini di rumah pamannya yang pernah nyabulin dia'],
  ['en', 'my 15 year old son is told to sleep over tonight again at the coach who molests him'],
  // a child alone tonight with a stepfather who comes into her room
  ['su', 'abdi kelas 8, wengi ieu nyalira di imah sareng bapa tere, anjeunna sok asup ka kamar abdi'],
  ['en', 'i am 13 and tonight i am alone with my stepdad, he comes into my room at night'],
  // going into a child's room now
  ['en', "i just saw my husband go into my 11 year old niece's room and shut the door"],
  ['id', 'barusan liat suami masuk kamar ponakan saya yang umur 10 terus nutup pintunya'],
  // held and beaten at work
  ['id', 'adik saya ditahan mandor di kapal dan dipukuli terus'],
  ['en', 'my brother is kept on the boat by the captain and beaten'],
  // bleeding after a rape last night
  ['jv', 'aku umur 16 diperkosa mau bengi, saiki isih getihen'],
  ['id', 'aku 16 tahun, diperkosa tadi malam dan masih berdarah'],
  // phone taken and hit
  ['min', 'hp ambo diambiak, laki ambo mamukua ambo kini'],
];

const NOT_URGENT: [Language, string][] = [
  // past abuse with strong verbs and no present cue
  ['id', 'dulu suami sering menghajar saya sampai berdarah, sekarang saya sudah cerai'],
  ['en', 'years ago my father used to kick me down the stairs, i still have nightmares'],
  ['jv', 'biyen aku kerep digebuki bapak nganti getihen, saiki wis aman'],
  // a plea for help about a story told in the past, no word of now
  ['id', 'waktu itu dia nyekik aku sampai hampir pingsan, tolong aku harus gimana'],
  ['en', 'back then he strangled me almost every week, please help me understand my rights'],
  ['su', 'harita salaki abdi neunggeul abdi, tulung abdi hoyong cerai'],
  // a witness to something long over
  ['id', 'tahun lalu saya lihat tetangga dipukuli suaminya, boleh saya lapor sekarang?'],
  // an injury, now safe
  ['id', 'kemarin dipukul pacar sampai berdarah, sekarang sudah aman di rumah ibu'],
  // a phone taken with no harm
  ['id', 'hp saya diambil maling di pasar'],
];

describe('situations composed from the parts', () => {
  it.each(URGENT)('%s: urgent: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent, JSON.stringify(result)).toBe(true);
    expect(result.urgentSignals.length).toBeGreaterThan(0);
    expect(result.decidedBy.length).toBeGreaterThan(0);
  });

  it.each(NOT_URGENT)('%s: not urgent: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent, JSON.stringify(result)).toBe(false);
    expect(result.decidedBy).toEqual([]);
  });

  it('should say when the situation alone found the urgency', () => {
    const result = triage('aku ditendang bojoku saka tangga, sikilku ora iso obah');
    expect(result.decidedBy).toContain('situation');
    expect(result.urgentSignals).toContain('injury');
  });

  it('should never file sexual exploitation, held work or trafficking without a recruiter under other', () => {
    expect(triage('adik saya 16 tahun ditahan di hotel dan disuruh layani tamu').categories).toEqual(
      expect.arrayContaining(['sexual_violence', 'tppo', 'child']),
    );
    expect(triage('gaji saya tidak dibayar 6 bulan dan saya tidak boleh keluar rumah').categories).toContain(
      'tppo',
    );
    expect(triage('kami kerja di kapal, hutang harus dilunasi dulu, tidak boleh turun').categories).toContain(
      'tppo',
    );
  });
});

// Indicators of sexual violence and trafficking in each register: never `other`.
const NOT_OTHER: [Language, string, string][] = [
  ['jv', 'sexual_violence', 'kula dipun gepok-gepok dhadha kaliyan juragan kula'],
  ['jv', 'sexual_violence', 'garwa kula meksa kula sanggama'],
  ['su', 'sexual_violence', 'abdi dirampa-rampa ku bos di tempat damel'],
  ['min', 'sexual_violence', 'ambo dipaso baituhubuangan dek laki ambo'],
  ['bug', 'sexual_violence', "ana'ku nacabuli guru mangajina"],
  ['en', 'sexual_violence', 'my boss touched my breasts at work'],
  [
    'id',
    'tppo',
    'saya ditipu kerja di luar negeri, ternyata disuruh kerja di tempat hiburan dan tidak digaji',
  ],
  ['en', 'tppo', 'i was tricked into a job abroad and now i am forced to work without pay'],
  ['id', 'tppo', 'paspor saya dipegang dan saya harus bayar utang dulu baru boleh pulang'],
  // a spouse who does not provide is neglect (kdrt): the negation is the harm, not its absence
  ['id', 'kdrt', 'suami saya selingkuh dan tidak menafkahi anak, saya mau cerai'],
];

describe('other only when nothing else applies', () => {
  it.each(NOT_OTHER)('%s: %s in "%s"', (_language, category, text) => {
    expect(triage(text).categories).toContain(category);
  });
});

/*
 * Chronic, conditional and past confinement (train11's hard negatives, written afresh): a habit of
 * locking in told with no word of now, "not allowed home until the debt is paid", and a lock told
 * in the clause after a story set in the past are not someone held now.
 */
const HELD_BEFORE_OR_BY_HABIT: [Language, string][] = [
  ['id', 'ayah sering ngunci aku di gudang kalau nilaiku jelek'],
  ['en', 'my dad locks me in the storeroom every time i get bad grades'],
  ['jv', 'bapak kerep ngunci aku neng gudang yen bijiku elek'],
  ['su', 'bapa sok ngonci kuring di gudang mun peunteun goreng'],
  ['min', 'apak acok mangunci ambo di gudang kalau nilai ambo jaleh'],
  ['bug', "ambo'ku sering nagoncingika' ri gudang'e"],
  ['id', 'ditawari kerja di kebun, katanya gaji dipotong dan gak boleh pulang sebelum lunas'],
  ['en', "they offer a job on a farm but say you can't go home until it's paid off"],
  ['id', 'tahun lalu aku magang di pabrik, mandornya ngunci aku di gudang'],
  ['en', 'last year at my old job the manager locked me in the office'],
  ['jv', 'taun wingi aku kerja neng toko, bose ngunci aku neng gudang'],
  ['su', 'taun kamari abdi damel di toko, bosna ngonci abdi di gudang'],
  ['min', 'tahun patang ambo karajo di toko, bosnyo mangunci ambo di gudang'],
  ['bug', "taung labe' majjama-ka' okko toko, bos'e nagoncingika' okko gudang"],
  // not going home until a date or for a term: a condition of the work, not a lock now
  ['jv', 'adhiku kerja neng restoran, ora oleh mulih nganti kontrake entek'],
  ['min', 'adiak ambo karajo di toko, indak buliah pulang sampai kontrak habih'],
  ['id', 'kakak kerja di pabrik, tidak boleh pulang sampai dua tahun'],
  ['en', "my sister works at a restaurant and can't go home until her contract ends"],
];

describe('held before, by habit or on a condition: not urgent', () => {
  it.each(HELD_BEFORE_OR_BY_HABIT)('%s: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent, JSON.stringify(result)).toBe(false);
  });
  it('should still hold someone locked in now', () => {
    expect(triage('ayah ngunci aku di gudang sekarang').urgent).toBe(true);
    expect(triage('my dad has locked me in the storeroom right now').urgent).toBe(true);
  });
});
