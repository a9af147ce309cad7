import type { CueTable } from '../cue-kinds.js';
import { type Lexicon, phrases as p, weights } from './lexicon.js';

// "ndak" is as common as "indak" in Minang chat: every phrase with "indak" is also listed with
// "ndak" ("ndak buliah kalua", "ndak pulang"), so each list is written once.
// Likewise "ambo", "awak" and "den" are all "I/my" ("laki awak", "hp den").
function withChatVariants(table: CueTable): CueTable {
  return Object.fromEntries(
    Object.entries(table).map(([kind, raw]) => {
      const withAmbo = (raw ?? []).filter((q) => /\bambo\b/.test(q));
      const list = [
        ...new Set([
          ...(raw ?? []),
          ...['awak', 'den'].flatMap((word) => withAmbo.map((q) => q.replace(/\bambo\b/g, word))),
        ]),
      ];
      const ndak = list.filter((q) => /\bindak\b/.test(q)).map((q) => q.replace(/\bindak\b/g, 'ndak'));
      return [kind, [...list, ...ndak]];
    }),
  ) as CueTable;
}

/**
 * Minangkabau. Jambi/Palembang Malay shares `ado`, `apo`, `kini` and `ambo`, so those weigh
 * little here; only Minang-only words (indak, nan, jo, alah, baa) make a message `min`
 * (domain README 3.1). The sound-change endings (-uik, -aik, -ua) are scored separately.
 */
export const MIN_LEXICON: Lexicon = {
  language: 'min',
  markers: weights(`
    indak:2 ndak:0.4 alah:1.5 alun:2 ado:0.5 nan:2 jo:1.5 ka:0.4 untuak:2 bana:2 baa:2 apo:0.6 dek:1.5
    kini:0.4 patang:2 bisuak:2 nio:2 buliah:2 inyo:2 ambo:0.5 awak:0.4 den:1 urang:0.6 iko:1.2 ko:0.3
    lai:1.2 sajo:1.5 juo:1.5 pulo:1.5 sadang:2 ciek:2 baliak:2 kalua:1.5 mamak:0.6 amak:1.5 apak:1.2
    mandeh:2 uni:0.4 uda:0.6 da:0.5 caronyo:0.8 tarimo:2 kaba:1.5 batanyo:2 acok:2 tiok:2 taruih:2
    mangunci:1.5 panampuangan:2
    bacarito:2 ketek:2 tuo:1 tuonyo:2 umua:2 surang:2 sajak:2 gaek:2 pai:1.5 mancari:1.5 takuik:2
    bangih:2 lua:1.2 muko:1.5 pitih:2 mangirim:1.5 diambiak:2 dibaok:2 kampuang:2 jaleh:2 bakato:2
    sabalun:2 sasudah:2 wakatu:2 liwaik:2 namo:1.5 mintak:1.5 putuih:2 saketek:2 karajo:2 kami:0.3
    padusi:2 tatanggo:1.5 kuaik:2 kecek:2 dipacik:2 mamacik:2 dipaso:2 kawan:0.4 dima:1.5 bara:1
  `),
  cues: withChatVariants({
    joke: p('gurau|bagurau|gurau se|wkwk|haha|hahaha'),
    partner: p('laki|laki ambo|lakinyo|laki awak|laki den|bini|bini ambo|bininyo|urang rumah|pacanyo'),
    others_partner: p('lakinyo|bininyo|pacanyo'),
    kin: p(`apak tiri|amak tiri|ayah tiri|ibu tiri|mamak ambo|mamaknyo|etek ambo|uni ambo|inyiak ambo|mintuo ambo|ipa|ipa ambo|bundo|ayah|ibu|umi|nenek|kakek|anduang|apak|abak|amak|mandeh|mamak|urang sumando|sumando|uda ambo|adiak|etek|inyiak|mintuo|kamanakan|
      urang tuo|urang tuonyo|apaknyo|amaknyo|dunsanak|adiak kanduang*|apak tiri*|ayah tiri*|amak tiri*|ibu tiri*|papa tiri*|pak etek|pak tuo|mak etek|mak tuo|pak uniang|angku|ipa|ipar*|kamanakan*|adiak*|kakak*|dunsanak*|anak bujangnyo|anak gadihnyo|anak kanduangnyo`),
    not_family: p(
      'laki laki|mantan*|mantan laki*|mantan bini*|urang gaek|induak samang*|bekas laki*|bekas bini*|bekas suami*|bekas pacar*|mantan suami*',
    ),
    agent: p('induak samang*|agen|bos|panampuangan|calo|mandor|tauke'),
    violence:
      p(`manandang|ditandang|ditandangnyo|tarajang*|ditarajang*|manarajang*|disundut*|nyundut*|sundut*|dicubik|mancubik|cubik*|dijewer|disetrum|pukua|dipukua|mamukua|tampa*|ditampa|manampa|tendang*|ditendang|disipak|sipak*|dilukoi|
      lukoi|dianiayo|siksa*|dihajar|mangampa|mancakau|dicakau|maantam|diantam|mahantam|dihantam|pukua*|pukul*|tampeleang*|tampeleng*|tendang*|sipak*|sepak*|hantam*|antam*|hajar*|tinju*|tumbuak*|jambak*|siksa*|aniayo*|aniaya*|seret*|hela*|helo*|banting*|tusuak*|tikam*|bacok*|dipalu|mamalu|dorong*|sorong*|keroyok*|karoyok*|dibantiang*|mambantiang*|dihampeh*|mahampeh*|dilempa*`),
    acute:
      p(`mamacah barang|mamacahan barang|mamacah mancah*|mahampeh barang|mambantiang barang|mancampak barang|mangaja|dikaja|bangih|mangamuak|ngamuak|manggaduang|gaduang*|bakuak|mancari ambo|masih di balakang ambo|
      masih di balakang awak|mandobrak|didobrak|dobrak*|maketok pintu|mangetok pintu|manggadua pintu|mangaja ambo|mangaja awak|maikuik*|mangikuik*|diikuik*|manuruik ambo|manuruik awak|manuruik kami`),
    // [K]: datang/tibo/baliak (come/return), ka siko (here), muko (front), sabanta lai (in a moment)
    approach:
      p(`datang baliak|tibo baliak|pulang baliak|nio ka siko|ka siko baliak|datang ka siko|di jalan ka siko|
      alah dakek|alah di muko rumah|di muko rumah|di muko pintu|sabanta lai pulang|sabanta lai tibo|kajap lai pulang|pulang mambawo|pulang mambaok|
      datang mambawo|datang mambaok|tibo mambawo|tibo mambaok`),
    strangle: p('mancakiak|dicakiak|cekik*|cakiak*|cekiak*|cekik*|mancakiak*'),
    psych: p(
      'mamaki|dimaki|mahino|dihino|maancam|diancam|mancaci|dicaci|dicaruti|mancaruti|mangecek kasa|mahariak|dihariak|kato kasa|kato kato kasa|indak buliah batamu|hp ambo dipareso|hp ambo dicek|dikakang|mangakang|mambantak|dibantak',
    ),
    neglect: p(
      `disuruah mangamen|disuruah mamintak|disuruah mangemis|dipaso mangamen|diusia|mangusia|diusia dari rumah|indak buliah karajo|maminta minta|mangamis|indak mambari balanjo|balanjo indak diagiah|indak diagiah balanjo|nafkah|indak diagiah makan|ditinggaan|indak ado kaba|pai indak baliak|indak mangirim pitih|indak pernah mangirim pitih|indak mangirim balanjo|indak mambari pitih|indak maagiah pitih|indak pulang pulang|kalaparan|acok indak makan|mambaok lari pitih|mambawo lari pitih|pitih dibaok lari|mambaok lari tabungan|tabungan dibaok lari`,
    ),
    sexual:
      p(`namuah tidua jo*|nio tidua jo*|mintak tidua jo*|maajak tidua jo*|namuah lalok jo*|diajak ka hotel|maajak ka hotel|dibaok ka hotel|disuruah mambukak baju|disuruah mambukak sarawa|mambukak sarawa|sarawanyo dibukak|indak senonoh|diraso raso|dipaso manonton video porno|disuruah manonton video cabul|dipaso kb|dipaso manjua diri|manjua diri|mamperkosa|mancabuli|dilecehan|malecehan|dinodai|manodai|digagahi|dirudapaksa|ditalanjangi|disuruah bukak baju|mampaliekan kamaluan*|mamparlihaikan kamaluan*|kato kato cabul|caruik|ota cabul|maajak lalok|maajak tidua|dijua ka laki laki|jadi psk|maraba raba|diraba raba|diraba|mahamili|dihamili|mamacik macik|dipacik pacik|dicabuli|dilecehkan|diperkosa|talanjang|cabul|bahubungan badan|
      hubungan badan|leceh*|cabul*|perkosa*|nodai*|parkosa*|mamarkosa*|diparkosa*|rudapaksa*|dirudapaksa*|maparkosa*|dicolek|mancolek|dicolek colek|diapo apoan|diapoapoan|dibuek baitu|dibaitukan|dibuek nan indak indak|diapo apokan|maajak ambo ka hotel|maajak awak ka hotel|maajak den ka hotel|mangajak ambo ka hotel|diintip mandi|maintip ambo mandi|maraba*|diraba*|mangarayangi|digarayangi|garayang*|palecehan|pacabulan|pamarkosaan|pelecehan|pemerkosaan|pencabulan|pamerkosaan|perkosaan|dibius|minuman ambo dicampua`),
    touch: p(
      'manggesek*|digesek*|gesek*|maraso*|diraso*|mangapik|mamacik|dipacik|pacik*|raba*|santuah*|disantuah*|manyantuah*|disentuh*|manyentuh*',
    ),
    body_part: p(
      'paho*|paha*|dado*|pungguang*|dado|pao|kamaluan*|kamaluannyo|dadonyo|paonyo|pao ambo|dado ambo|pungguang',
    ),
    genital: p('kamaluan*|sakik kalau pipih|sakik wakatu pipih|padiah kalau kancing|sakik kalau kancing'),
    intimate_image: p(
      `bugia|indak bapakaian|indak babaju|indak pakai baju|indak mamakai baju|tanpa baju|foto talanjang|video talanjang|talanjang|foto cabul`,
    ),
    media: p('foto*|video*'),
    spread: p(
      'mamposting|diposting|mamposkan|maunggah|diunggah|mauploud|diupload|manyebar|disebar|manyebarkan',
    ),
    recording: p('mamoto|difoto|marekam*|direkam*|mamotret|dipotret|mavideoan|divideoan|mamvideoan'),
    privacy_place: p('baganti baju|ganti baju|kamar mandi'),
    surveillance: p(
      `mambaco chat*|mambaco wa*|mambaco pesan*|aplikasi palacak|aplikasi pelacak|manyadap hp*|disadap|mambaco chat ambo`,
    ),
    sexual_remark: p(
      `kato kato cabul|kato cabul|mangomentari badan|mangomentari tubuah|mandi basamo|maajak mandi basamo|mandi baduo`,
    ),
    contraception: p(`kb|kb suntiak|kb spiral|disteril|steril|mamasang kb|dipasang kb`),
    bruise: p(`lebam|biru biru|memar|bonyok`),
    media_sale: p(`manjua video|manjua foto|manggaleh video|manggaleh foto|jua video|jua foto`),
    underwear: p(`saluar*|saluanyo|sarawa*|celana*`),
    secluded: p(`rumah kosong|tampek sunyi|pondok|rimbo|kuburan`),
    impersonation: p(
      `mamakai foto ambo|pakai foto ambo|mamakai akun ambo|dihack|dihek|dibajak|akun palsu|mangaku polisi|ngaku polisi|mangaku jadi ambo`,
    ),
    bully: p(
      'dibuly*|buly*|mambuly*|dibully|diolok olok|ejekan|diejek|maejek|mangejek|fitnah|difitnah|kaba bohong|tulisan fitnah|dihino',
    ),
    meetup: p(
      `ka batamu|batamu|bajumpo|ka bajumpo|mintak foto|disuruah mangirim foto|dimintak foto|mintak video|maajak|diajak|barangkek malam ko|barangkek malam iko|barangkek nanti malam|barangkek kini|basobok|diajak basobok|janji*|dijapuik`,
    ),
    fear: p('takuik|katakuik'),
    threat: p('maancam|diancam|tau rumah ambo|tahu rumah ambo|tau alamat ambo'),
    extortion: p('diparas|mamaras|mambayia|pitih'),
    kill: p(
      'mambunuah|dibunuah|bunuah|mamatian|bunuah*|bunuh*|mati ang|mati kau|ka dibunuah*|ka dibunuahnyo|dibunuahnyo',
    ),
    self_harm: p(`labiah baiak mati|labiah elok mati|mangakhiri sadonyo|mangakhiri iduik|bunuah diri|nio mati|
      ingin mati|indak nio iduik|indak nio hiduik|nio manyusul almarhum*|nio manyusul amak|nio manyusul mandeh|nio manyusul apak|nio manyusul abak|bunuah diri|nio bunuah diri|indak nio iduik lai|mangantuang diri|gantuang diri|manyayek tangan|mamotong nadi|mailet tangan|manyilet*|mailet*|manyayek*`),
    weapon: p(
      'kalewang|tombak|sanjato api|senapang|pistol|sanjato|sanjato tajam|barang tajam|pedang|ladiang|piso|pisau|golok|sabik|bensin|kapak|pisau*|piso*|ladiang*|sabik*|kapak*|gunting|golok*|karih',
    ),
    confinement:
      p(`indak buliah naiak ka darek|indak buliah turun ka darek|indak buliah ka darek|dilarang kalua|indak buliah pulang|indak buliah pai|indak dibiaan kalua|indak dibiaan pulang|dijago ketat|dikuruang di asrama|dikuruang di mess|ditahan di kapa|dikuruang di kapa|indak buliah turun|ditahan di hotel|dikuruang di hotel|dikunci|dikuruang|indak buliah kalua|indak bisa kalua|disakap|mangunci ambo|mangunci kami|
      mangunci awak|mangunci inyo|mangunci anak*|manguruang*|dikunci dari lua|dikuruang di kamar|dikuruang di rumah|ditahan di rumah|diikek*`),
    free_to_leave: p(
      'bisa kalua|buliah kalua|bisa libur|libur|masih bisa manelpon|bisa manelpon|bisa wa|masih bisa wa',
    ),
    hiding: p('suruak*|basuruak*|manyuruak*|sambunyi*|basambunyi*|basambunyi|basuruak|sembunyi'),
    injury: p(
      `darah mangalia|darahnyo mangalia|kapalo pacah|kapalonyo pacah|luko gadang|luko di kapalo|disundut*|nyundut*|muntah taruih|muntah darah|muntah muntah|indak bisa baangok|sasak angok|badarah|darah|darahnyo|indak sadar|pingsan|angus|talua angus|luko bakar|
      malapuah|disiram aia angek|luko parah|indak sadaran|indak sadarkan diri|pingsan|patah tulang|tulangnyo patah|kapalo bocor|kapalonyo bocor|badarah darah|darah kalua|sasak angok|angok sasak|tabaka|angoknyo aneh|indak baangok|pangsan|indak sadar diri|kapalonyo bangkak|kapalo bangkak`,
    ),
    drunk: p('mabuak|mabuk'),
    crying: p('bapakiak|pakiak*|bapakiak pakiak|manangih|manangis|maimbau|mamakiak|manjarik|tangih'),
    plea: p('mintak ampun|ampun pak|jan pak|jan apak|sakik pak|sakik apak'),
    pain: p('sakik|padiah'),
    sex_act: p(
      'paso baitu|dipaso baitu|mamaso ambo baitu|mambuek baitu|lalok jo|lalok samo|tidua jo|tidua samo|hubungan badan|baituhubuangan|bahubuangan|hubuangan badan|lalok basamo|bahubungan|hubungan|malayani inyo|malayani laki ambo|malayani nafsu*',
    ),
    pregnant: p('hamil|manganduang'),
    belly: p('paruik|paruiknyo'),
    forced: p(
      'dipaso*|mamaso*|paso|tapaso|dipaksa|dipaso|mamaso|paso*|nio indak nio|namuah indak namuah|harus namuah|musti namuah',
    ),
    marriage: p(`dijodohan|dijodohkan|dikawinan|dinikahan|kawin*|nikah*|pakawinan|nikahnyo`),
    work: p(
      'abk|kapa ikan|kapal ikan|dipaso karajo|jadi pambantu|buruah|kuli|karajo|bakarajo|disuruah karajo|disuruah bakarajo|disuruah manjua|disuruah mangamis',
    ),
    scam: p('manipu urang|disuruah manipu|dipaso manipu|judi online|scam|scammer|manipu'),
    trafficking: p(
      'pardagangan urang|pardagangan manusia|perdagangan orang|tppo|umuanyo dipalsuan|umua dipalsuan|umuanyo dipalsukan|umua ambo dipalsuan',
    ),
    sale: p(
      'dijua|dijual|manjua anak*|manjua ambo|manjua awak|manjua inyo|manjua adiak*|manjua bini*|manjua padusi|manjua kamanakan*|manjua urang',
    ),
    payment: p('manarimo pitih|dapek pitih'),
    passport: p('paspor*'),
    // Abroad: "lua nagari" (outside the country); destination names are read from Indonesian.
    abroad: p('lua nagari|lua nagori|nagari urang|nagari lain|ka lua nagari'),
    withhold: p('dititipan|dititipkan|dititipkan ka|dipacik|mamacik|ditahan|manahan|diambiak'),
    wage: p('gaji'),
    unpaid: p(
      'indak digaji|alun digaji|tanpa gaji|tanpa upah|gaji ditahan|gajinyo ditahan|alun dibayia|indak dibayia|alun dibayar',
    ),
    debt: p('utang|mancicil utang|utang*|utangnyo|hutang*'),
    child_word: p(
      'anak gadih ketek|anak bujang ketek|budak ketek|anak sakola|balita|cucu ambo|kamanakan ambo|anak ambo|masih ketek|anak|anak ketek|anak anak|bayi|adiak ketek|cucu|kamanakan|anak gadih|anak bujang|murik|anak gadihnyo|bayi|anak ketek ambo|anak anak ambo|masih sakola|alun tamat sakola|bayinyo',
    ),
    grade: p('sd|smp|sma'),
    grade_word: p('kelas'),
    age_word: p('umuanyo|umurnyo|baumua|baumur|umua|umur'),
    age_unit: p('tahun|taun'),
    when_clause: p('wakatu|maso|sewaktu|dulu wakatu'),
    childhood: p(
      'wakatu ketek|maso ketek|ketek dulu|wakatu umua|maso umua|wakatu ambo umua|dulu umua|maso ambo ketek|wakatu ambo ketek',
    ),
    incidental_child: p('punyo anak surang|alah punyo anak|punyo anak|hak asuh anak*|hak asuh'),
    taken: p(
      'dibaok lari|dibaok pai|diculik|dilarikan|malarikan|dibawo lari|dibawo pai|dibaok kabur|diculiak|maculiak',
    ),
    stranger: p(
      'indak dikenal|indak dikenal*|ndak dikenal|urang indak dikenal|urang nan indak dikenal|urang asiang|urang indak takana|urang indak dikenal*|urang nan indak dikenal*|laki laki indak dikenal*|urang asiang*|urang lua|urang nan indak ambo kenal|urang indak ambo kenal|urang indak kenal',
    ),
    with_child: p('mambaok anak|mambaok anaknyo|baok anak|mambao anak|mambawo anak'),
    missing: p(
      'pai dari rumah|lari dari rumah|kabua dari rumah|minggat dari rumah|indak pulang|alun pulang|hilang|indak baliak|ilang|alun pulang sajak*',
    ),
    with_perpetrator: p('jo inyo|samo inyo|jo apaknyo'),
    alone: p('surang|baduo|sorang|surang sajo|baduo sajo|tingga baduo'),
    abandoned: p('ditinggaan|pai indak baliak|indak baliak'),
    deadline: p('pukua|malam iko|hari iko|sabalun pukua'),
    present: p(
      'kini juo|masih juo|alun baranti|alun juo baranti|indak baranti baranti|saat kini|kini ko ha|tiok sabanta|tiok menit|kini|sadang|masih|sakarang|kini ko|kini bana|kini iko|saat iko|sadang ko|kini ko bana',
    ),
    tonight: p(
      'bisuak pagi buto|pagi buto|bisuak subuah buto|alah larut malam|alah jauah malam|kajap lai|sakajap lai|sabanta ko|sajam lai|sabanta lai|malam ko|malam kiko|nanti malam|malam iko|hari iko|malam beko|beko malam|sanjo ko|sanjo iko|malam kini|malam iko bana|subuah ko|subuah beko|bisuak subuah',
    ),
    recent: p(
      'baru sajo|barusan|baru tadi|cako|cako ko|baru cako|tadi ko|tadi|baru|sajam nan lalu|satangah jam nan lalu|baru sajam',
    ),
    past: p(
      'wakatu itu|maso itu|dulu|patang|patang malam|tahun patang|pernah|bulan patang|dulunyo|kapatang|malam tadi|nan lalu|tahun lalu|lah lamo',
    ),
    ongoing_since: p(
      'sajak|duo hari|alah duo hari|dari patang|sajak patang|dari kapatang|dari patang malam|sajak kapatang|dari semalam|alah sajam|lah sajam|salamo sajam|labiah sajam',
    ),
    habitual: p(
      'acok|tiok|tiok hari|tiok malam|taruih taruih|sering|acok bana|tiok sanjo|tiok patang|salalu',
    ),
    safe: p('aman|alah aman|alah di rumah'),
    ability: p('bisa|buliah|mambiaan|dibiaan|dapek|buliah|dapek|sanggup|bisa'),
    leave: p('turun|kalua|pulang|pai|lari|baliak|lari|kalua rumah|pai ka mano mano'),
    endure: p('tahan|kuaik|kuat|bataha'),
    life: p('iduik|hiduik'),
    home: p('rumah|rumahnyo|kos|kontrakan'),
    harm_word: p('kekerasan|korban|kasus|dianiaya|penganiayaan|eksploitasi|kakerasan|panganiayaan|dianiayo'),
    negation: p('indak|ndak|alun|jan|bukan|indak ado|ndak ado'),
    help: p('tolong|tolonglah|tolong ambo|tolonglah ambo|tolongan|bantu ambo|bantuan'),
    info_request: p('baa caronyo|caronyo|batanyo|nio batanyo|nio tahu'),
    intent: p('nio|handak|bisa'),
    first_person: p('ambo|awak|den|aden'),
    parent_of: p('anak ambo|anak den|anak awak|bayi ambo'),
    third_party: p(
      'kawan karajo|kawan sakantua|kawan kantua|bos ambo|induak samang ambo|guru|guru mangaji|guru ngaji|dosen|palatih|tatanggo|jiran|jiran ambo|anak jiran|kawan|kawan ambo|adiak ambo|dunsanak ambo',
    ),
    // Situation parts (situation.ts)
    burn: p(`baka|dibaka|mambaka|bakar*|mambaka*|dibaka*|disitriko|disetrika`),
    take_along: p(
      `manariak*|ditariak*|maseret*|diseret*|mamasuakan*|dimasuakan*|mambaok*|mambao*|mambawo*|mambawa*|dibaok*|dibawo*|dibawa*|maajak*|diajak*|baok*|bawo*|maculiak*|diculiak*|manggendong|gendong|mambaok`,
    ),
    seize: p(
      `diambiak|maambiak|dirampeh|marampeh|dirampas|dibantiang|mambantiang|dibanting|disita|dipacik|dicabuik|dipatahan|dipacahan|dicilok`,
    ),
    phone: p(`hp*|hape*|handphone*|telpon*|ponsel*`),
    quantity: p(
      `banyak|sabotol|sakaligus|sadonyo|sado e|sapapan|salusin|bapuluah|sakantong|sakantuang|saplastik|sabungkuih|sagenggam|butia|tablet|puluah`,
    ),
    poison: p(`racun*|baygon|ubek nyamuak|ubek ramo|ubek hamo|pambasmi*|pembasmi*`),
    drug: p(`ubek*|ubat*|obat*|pil`),
    ingest: p(`minum*|maminum*|manalan*|talan*|makan|mamakan`),
    move: p(`garak*|gerak*|bagarak*|bagerak*|manggarakan|bajalan|jalan|tagak|bangkik|baranjak*|baringsuik`),
    witness:
      p(`tadanga dek ambo|tadanga dari|kadangaran*|mandangan|ambo dangan|ambo mandanga|ambo danga dari|taraso sampai|tadanga sampai|tadanga sampai ka|tadanga|ambo danga|awak danga|tadanga suaro|baru nampak|ambo caliak surang|baru ambo caliak|
      sadang ambo caliak|nampak dek ambo|tadanga*|mandanga*|ambo danga*|awak danga*|ambo caliak*|tacaliak*|ambo liek|baru ambo liek|tanampak|nampak dek awak|ambo mancaliak|ambo lieknyo|baru mancaliak|ambo baru mancaliak|ambo baru caliak|baru nampak|ambo baru liek`),
    here_now:
      p(`lah di muko|alah di muko|masih di lua|masih di muko|di balakang rumah|di bawah rumah|di muko pintu kamar|di ateh rumah|di muko pintu|muko pintu|di muko rumah|alah tibo|alah sampai|alah di siko|lah tibo|lah di siko|
      di lua pintu|manunggu di lua|di lua rumah|di laman|di halaman|manunggu di muko|alah ado di siko|lah ado di siko|di muko kamar|di lua kos|di muko kos|alah di lua|manunggu di muko kos|di muko kos ambo`),
    last_day: p(
      'patang|patang malam|tadi malam|samalam|patang sanjo|kapatang|malam tadi|patang sanjo|patang siang',
    ),
    jump: p(
      'malompek|lompek|talompek|tajun|manjunan diri|lompek*|tajun*|mancampakan diri|mambuang diri|tajun ka',
    ),
    high_place: p(
      'jambatan|atok|ateh gaduang|gaduang|jurang|tebiang|batang aia|sungai|lauik|ngarai|loteng|lantai ateh',
    ),
    overdose: p(
      'minum ubek banyak|minum ubek sakaligus|manalan ubek|manalan pil|minum pil banyak|minum ubek sadonyo',
    ),
    immobile:
      p(`indak bisa bagarak|indak bisa bagerak|indak bisa bajalan|indak bisa tagak|kaki indak bisa|lumpuah|
      ndak bisa bagarak|indak taraso|ndak taraso|indak tarasa`),
    phone_taken: p(
      'hp diambiak|hp ambo diambiak|hp dirampeh|hp dibantiang|hp disita|maambiak hp|marampeh hp',
    ),
    venue: p('tampek hiburan|tempat hiburan|hiburan malam|lokalisasi'),
    custody: p('hak asuh|pangadilan|pengadilan'),
    no_harm: p('indak ado kekerasan|ndak ado kekerasan|indak ado kekerasan do'),
    all_of_us: p('kami|awak sadonyo|sadonyo|kami baduo|kito'),
    serve: p(
      'manamani laki laki|jadi pemandu karaoke|jadi lc|malayani palanggan|malayani tamu|manamani tamu|disuruah malayani|dipaso malayani|malayani laki laki|dijua ka tamu|dijua ka laki laki|ka dijua ka tamu',
    ),
    room_entry: p(
      'masuak kamar|masuak ka kamar|masuak ka kamarnyo|manutuik pintu|manutuik pintu kamar|masuak ka kamar*|masuak kamar*|masuak ka biliak*|manutuik pintu*|mangunci pintu kamar*|mangunci pintu|mangunci pintunyo',
    ),
    stay_over: p(
      'manginok|bamalam|lalok di rumahnyo|manginok baliak|manginok*|bamalam*|manginap*|tidua di rumahnyo|lalok di',
    ),
    deceived: p(
      'dijanjian karajo|dijanjikan karajo|dijanjian|dijanjikan|ditawari karajo|diiming imingi|rupo e|dikicuahnyo|dikicuah|ditipu|dibohongi|baliak tasuo|ruponyo',
    ),
    kiss: p(`dicium*|manyium*|dipaluak*|mamaluak*|dirangkua|marangkua|dipangku|mamangku`),
    unwanted: p(
      `tanpa izin|ambo alah manolak|padahal ambo manolak|ambo indak namuah|indak namuah tapi|diam diam|sacaro diam diam`,
    ),
    bondage: p(
      `baru buliah pulang|baru bisa pulang|kalau alun lunas|alun lunas|harus mambayia utang|mambayia utang|bayia denda|denda|ganti rugi|mambayia denda|harus mambayia denda|supayo indak lari|supayo indak kabua|bia indak lari|bia indak kabua|supayo ndak lari`,
    ),
    infant: p('bayi|anak bayi|bayinyo|bayi ambo'),
    nobody: p(
      'indak ado urang|ndak ado urang|indak ado nan manjago|indak ado sia sia|ndak ado sia sia|indak ado siapo siapo',
    ),
    pour: p('siram*|manyiram|disiram|disiraman'),
    hot_liquid: p('aia angek|aia paneh|minyak angek|minyak paneh|aia mandidih'),
    news: p('barito|baritonyo'),
    channel: p(
      `sadonyo kontak|kontak ambo|kontak hp|sadoalah kontak|grup wa|grup whatsapp|fesbuk|ig|instagram|tiktok|dm|inbox|medsos|game online|chat|grup kelas|grup sikola|grup|grup keluarga|grup kaluarga`,
    ),
    explicit_kdrt: p(
      `kekerasan dalam rumah tanggo|kekerasan di dalam rumah tanggo|kekerasan dalam rumah tangga|kakerasan dalam rumah tanggo|kekerasan rumah tanggo|kdrt`,
    ),
    blackmail: p(`diparas|mamaras|dipareh|mamareh|diperas`),
    hot_object: p(
      `sitriko|setrika|strika|basi angek|sendok angek|puntuang rokok|jo rokok|pakai rokok|jo puntuang rokok`,
    ),
    expose: p(`mampaliekan|mamparlihatkan|mamamerkan|mampaliakan|manunjuakan`),
    personal_data: p(
      `data|data ambo|datanyo|data pribadi|alamat rumah|nomor hp|ktp|chat pribadi|chat pribadi ambo|screenshot chat|ss chat|rahasio ambo|alamat|alamat ambo`,
    ),
    hand: p(`tangan|tangan ambo|tangannyo|lengan`),
    search: p(`mancari|mancari cari|mancaliak cari`),
    departure: p(
      `barangkek|naiak kapa|naiak bus|di palabuhan|di pelabuhan|di bandara|di terminal|ka dikirim`,
    ),
  }),
};
