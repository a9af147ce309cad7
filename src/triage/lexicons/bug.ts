import type { CueTable } from '../cue-kinds.js';
import { type Lexicon, phrases as p, weights } from './lexicon.js';

// The glottal-stop apostrophe is often left out in chat ("de nawedding", "nakennaka", "tabe"):
// every phrase written with one is also listed without, so each list is written once.
function withoutGlottal(table: CueTable): CueTable {
  return Object.fromEntries(
    Object.entries(table).map(([kind, list]) => {
      const bare = (list ?? []).filter((q) => q.includes("'")).map((q) => q.replaceAll("'", ''));
      return [kind, [...new Set([...(list ?? []), ...bare])]];
    }),
  ) as CueTable;
}

/**
 * Bugis. The glottal-stop apostrophe matters: a phrase written with one (`iya'` "I", `ambo'`
 * "father", `de'` "not") only matches a token typed with one, so Indonesian `iya` (yes) and
 * Minang `ambo` (I) stay apart. Geminate consonants (kk, pp, tt, dd) are scored separately.
 */
export const BUG_LEXICON: Lexicon = {
  language: 'bug',
  markers: weights(`
    okko:2.5 makkukkue:2.5 ri:1 sibawa:2.5 engka:2.5 de':2 degaga:2.5 makkokkoe:2.5 melo:2 maelo:2 lao:1.5 pole:1.5
    purani:2.5 depa:2 de'pa:2.5 narekko:2.5 rekko:2 nasaba:2.5 maneng:2 ladde':2.5 ladde:1.5 aja':2
    iyaro:2.5 iye:0.4 aga:1 wedding:1.5 iya':2 iyya':2 idi':2 ana':1.5 ana'ku:2 indo':2 indo'ku:2
    ambo':2 ambo'ku:2 etta:2 lakkai:2.5 lakkaikku:2.5 baine:2 baineku:2 bola:0.8 mitau:2.5 maddara:2.5
    mate:1 tulungi:2 tabe':2.5 tabe:1.5 siri':2 wenni:2 makkunrai:2.5 urane:2 ka':0.5 ni:0.6 mupa:2
    massu:2 ulle:2 esso:2 tungke:2.5 puang:2 pekkogi:2.5 mallapor:2.5 maega:2 uleng:2 taung:2
    umuru:2 siseng:2 alena:2 baiccu':2.5 tomatoa:2 botting:2.5 matoa:2 makkeda:2.5 nakkeda:2.5
    sappoku:2.5 masigi:2.5 paccing:2 jaji:2 makkutana:2.5 missengi:2.5 majjama:2.5 jama:1.2 doi:1.5
    lisu:2 nalisu:2 saliweng:2.5 mangamu:2 mattampu:2.5 anri:2 olo:1.5 wettu:2 tarima:1.5 pa:0.4 na:0.6
    ki':0.3 lempe':2 tau:0.3
  `),
  cues: withoutGlottal({
    joke: p('wkwk|haha|hahaha'),
    partner: p(
      'pacarna|pacarku|lakkai|lakkaikku|lakkaina|lakkainna|lakkaitta|baine|bene|baineku|beneku|bainena|benena|bainenna',
    ),
    others_partner: p('lakkaina|lakkainna|bainena|benena|bainenna'),
    kin: p(`ambo' tiri|indo' tiri|lato'na|anrikku|amurekku|ambo'|ambo'ku|ambo'na|etta|indo'|indo'ku|indo'na|anri*|daengku|amure*|
      nene'|nene'na|omna|omku|lato'|matuang|matuangku|matua|matuaku|matuana|matua worowane*|matua makkunrai*|
      ipar*|paman*|tomatoa|tomatoaku|tomatoanna|bapa'|sappo|ambo' tiri*|ambo tiri*|indo' tiri*|indo tiri*|bapak tiri*|bapa' tiri*|etta tiri*|ayah tiri*|mama tiri*|amure'*|anaure'*|daeng*|kaka'*|kakak*|emma'|emma'ku|emmaku|emma'na|emmana|etta'ku|ettaku|etta'na|ettana|etta'`),
    not_family: p(
      'tau matoa|mantan*|mantang lakkai*|mantan lakkai*|mantang baine*|mantang bene*|mantang pacar*|bekas lakkai*|bekas baine*|bekas bene*',
    ),
    agent: p(
      "ponggawa*|punggawa*|majikan*|agen|agen*|sponsor*|bos'ku|bos|calo|kapten|mandor|majikak*|majikang*|majikanna|bos'e|bosna",
    ),
    violence: p(
      `nacubi*|ricubi*|cubi*|disundut*|nyundut*|sundut*|nakenna*|nakennaka'|nakennai|mabbampa|nalempe'|lempe*|nalempari*|tippe'|natippe*|naiso|nakeno|nasessa|kenna*|bampa*|jaguru*|tippe*|peppe*|tampeleng*|tempeleng*|tampar*|tendang*|pukul*|jambak*|sessa*|seksa*|siksa*|tobo*|redde*|hajar*|aniaya*|banting*|nasempa|nasempai|nasempaka|nasempaki|risempa|risempai|massempa|massempai|sempai|usempa|dorong*|sorong*|keroyok*|karoyok*|nabanting*|ribanting*|nabbanting*|riwanting*|nariu'ka'|nariu-ka'|nareddu'ka'`,
    ),
    acute:
      p(`massappaka'|massappa ka'|massappaki'|naketu'|naketu* pintu|mangamu|mangamuk|naketo keto|macai|nasappaka'|nasappa ka'|nagedor*|
      mopi ri munriku|mupa ri munriku|ketu*|gedor*|dobrak*|nadobrak*|massappa iya'|nasappa*|nassappa*|naccoe*|naccoerika'|naccoerang`),
    // [U]: mai (here, towards the speaker), engkani (has come), paimeng (again), saliweng (outside); not
    // checked with a native speaker
    approach: p(`lao mai|engka mai|engkani mai|melo mai|maelo mai|polei mai|lisu paimeng|polei paimeng|
      okko saliweng bola|ri saliweng bola|lisu natiwi|polei natiwi|lisu mattiwi|polei mattiwi`),
    strangle: p(`nacekik|cekik*|cekik*|cekek*`),
    psych: p(
      "nacacimaki*|ricacimaki*|cacimaki*|nacaci*|nacacci|cacci|maancang|naancang|mappakasiri'|nahina|nacacci*|cacci*|nacaccai*|de' nawedding sita|de' uwedding sita|hp-ku naperiksa|naperiksa hp-ku|nacek hp-ku|ripakasiri'|napakasiri'|napakasiri'ka'|nibentak|ribentak|nabentak*",
    ),
    neglect: p(
      "nasuro mangamen|risuro mangamen|nasuro mangemis|risuro mangemis|de' nabbereangnga' doi'|de' nabbereang doi'|de' nabbereangnga'|mellau doi|mangemis|de' nawaja balanja|nafkah|de' naanre|nasalai|gaga kabara'na|de' nakiring doi'|de' nakirim doi'|de' nakirikang doi'|de' nakiriki doi'|de' nakiring balanja|biasa de' manre|de' manre|naala doi'|doi'na nala|doi'ku nala|nala maneng doi'|nala lari doi'|natiwi lari doi'|doi'ku natiwi lari|natiwi lari tabungakku|de' niwereng manre|de' nawereng manre|de' niwereng doi'|de' nawereng doi'",
    ),
    sexual:
      p(`nacabuli|napalecehi|napassa mallaibini|napassaka mallaibini|nalessui|nacabulii|nacolek*|nahamili|napamattampu|nacabuli*|nacolek colek*|narudapaksa|naremma'|napaleceh|telanjang*|porno|cabul*|
      napegang pegang*|ripegang pegang*|leceh*|perkosa*|rudapaksa*|narudapaksa*|riperkosa*|naperkosa*|nagaukeng aga aga|nagaukang aga aga|napigau aga aga|ripigau aga aga|nagaukengngi aga aga|napigaui aga aga|naintip ka' mandi|naintipi ka' mandi|riintip mandi|riintip cemme|naintip ka' cemme|naintipika' mandi|naajakka' lao ri hotel|naajakka' ri hotel|naajak ka' lao ri hotel|naajak ka' ri hotel|naraba*|riraba*|nagerayangi|rigerayangi|nabius|ribius`),
    touch: p(
      "narapa'*|rirapa'*|rapa'*|narapa*|rirapa*|gosok*|nagosok*|rigosok*|nagai'|nakenna|naremma'|napakenna|colli*|nacolli*|ricolli*",
    ),
    body_part: p(
      `bokong*|dada*|paha*|pahana|dadana|dada|dadaku|paha|pahaku|kemaluan*|dadana|pahana|dada'na|pinggang*|dada'ku|watakkale*|pinggangku`,
    ),
    genital: p(`kemaluan*|mapeddi narekko mateme'|mapeddi narekko pipis`),
    intimate_image: p(
      `de' mappake baju|de' mabbaju|telanjang*|foto telanjang*|video telanjang*|telanjangku|foto porno|de' mappake waju|de' mawaju|tanpa waju|de' mappake pakeang`,
    ),
    media: p('foto*|video*'),
    spread: p(`nasebar*|risebar*|sebar*|nasebbarang|sebbarang*|nasebbara|nasebbara'|risebbara'|risebbarang`),
    recording: p(
      'marekam*|marekang*|mmarekam*|naalai fotoku|naalai foto|narekam*|narekang*|rirekam*|rirekang*|navideo*|rivideo*|nafoto*|rifoto*',
    ),
    privacy_place: p("ugenti baju|genti baju|kamar mandi|cemme|cemme'*|macemme*|mecemme*|wettu cemme*"),
    surveillance: p(
      `nabaca wa*|napasang gps*|pasang gps|aplikasi pelacak|aplikasi palacak|nasadap|risadap|nabaca chat*`,
    ),
    sexual_remark: p(
      `ada ada maja|ada maja|risuiti*|nasuiti*|suiti*|nakomentari watakkale*|mandi sibawa|cemme sibawa|macemme sibawa`,
    ),
    contraception: p(`kb|kb spiral|nasteril|risteril|steril|napasang kb|ripasang kb`),
    bruise: p(`lebam|memar|biru biru`),
    media_sale: p(`mabbalu video|mabbalu foto|nabalu video|nabalu foto|balu video|balu foto`),
    underwear: p(`celana*|sampak*|salawara*`),
    secluded: p(`bola kosong|onrong mesa|kuburu|ale'`),
    impersonation: p(
      'mappake fotoku|napake fotoku|pake fotoku|nabajak|dibajak|akun palsu|ribajak|ribajak akunku|nabajaki|nibajak|makkeda polisi|ngaku polisi',
    ),
    bully: p(
      `nacela|nacelai|ricela|nabully*|ribully*|nabuli*|ribuli*|dibully|naejek*|riejek*|ripakasiri'|napakasiri'|napakasiri'ka'|ripakasiri|ricacci|fitnah|nafitnah|rifitnah|kareba bohong`,
    ),
    meetup: p(
      `menta foto|menta fotona|mellau foto|nasuro kirim foto|naelloriwi foto|situjju|naobbi|sita|lao sita|sitai|siruntu|sirunturi|massiruntu|naruntu|siruntu sibawa`,
    ),
    fear: p('mitau|metau|mitau ladde'),
    threat: p('maancam*|maancang|naancang*|naancam*|naisseng bolaku|naissengi bolaku|naisseng alamakku'),
    extortion: p('napareseki|pareseki|mabbayara|doi'),
    kill: p(
      `napamate|mappamate|pamate|nabunu|mabbunu|nawunu*|wunu*|mawunu|wunu*|bunu*|pamate*|mate ko|matei ko|mate mo ko|uwunu ko|uwunuko|riuno|nauno|mauno|nauno ka'`,
    ),
    self_harm:
      p(`maelo ka' mate|melo ka' mate|maeloka' mate|meloka' mate|melo mate|mate bawang|melo ka' mate|melo* mate|maelo* mate|de' melo tuo|de' melo* tuo|
      de'na melo* tuo|de' maelo* tuo|de'na maelo* tuo|wunu ale|mawunu ale|pamate ale|mappamate ale|bunu ale*|wunu ale*|gantung ale*|gantung diri|melo* mate|maelo* mate|de'na melo tuo|massilet*|nasilet alena|massilet lima`),
    weapon: p(
      `barang tajam|pedang|badik|badi|badi'na|badi'e|kawali|piso|pisona|bensin|parang|golok|berang|gajang|kawali*|badi'*|badik*|pisau*|parang*|golok*|gunting`,
    ),
    confinement: p(
      `de' nawedding naik ri darat|de' nawedding menre' ri darat|de' nawedding lisu|de' uwedding lisu|de' ulle lisu|rijaga|natahangi ri kappala'|natahang ri kappala'|natahangi ri hotel|de' napalessu|de' nawedding massu|de' nawedding massu'|de' uwedding massu'|de' wedding massu'|nagoncing*|rigoncing*|goncingi|de' wedding massu|de' ulle massu|nasekap|ritahang ri hotel|ritahangi ri hotel|ritahang ri kappala'|ritahang ri lopi|ritahang ri mess|ritahang ri asrama|ritahang ri bola|ritahang ri kamara|natahang ri lopi|nasiko'*|risiko'*|nasikko'*|risikko'*`,
    ),
    free_to_leave: p(
      "wedding massu|wedding massu'|wedding mupa|wedding mopi|ulle massu|uwedding massu|uulle massu|wedding lao|wedding ka' lao|wedding lisu|wedding-ka' lisu|wedding ka' lisu|ulle lao|ulle lisu|wedding mattelepon|ulle mattelepon",
    ),
    hiding: p('massubbu|sussubbu|makkalicubbu*'),
    injury: p(
      `disundut*|nyundut*|de' ulle mangesso|de' ulle ka' mangesso|maddara|dara|de'na mainge'|de' namainge'|tunu|pingsan|luka parah|berdarah|maddara mopa|maddara mupa|dara massu|patah tulang|de' naingerangngi|de' naisseng alena|de'na naisseng alena|darana|daraku|darakku|dara'na|maega dara|de'na namainge'|pingsang|mapingsang|bengkak ulunna|ulunna bengkak`,
    ),
    drunk: p('mabuk|mabbo|mawuk'),
    crying: p("teri|materi|terri|materri|mangngaru'"),
    plea: p("ampung ambo'|aja' ambo'|pedi ambo'"),
    pain: p('malasa|pedi'),
    pregnant: p('mattampu|hamil'),
    belly: p('babua|babuana|babuakku'),
    sex_act: p(`matinro sibawa|matinro silaong|mallaibini|hubungan badan|nalayani|mallayani ia|layani ia`),
    forced: p(
      `napassa*|ipassa*|ripassa*|passa|passaka*|passaki*|napaksa*|napassai|passai*|paksa*|dipaksa|maelo de' maelo|melo de' melo|harus maelo`,
    ),
    marriage: p('botting*|pabotting*|napabotting*|mabbotting|nikah*|kawin*'),
    work: p(`abk|kapal bale|dipaksa majjama|jama|majjama|jamang|napajama|pajama|napajamai`),
    scam: p('menipu|mappanipu|panipu'),
    trafficking: p(
      "pabbalu tau|tppo|umuru'na napalsukan|umuru'na ripalsukan|umuru'ku napalsukan|napalsukan umuru'na",
    ),
    sale: p('nabalu|balu*|dijual'),
    payment: p('natarima doi'),
    passport: p('paspor*|ktp*|dokumen*|ijazah*'),
    // Abroad: "wanua laing" (another country); destination names are read from Indonesian.
    abroad: p('wanua laing*|wanuwa laing*|tana laing*'),
    withhold: p(
      'nataro|ritaro|nataroi|natahangi|tahang*|naalai|natahang|ritahang|nacekeli|naala|natahan|ritahan|natahanna|natahang*',
    ),
    wage: p('gaji*'),
    unpaid: p(
      `gajinna natahangi|natahangi gajinna|gaji natahangi|de' riwaja|de' ribayara|de'pa riwaja|de' nawaja|de'pa nawaja|de' nabayara`,
    ),
    debt: p('inreng|utang|inreng*|inrenna|utang*'),
    child_word: p(`ana'|ana'ku|ana' ana'|ana' baiccu'|baiccu'|bayi|eppo|eppoku|anaure'|anaure'ku|
      ana' makkunrai|ana' urane|ana' dara|ana' daraku|ana' makkunrai*|ana' urane*|murid|baiccu'ku|ana' baiccu'ku|massikola mopi|sikola mopi`),
    grade: p('sd|smp|sma'),
    grade_word: p('kelas'),
    age_word: p("umuru|umur|umuruku|umuru'na|umurunna|umuru'"),
    age_unit: p('taung|tahun'),
    when_clause: p('wettu|wettunna|riolo wettu'),
    childhood: p(
      "wettu'ku sd|wettu'ku smp|wettu'ku sma|wettu ana* ana*|wettu baiccu'ku|wettu baiccu'|riolo wettu|wettukku baiccu'|wettukku baiccu|wettu umuru'|wettukku umuru'",
    ),
    incidental_child: p("hak asuh ana'"),
    taken: p(`naobbi lao|nalariang|naculik*|riculik*|natiwi lari|naobbi lari|nalarikan|ritiwi lari`),
    // [U] not checked with a native speaker
    stranger: p(
      `de' uisseng*|tau de' uisseng*|urane de' uisseng*|de' uwisseng*|tau de' uwissengi|tau de' naissengi|tau laing|tau de' uwisseng*|tau de' naisseng*|tau tenri isseng*|tau laing*|urane de' uwisseng*`,
    ),
    with_child: p("sibawa ana'na|sibawa ana' ana'na|natiwi ana'na|naerui ana'na"),
    missing: p(
      `depa lisu|de'pa lisu|de' lisu|depa nalisu|de'pa nalisu|de' nalisu|lennye'|de' polei|de' ulle ritelpon|de' nulle ritelpon|lennye'*|lennyek*|hilang|lari sibawa|malari sibawa|mallari sibawa`,
    ),
    with_perpetrator: p("sibawa ia|sibawai|sibawa ambo'na"),
    alone: p(
      `alena|aleku|degaga mampiri*|de' gaga mampiri*|alemu|aleta|ale ale|alena bawang|iya' bawang|aleku bawang`,
    ),
    abandoned: p("nasalai*|de' nalisu"),
    deadline: p('jam|wenni e|esso e|ri olona jam'),
    present: p(
      `makkokkoe|makkokko|makkokoe|makkukkue|makkukkuwe|makkokkoe'|kokkoe|mkkokoe|mkkoe|makkekkoe|iyana makkokkoe|sikuae`,
    ),
    // "wenni iye" (this night): tonight, not last night
    tonight: p(
      `sejam e|sejam'e|sejam pi|matu wenni|matu wennie|wenni e|esso e|wennie|wenni iye|wenni iyewe|esso iye|matu ri wenni|matu wenni e|arawengngi|arawengi|matu arawengngi|wenni iyae|subuh iye|matu subuh|subu iye`,
    ),
    recent: p("sicuku'"),
    past: p('wettu iyaro|riolo|wenni|taung labe|uleng labe|minggu labe|siminggu labe'),
    ongoing_since: p('pole wenni|dua esso|purani dua esso'),
    habitual: p(
      `narekko macai|rekko macai|tungke|tungke esso|tungke wenni|maega kali|biasa|biasanna|tungke*|biasa*|maega kali|matterru*|terru*`,
    ),
    safe: p('aman|aman maneng|okko bola ni'),
    ability: p(
      `nabolehkan|boleh|ulle|wedding|uwedding|uulle|napalessu|nabaliangi|weddingi|ullei|ulleka|weddingka`,
    ),
    leave: p(`turun|massu|massu'|lisu|lao|messu|lari|malari|mallari|joppa`),
    endure: p('ulle|tahang'),
    life: p('tuo|atuongeng'),
    home: p(`bola|bolana|kos|bola'na`),
    harm_word: p('kekerasan|korban|kasus|dianiaya|penganiayaan|eksploitasi'),
    negation: p("de'|de|aja'|de'pa|de'na|degaga"),
    help: p(`tulungi|tulungi ka'|tulung|tulungi*|tulung*|bantui*|bantu*`),
    info_request: p('pekkogi|pekkogi carana|makkutana|missengi'),
    intent: p('melo|maelo|wedding|ulle'),
    first_person: p("iya'|iyya'|ka'"),
    parent_of: p("ana'ku|ana' ku|bayiku"),
    third_party: p(
      `bos'ku|bosku|guru|guruna|guru mangajina|sellao jama|sellao kantoro|sellao*|sellaoku|tetanggaku|sappoku|sappo`,
    ),
    // Situation parts (situation.ts)
    burn: p(`tunu*|natunu*|ritunu*|bakar*|nabakar*`),
    take_along: p(
      `nariu*|ririu*|napatama*|ripatama*|tiwi*|natiwi*|ritiwi*|mattiwi*|naerui*|naeri*|naala|riala|naculik*|riculik*|nabawa|ribawa`,
    ),
    seize: p(
      `naala|naalai|riala|rialai|nareppa'*|rireppa'*|nareppa*|rireppa*|nasita|risita|narampas|rirampas|nabanting|ribanting`,
    ),
    phone: p(`hp*|hape*|handphone*|telpon*|ponsel*`),
    quantity: p(
      `maega|maneng|sibotolo|sebotol|sibotol|banyak|sekaligus|sipapang|sikantong|sekantong|siplastik|sibungkusu|sigenggang|biji|tablet|butir|pulo`,
    ),
    poison: p(`racung*|racun*|baygon|pambasmi*|pembasmi*`),
    drug: p(`pabbura*|ubba'*|ubba*|obat*|pil|pel`),
    ingest: p(`minung*|menung*|uminung*|naminung*|manre*|nanre*`),
    move: p(`joppa*|tettong*|moto*|bangung*|gerak*|makkeddi*|keddi*|tudang*|majjappa*`),
    witness: p(
      `urengkalinga*|rengkalinga*|narengkalinga*|uwita*|uwitai|uwita*|uita*|uwitai*|urengkalinga*|narengkalinga*|mengkalinga*|rengkalinga*|iya' mita|uwitana`,
    ),
    here_now: p(
      `ri yolona tange'|ri yolo tange'|ri tange'|lettuni|purani lettu|engkani kuae|engkani ri|engka ri yolona bola|ri yolona bola|ri olo bola|ri yolo bola|lettu ni|lettuni mai|ri saliweng bola|ri laleng bola|ri tengnga bola|engka ri saliweng|ri saliweng makkokkoe|ri saliweng tange'|ri saliwenna|ri yolona kos|mattajeng ri yolona|mattajeng ri saliweng`,
    ),
    last_day: p('wenni|wenni e'),
    jump: p(`lumpe*|mallumpe*|nalumpe*|lumpe*|mallumpe*`),
    high_place: p(
      `jambatang|jambatan|coppo bola|coppo'na bola|ase'na bola|salo|tasi'|tasi|binanga|bulu'|coppo bola|coppo'`,
    ),
    overdose: p("minung ubba'|minung ubba|menung ubba'|minung racung|minung pel|minung pil"),
    immobile: p(
      `de' ulle joppa|de' ulle majjappa|de' ulle tettong|de' ulle mokkoso|de' ulle mewa|de'na narasa|de' narasa|de'na urasa|de' urasa`,
    ),
    phone_taken: p("naala hp|naalai hp|hp naala|hpku naala|hp-ku naala|hp nareppa'|naalai hp-ku"),
    venue: p('tempat hiburan|tampa hiburan|onrong hiburan|lokalisasi'),
    custody: p('hak asuh|pengadilan'),
    no_harm: p("degaga kekerasan|de' gaga kekerasan|de'gaga kekerasan"),
    all_of_us: p('maneng|idi maneng|ikita|idi'),
    serve: p(
      'layani tamu|nasuro layani|mappalayani tamu|nasuro mappalayani|mallayani tamu|nasuro mallayani|ripaksa mallayani|napassa mallayani|mallayani worowane|napassai mallayani|nabalu lao ri tamu|ribalu lao ri tamu',
    ),
    room_entry: p(
      `mattama ri bili'|tama ri bili'|mattama ri bili'na|nattongengi tange'|naggoncingi tange'|tama ri bili'*|mattama ri bili'*|natama ri bili'*|mattama ri kamara*|tama ri kamara*|mattama ri kamar*|nagoncingi tange'*|nagoncing tange'*|muttama ri kamara*|muttama ri bili'*|muttama ri kamar*|nattama ri kamara*|nagoncingi pintu*|nagoncing pintu*`,
    ),
    stay_over: p(
      `matinro ri bolana|mabbenni|mabbenni ri bolana|mabbenni*|matinro ri bola*|matinro ri bolana`,
    ),
    deceived: p(`ripajanjiangi|napajanjiangi|janci jama|ipajanjiang|nabelle'|nabelleang|nabelle|tipu*`),
    kiss: p(`nacium*|naciumi|napeluk*|napelukka|naroppo`),
    unwanted: p(`de' uwelo|de' umaelo|de'ku maelo|de'ku melo|tanpa izin|cuku cuku`),
    bondage: p(
      `de'pa nalunasi|mabbayara inreng|bayara inreng|denda|depa nalunasi|de' pa nalunasi|depa nalise|depa nalisui|supaya de' lari|kuwammengngi de' lari|supaya de' nalari|supaya de' mallari`,
    ),
    infant: p(`bayi|ana' bayi|ana' baiccu'`),
    nobody: p(`degaga tau|de' gaga tau`),
    pour: p('siram*|nasiram*|risiram*'),
    hot_liquid: p(`wae mapella|wae mapanas|minnya' mapella|minnyak mapella`),
    channel: p(
      `maneng kontak|kontakku|kontak hp|sininna kontak|grup wa|grup whatsapp|fesbuk|ig|instagram|tiktok|dm|inbox|medsos|game online|chat|grup|grup keluarga|grup kaluarga|grup siajing`,
    ),
    explicit_kdrt: p(
      `kekerasan ri laleng rumah tangga|kekerasan ri lalenna rumah tangga|kekerasan okko rumah tangga|kekerasan rumah tangga|kdrt`,
    ),
    blackmail: p(`napareseki|ripareseki|pareseki|diperas`),
    hot_object: p(
      `setrika|strika|bessi mapella|bessi mapanas|pake rokok|pakai rokok|sibawa rokok|pake' rokok`,
    ),
    expose: p(`mappaita|napaitang|napaita|napaitai|mappaitang`),
    personal_data: p(
      `data|dataku|datana|data pribadi|alamat bola|alamat bolaku|nomoro' hp|nomor hp|ktp|chat pribadi|chat pribadiku|screenshot chat|ss chat|alamat|alamakku|alamatku`,
    ),
    hand: p(`lima'na|limanna|limaku|lima'ku|limakku`),
    search: p(`massappa|nasappa|nasappai|massappa'`),
    departure: p(
      `menre' lopi|menre ri lopi|ri palabuhang|ri pelabuhan|ri bandara|ri terminal|melo rikiring|rikiring`,
    ),
  }),
};
