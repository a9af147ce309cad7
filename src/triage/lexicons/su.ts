import type { CueTable } from '../cue-kinds.js';
import { type Lexicon, phrases as p, weights } from './lexicon.js';

// "abdi" (lemes), "kuring" and "urang" (loma) are all "I/my": every phrase written with "abdi" is
// also listed with the other two ("salaki kuring", "hp urang"), so each list is written once.
function withLomaPronouns(table: CueTable): CueTable {
  return Object.fromEntries(
    Object.entries(table).map(([kind, list]) => {
      const withAbdi = (list ?? []).filter((q) => /\babdi\b/.test(q));
      const loma = ['kuring', 'urang'].flatMap((word) => withAbdi.map((q) => q.replace(/\babdi\b/g, word)));
      return [kind, [...new Set([...(list ?? []), ...loma])]];
    }),
  ) as CueTable;
}

/**
 * Sundanese, loma and lemes. `teh` is both a particle and "sister" (and Indonesian "tea"), and
 * `wae` is shared with Javanese, so both weigh little; the `eu` digraph is scored separately.
 */
export const SU_LEXICON: Lexicon = {
  language: 'su',
  markers: weights(`
    teu:2 henteu:2 abdi:1.5 kuring:2 nu:1.2 ieu:2 eta:1.5 aya:1.5 tos:1.5 geus:2 acan:1.5 keur:1.5
    nuju:1.5 bade:1.2 rek:1.5 hoyong:2 hayang:2 ayeuna:2 mah:0.8 teh:0.6 wae:0.8 sok:0.8 punten:2
    pisan:2 ku:0.6 ka:0.4 jeung:2 sareng:1.5 kana:1 tina:1.5 naon:2 kumaha:2 atuh:2 mun:1.5 upami:2
    lamun:1.5 oge:1.5 deui:2 hatur:2 nuhun:2 wilujeng:2 enjing:0.8 wengi:0.8 salaki:1.5 pamajikan:1.5
    indung:1.5 bapa:0.5 budak:1 barudak:1.5 imah:1.5 tatangga:1 sieun:2 kolot:1 kolotna:1.5 dugi:1.5
    sabaraha:2 nya:0.5 naros:2 tumaros:2 ngeunaan:2 mangga:1.5 tiasa:2 anjeunna:2 maneh:2 aing:2
    damel:1.2 nembe:1.2 unggal:2 poe:1.5 peuting:2 kamari:1.5 baheula:2 kantos:1.5 cenah:2 ari:0.6
    bari:1 alit:1 leutik:1.5 nyalira:1.5 ti:1 uih:1.5 kaluar:1.5 meunang:2 jalma:1.5 lalaki:1.5
    awewe:1.5 kang:0.8 teteh:1 beja:1.5 masihan:1.5 janten:1.5 dinten:1.5 tilu:1.5 kabogoh:1.5
    payun:1.5 babaturan:1.5 nyarios:2 terang:0.8 lembur:1.5 artos:1.5
  `),
  cues: withLomaPronouns({
    joke: p('heureuy|heureuyan|ngan heureuy|wkwk|haha|hahaha'),
    partner: p(
      `pun bojo|bojo abdi|salaki abdi|pamajikan abdi|istri abdi|salaki|salakina|pamajikan|pamajikanna|bojo|kabogoh|kabogohna|caroge|carogena|caroge abdi|pamajikanana`,
    ),
    others_partner: p('salakina|pamajikanna|kabogohna|bojona|carogena|pamajikanana|istrina'),
    kin: p(`raka|raka abdi|rai|rai abdi|rayi|rayi abdi|tuang raka|tuang rayi|akang abdi|teteh abdi|lanceuk abdi|adi abdi|indung tere|bapa tirena|indung tirena|ibu abdi|bapa abdi|rama|ramana|ibuna|bapakna|emana|apana|aki abdi|nini abdi|eyang|lanceuk ipar|uwa|uwana|bapa|bapa tere|apa|abah|indung|ema|mamah|mamang|bibi|aki|akina|nini|lanceuk|lanceukna|adi|
      adi ipar|mitoha|mitohana|kolot|kolotna|pun bapa|pun biang|bapana|indungna|ipar|mamangna|bibina|ninina|
      paman|pamanna|sepuhna|mitoha abdi|bapa tere*|bapa tiri*|apa tere*|apa tiri*|bapa sambung|ema tere*|indung tere*|mamah tiri*|papah tiri*|papa tiri*|aki tere*|mamang*|paman*|uwa|uwana|ipar*|alo*|incu*|lanceuk*|adi|adina|adi kuring|adi istri|adi abdi istri|adi urang istri|lanceuk istri|lanceuk abdi istri|rai istri|rayi istri|adi pameget|lanceuk pameget|adi abdi pameget`),
    not_family: p(
      'urut kabogoh|urut salaki|mantan*|aki aki|urut pamajikan|urut caroge|tilas salaki|tilas pamajikan|mantan salaki|bekas salaki|bekas pamajikan|bekas kabogoh',
    ),
    agent: p(
      'mandor|dunungan|dunungan abdi|majikan*|majikanana|agen|bos|calo|sponsor|penyalur|kapten|germo|mucikari',
    ),
    violence:
      p(`nyiwit*|disiwit*|siwit*|dicubit*|disundut*|nyundut*|sundut*|dicubit|nyubit|cubit*|dicapit|dijewer|disetrum|nampiling|nampar|nabok|neunggeulan|nakolan|najongan|nyabok|nyabokan|neunggeul|nonjok|ditonjok|dijambak|ngajambak|gebug*|digebug*|neunggeul*|nenggeul*|ditakol|takol*|nakol|peupeuh*|dipeupeuh|ditajong|najong|
      tajong*|ditampiling|tampiling*|dipeso|nyiksa|disiksa|dicabok|disiram cai panas|nyiram cai panas|gebug*|teunggeul*|tonjok*|jambak*|sabok*|cabok*|gampar*|tampeleng*|sepak*|depak*|siksa*|aniaya*|hajar*|seret*|gusur*|banting*|balang*|tewek*|tusuk*|bacok*|keureut*|sebit*|dorong*|jorong*|dupak*|keroyok*|karoyok*|gabrug*|dibanting*|ngabanting*|dialungkeun*|ngalungkeun*|nyered kuring|nyered abdi|diseret*|diserét*`),
    acute:
      p(`ngamuk|ngagedoran|gedor*|ngudag|diudag|milarian abdi|milarian kuring|neangan abdi|neangan kuring|
      ngagorowok|nuturkeun kuring|nuturkeun abdi|dituturkeun|masih di tukangeun kuring|masih di tukangeun abdi|ngetrok panto|ngetok panto|ngabobol panto|ngadobrak|didobrak|dobrak*|nyobian muka panto|ngadegdeg panto|nyampeurkeun`),
    // [K]: datang/sumping/balik/uih (come/return), deui (again), ka dieu (here), hareup/payun (front)
    approach:
      p(`datang deui|dongkap deui|sumping deui|balik deui|uih deui|ka dieu deui|kadieu deui|rek ka dieu|rek kadieu|
      arek ka dieu|arek kadieu|bade ka dieu|bade kadieu|datang ka dieu|datang kadieu|keur di jalan|nuju di jalan|
      di jalan ka dieu|geus deukeut|tos caket|di hareup imah|di hareupeun imah|di hareup panto|di payun bumi|
      di payuneun bumi|sakeudeung deui balik|sakeudeung deui uih|sakeudeung deui datang|balik mawa|uih mawa|datang mawa|
      sumping mawa`),
    strangle: p('dicekek|nyekek|cekik*|cekek*|cekik*'),
    psych: p(
      'diomongan|dihujat|ngahujat|ngahina|dihina|dicarekan|nyarekan|ngancam|diancam|nyiksa|dipoyok|teu meunang papanggih|teu kenging pendak|teu kenging tepang|hp abdi dipariksa|hp abdi dicek|dikekang|ngekang|ngahariwangkeun|nyentak*|dicentak*|ngagorowokan|digorowokan|dibentak',
    ),
    neglect: p(
      `dititah ngamen|dititah ngemis|teu pernah mere dahar|teu mere dahar|diusir|ngusir|diusir ti imah|teu meunang damel|teu meunang digawe|teu acan dipasihan tuang|teu dipasihan tuang|teu dibere dahar|ngemis|dipaksa ngamen|ngamen|nafkah|teu dibere dahar|teu dipasihan|ditinggalkeun|minggat|teu aya beja|teu ngirim artos|teu kantos ngirim artos|teu pernah ngirim artos|teu ngirim duit|teu masihan nafkah|teu masihan artos|teu dibere duit|kalaparan|sok teu dahar|mawa kabur artos|mawa kabur duit|ngabawa kabur artos|artos dibawa kabur|duit dibawa kabur|mawa kabur tabungan|tabungan dibawa kabur`,
    ),
    sexual:
      p(`diajak ka hotel|ngajak ka hotel|dibawa ka hotel|diajak ngamar|dititah muka baju|dititah muka calana|muka calana|calanana dibuka|ngabuka calana|teu senonoh|henteu senonoh|dicepeng cepeng|dirampa rampa|dipaksa nongton video jorang|dititah nongton video jorang|dipaksa nongton bokep|ngirim video jorang|dipaksa kb|dipaksa ngajual diri|ngajual diri|digerepe|digerayangan|ngagerepe|ngagerayangan|gerepe*|dirogahala|ngarogahala|dirudapaksa|digagahi|dicabulan|nyabulan|ngalecehkeun|dilecehan|merkosa|dilucutan|dibulucuntang|dipaksa taranjang|ngabukaan baju|dibukaan bajuna|nembongkeun kamaluanana|nembongkeun kamaluan|omongan jorang|ucapan jorang|chat jorang|ngajak sare|ngajak kulem|ngajak hubungan|dijual ka lalaki|janten psk|ngahamilan|dihamilan|ngareuneuhkeun|dirampa|ngarampa*|nyabak nyabak|dicabul|dicabuli|dilecehkeun|diperkosa|jorang|taranjang|cabul|
      hubungan badan|porno|ngintip abdi mandi|ngintip kuring mandi|diintip mandi|leceh*|cabul*|perkosa*|rogahala*|rudapaksa*|ngarudapaksa*|dirudapaksa*|perkosa|dicolek|nyolek|dicolek colek|dikitu kituan|dikitukeun|diapa apakeun|diapak apakeun|dikitu kitu|dipigawe kitu|ngajak abdi ka hotel|ngajak kuring ka hotel|ngajakan ka hotel|ngajak urang ka hotel|diraba*|ngaraba*|ngaraba raba|dibius|inuman kuring dicampur|inumanana dicampur`),
    touch: p(
      `ngagesek*|gesek*|nggesek*|digesek*|dicepeng*|nyepeng*|dicabak*|nyabak*|dirampa*|nyabak*|dirampa|ngarampa*|dicepeng|digerepe|dipijet*|mijet*|dipencet*`,
    ),
    body_part: p(
      'dada|pingping|bujur|kamaluan*|bagian pribadi*|bujurna|dadana|pingpingna|bujur abdi|dada abdi|pingping abdi',
    ),
    genital: p(
      'kamaluan*|bagian pribadi*|nyeri mun kiih|nyeri upami kiih|nyeri pas kiih|peurih mun kiih|nyeri mun pipis',
    ),
    intimate_image: p(
      `buligir|poto buligir|teu nganggo baju|teu make baju|teu dibaju|tanpa baju|teu nganggo acuk|video bugil|video jorang|video mesum|baju jero|nganggo baju jero|poto pribadi|video pribadi|poto taranjang|video taranjang|taranjang|poto jorang|jorang|poto bugil`,
    ),
    // not "poto*": the stems of "dipotong" (cut) and "motor" start with it
    media: p('poto|potona*|potoan|video*'),
    spread: p('nyebarkeun|disebarkeun|disebar*|nyebar*'),
    recording: p('motret|dipoto|dipotret|ngarekam|direkam'),
    privacy_place: p(
      'rok abdi ti handap|ti handap rok|handapeun rok|keur mandi|nuju mandi|mandi|ganti baju|kamar mandi|jamban|wc|toilet',
    ),
    surveillance: p(
      `aplikasi palacak|aplikasi pelacak|ngalacak hp*|nyadap hp*|disadap|maca chat kuring|maca chat abdi`,
    ),
    sexual_remark: p(
      `omongan jorang|ngomong jorang|heureuy jorang|ngomentaran awak|ngomentaran badan|mandi bareng|ngajak mandi bareng|mandi babarengan|ibak bareng`,
    ),
    contraception: p(`kb|kb spiral|disteril|steril|masang kb|dipasang kb`),
    bruise: p(`bengep|memar|lebam|biru biru|bonyok`),
    media_sale: p(`ngajual video|ngajual poto|ngical video|ngical poto|ngajual foto|jual video|jual poto`),
    underwear: p(`calana*|cangcut*|celana*`),
    secluded: p(`imah kosong|saung|leuweung|tempat sepi|kebon tiwu|kuburan`),
    impersonation: p(
      `make poto abdi|nganggo poto abdi|make poto kuring|nganggo poto kuring|ngaku ngaku|dihack|dihek|dibajak|akun palsu|ngaku pulisi|ngaku polisi`,
    ),
    bully: p('dipalak|malak|dipalakan|dibully|dipoyok|fitnah|difitnah|kabar bohong|komen ngahina|ngahina'),
    meetup: p(
      `menta poto|dipenta poto|dipénta poto|dititah ngirim poto|dipenta ngirim poto|menta video|kenal|kenalan|papanggih|diajak papanggih|janjian*|dijemput`,
    ),
    fear: p('sieun|kasieunan|ajrih'),
    threat: p('ngancam|diancam|nyaho imah kuring|nyaho imah abdi|terang bumi abdi|nyaho alamat kuring'),
    extortion: p('diperes|meres|menta artos|mayar|transfer'),
    kill: p(
      'maehan|dipaehan|paehan|maneh moal hirup|moal hirup nepi ka isuk|moal nepi ka isuk|peuting terakhir|paehan*|peuncit*|paeh siah|maot siah|dipaehan|dipeuncit|bunuh*|ditelasan|nelasan',
    ),
    self_harm: p(
      `ngeureunkeun sadayana|ngeureunkeun hirup|hayang paeh|hoyong paeh|hoyong maot|hayang maot|teu hayang hirup|teu hoyong hirup|gantung diri|
      nyusul almarhum*|nyusul ema wae|nyusul indung wae|nyusul bapa wae|nyusul apa wae|bunuh diri|rek bunuh diri|hoyong bunuh diri|moal hirup deui|ngagantung maneh|nyilet leungeun|nyilet panangan|motong nadi|motong urat|hayang ngeureunkeun hirup|nyilet*|nyiletan*|nyayat leungeun`,
    ),
    weapon:
      p(`pedang|bedog|peso|golok|arit|bensin|parang|kujang|pakarang|pakarangna|kampak|congkrang|cai panas|
      cai ngagolak|minyak panas|nu seukeut|barang seukeut|dipake meulah|paranti meulah|pikeun meulah|dipake motong|
      paranti motong|pikeun motong|gunting|patik|baliung`),
    confinement:
      p(`ngonci*|dikonci*|teu meunang balik|teu meunang uih|teu meunang indit|teu diidinan kaluar|teu diidinan uih|dijaga ketat|dikurung di asrama|dikurung di mess|teu kenging kaluar|teu kenging uih|henteu kenging kaluar|ditahan di kapal|dikurung di kapal|teu meunang turun|ditahan di hotel|dikurung di hotel|teu meunang turun|teu tiasa turun|teu bisa turun|dikonci|dikoncian|dikurung|teu meunang kaluar|teu tiasa kaluar|teu bisa kaluar|disekap|ngonci abdi|
      ngonci kuring|ngurung abdi|ngurung kuring|dikonci ti luar|dikoncian ti luar|dikurung di kamar|ditahan di imah|ditahan di bumi|ditalian*|dibeungkeut*|ditalikeun*`),
    free_to_leave: p(
      'tiasa kaluar|meunang kaluar|bisa kaluar|tiasa libur|libur|masih bisa wa|tiasa wa|masih tiasa nelepon|bisa nelepon',
    ),
    hiding: p('nyumput|nyalingker|ngumpet'),
    injury: p(
      'disundut*|nyundut*|teu eureun utah|utah wae|utah terus|utah getih|utah utah|teu tiasa napas|teu bisa napas|sesak|getihan|getih|getihna|teu sadar|can sadar|acan sadar|teu acan sadar|kapaehan|kapiuhan|kaduruk|tutung|teu tiasa gerak|pingsan|tatu parah|luka parah|teu eling|semaput|kapiuhan|sirahna bocor|bocor sirahna|getihan keneh|getihna kaluar|getih kaluar|napasna sesek|patah tulang|tulangna patah|tutung|napasna aneh|teu napas|teu ambekan|sirahna bareuh|bareuh sirahna|mastakana bareuh',
    ),
    drunk: p('mabok|mabuk|teler'),
    crying: p('ceurik*|ngajerit*|ngagoak|jejeritan'),
    plea: p('menta ampun|ampun pa|ampun bapa|ulah pa|ulah bapa|nyeri pa|nyeri bapa'),
    pain: p('nyeri|gering|nyeri pisan'),
    sex_act: p(
      `kitu tea|hal kitu|nu kitu|sare jeung|sare sareng|kulem jeung|bobo bareng|bobo jeung|hubungan intim|ngamar|hubungan badan|sare bareng|kulem sareng|hubungan|begituan|ngaladenan manehna|ngaladénan manehna|ngaladenan babaturan*|ngaladénan babaturan*|ngaladénan*`,
    ),
    pregnant: p('kakandungan|reuneuh|hamil'),
    belly: p('beuteung|beuteungna'),
    forced: p(
      'dipaksa*|maksa*|paksa|kapaksa|dipaksakeun|dipaksa|maksa|paksa*|daek teu daek|hayang teu hayang|kudu daek|kedah purun',
    ),
    marriage: p(
      `dijodokeun|dijodohkeun|direndengkeun|kawin*|nikah*|dikawinkeun|dinikahkeun|ngawinkeun|nikahkeun`,
    ),
    work: p(
      'abk|kapal cumi|kapal ikan|kapal pukat|dipaksa damel|dititah digawe|dipaksa digawe|jadi pembantu|janten pembantu|buruh|kuli|damel|digawe|gawe|kerja|digawekeun|dipigawekeun|padamelan|nyambut damel|pabrik',
    ),
    scam: p('nipu jalma|nipu batur|dititah nipu|dipaksa nipu|penipuan online|judi online|scam|scammer|nipu'),
    sale: p('dijual*|ngajual budak*|ngajual anak*|ngajual putra*|ngajual awewe*|ngajual pamajikan*'),
    payment: p('geus dibayar|tos dibayar|dibayar|nampi artos|narima duit'),
    trafficking:
      p(`perdagangan jalmi|perdagangan orang|perdagangan manusia|perdagangan jalma|dagang jalma|tppo|trafficking|kerja paksa|jerat utang|umurna dirobih|
      umurna dirobah|umurna dipalsukeun|umur dipalsukeun|umurna diganti|paspor palsu|dirobih dina paspor|dirobah dina paspor|diganti dina paspor|dipalsukeun dina paspor`),
    passport: p('paspor*'),
    withhold: p(
      'dititipkeun|dipasrahkeun|dicekel|nyepeng|ditahan|nahan|dicandak|dicokot|dicepeng|dicepengan|ditahan ku',
    ),
    wage: p('gajih|gaji'),
    unpaid: p(
      'teu digajih|teu digaji|can digajih|tanpa bayaran|tanpa gajih|gajihna ditahan|gajina ditahan|henteu dibayar|teu dibayar|teu acan dibayar|can dibayar|teu dipasihan artos|teu dibere duit|teu dibere gajih|teu dipasihan gajih',
    ),
    debt: p('hutang|utang|nyicil hutang|hutang*|utang*|hutangna|utangna'),
    abroad: p(`panampungan|luar nagri|luar negeri|tki|tkw|pmi|malaysia|saudi|arab|hongkong|hong kong|taiwan|
      singapura|brunei|kamboja|korea|jepang|dubai|abk|kapal ikan`),
    child_word: p(
      'budak awewe|budak lalaki|budak sakola|putra alit|putri alit|pun anak|balita|incu abdi|alo abdi|budak keneh|masih budak|keneh leutik|budak|barudak|budak leutik|orok|murangkalih|anak|incu|alo|putra|putri|murid|budak awewe abdi|orok|bayi|rumaja|masih sakola|keur sakola keneh|sakola keneh|masih sakola keneh|orokna|bayina',
    ),
    grade: p('sd|smp|sma'),
    grade_word: p('kelas'),
    age_word: p('umur|umurna|yuswa'),
    age_unit: p('taun|tahun'),
    when_clause: p('basa|waktu|jaman|keur|nalika'),
    childhood: p(
      'basa abdi sd|basa abdi smp|basa abdi sma|waktu abdi sd|waktu abdi smp|waktu abdi sma|basa kuring sd|basa kuring smp|basa abdi alit|waktu alit|keur leutik|basa leutik|basa alit|basa umur|waktu umur|basa abdi umur|basa kuring umur|keur umur',
    ),
    incidental_child: p(
      'boga anak sorangan|boga budak sorangan|gaduh putra nyalira|boga anak|gaduh putra|abdi di imah jeung barudak|abdi jeung barudak|hp budak|hak asuh anak*',
    ),
    taken: p(
      'rek dibawa ka|bade dicandak ka|dibawa ka luar negeri|dibawa ka luar nagri|dibawa ku|dicandak ku|dibawa kabur|diculik|dibawa indit|diculik*|nyulik*|dibawa kabur|dicandak kabur|dibawa lumpat',
    ),
    stranger: p(
      'jalma teu dikenal|jalma nu teu dikenal|jalma asing|urang teu dikenal|jalma teu dikenal*|jalma nu teu dikenal*|lalaki teu dikenal*|lalaki nu teu dikenal*|jelema teu dikenal*|urang asing|jalmi nu teu kenal|jalma nu teu kenal|jalmi teu dikenal|jalmi nu teu dikenal|jalmi asing|nu teu dikenal|jalma teu kenal|jalmi teu kenal',
    ),
    with_child: p('mawa budak|mawa barudak|mawa anak|mawa budakna|nyandak putra|ngajak budak'),
    missing: p(
      'can balik|teu balik|acan balik|teu acan balik|can uih|can mulang|teu mulang|teu uih|teu acan uih|leungit|kabur|ngiles',
    ),
    with_perpetrator: p('jeung manehna|jeung anjeunna|sareng anjeunna|jeung bapana'),
    alone: p(
      'nyalira|sorangan|ngan duaan|duaan jeung|duaan wungkul|ngan berdua|ngan duaan|ditinggal duaan|ditinggalkeun duaan',
    ),
    abandoned: p('dipiceun|ditinggalkeun|minggat|teu uih deui'),
    deadline: p(
      'subuh|subuh isuk|isuk subuh|isuk|isukan|engke peuting|enjing|jam|peuting ieu|dinten ieu|saencan jam|poe ieu',
    ),
    present: p(
      'unggal sababaraha menit|unggal menit|unggal sakedap|ayeuna|keur|nuju|kiwari|masih|ayeuna pisan|ieu pisan|kiwari|ayeuna keneh|danget ieu|sakedap deui|sakeudeung deui',
    ),
    tonight: p(
      'sajam deui|sakedap deui|sababaraha jam deui|geus peuting|tos wengi|parantos wengi|geus wengi|engke peuting|engke wengi|peuting ieu|wengi ieu|dinten ieu|poe ieu|ieu peuting|ieu wengi|sore ieu|sonten ieu|engke sore|engke sonten|ayeuna peuting|ayeuna wengi|peuting engke|wengi engke|wengi ayeuna|peuting ayeuna|engke wengi ayeuna|subuh ieu|engke subuh|isuk subuh',
    ),
    recent: p(
      'tadi|tadi isuk|nembe|kakara|sajam katukang|sajam kapengker|satengah jam kapengker|nembe sajam',
    ),
    past: p(
      'harita|waktu harita|baheula|kantos|kamari|tadi peuting|kamari peuting|taun kamari|bulan kamari|minggu kamari|kapungkur|peuting tadi|wengi tadi|kamari sore|kamari sonten|kapengker|baheula pisan|kungsi|kungsi di',
    ),
    ongoing_since: p(
      'ti kamari|ti tadi|dua dinten|tos dua dinten|ti peuting|geus sajam|tos sajam|salila sajam|sajam leuwih|leuwih ti sajam',
    ),
    habitual: p(
      'sok|unggal|unggal poe|unggal peuting|sering|salawasna|mindeng|sering pisan|unggal wengi|unggal sonten|tiap peuting|tiap poe',
    ),
    safe: p('aman|tos aman|tos di imah|di imah kolot'),
    ability: p('tiasa|bisa|meunang|ngantep|dikantep|diidinan|kenging|wenang|sanggup'),
    leave: p('turun|lungsur|kaluar|uih|mulang|indit|kabur|balik|lumpat|mios|kamana mana|ka mana mana|ngejat'),
    endure: p('kiat|kuat|tahan|betah'),
    life: p('hirup'),
    home: p('imah|bumi|kos|kosan|kontrakan'),
    harm_word: p('kekerasan|korban|kasus|dianiaya|penganiayaan|eksploitasi'),
    negation: p('teu|henteu|lain|acan|ulah|moal'),
    help: p('tulung|tulungan|tulungan abdi|punten tulung|bantosan*|bantuan|tulungan*|tolong'),
    info_request:
      p(`kumaha carana|carana|kumaha upami|kumaha mun|kumaha lamun|kumaha ngalaporkeun|kumaha lapor|
      bade naros|naros|tumaros|hoyong terang|informasi`),
    intent: p('rek|bade|hoyong|hayang|arek|tiasa'),
    first_person: p('abdi|kuring|aing'),
    parent_of: p('budak abdi|anak abdi|putra abdi|putri abdi|budak kuring|orok abdi|orok kuring|bayi abdi'),
    third_party: p(
      'babaturan kerja|rerencangan damel|rerencangan kantor|babaturan kantor|dunungan|bos abdi|bos kuring|majikan abdi|guru ngaji|guru|dosen|palatih|tatangga|babaturan|rerencangan|adi abdi|lanceuk abdi|indung abdi',
    ),
    // Situation parts (situation.ts): loma and lemes
    burn: p(`duruk*|ngaduruk*|bakar*|ngahuru*|huru*|disundut|disetrika`),
    take_along: p(
      `narik*|ditarik*|ngasupkeun*|diasupkeun*|nyered*|diseret*|mawa*|dibawa*|nyandak*|dicandak*|ngabawa*|ngajak*|diajak*|nyulik*|diculik*|ngais|ngagendong|gendong`,
    ),
    seize: p(
      `dicandak|dicokot|dirampas|dirampog|dibanting|disita|dipegatkeun|direbut|dipeupeus|ngarampas|nyokot|nyandak|dicabut|dipiceun`,
    ),
    phone: p(`hp*|hape*|handphone*|telepon*|telpon*|ponsel*`),
    quantity: p(
      `sakabehna|sagala|loba|seueur|sabotol|sapapan|sakabeh|sadayana|kabeh|sakaligus|sakali gus|sakeresek|salusin|sakantong|saplastik|sakeresek|sabungkus|sagenggem|siki|tablet|butir|puluh`,
    ),
    poison: p(`racun*|baygon|obat reungit|obat hama|pembasmi*|peutreuk`),
    drug: p(`obat*|pil|ubar*`),
    ingest: p(
      `diinum*|dileueut*|diteureuy*|nginum*|inum*|neureuy*|ngaleueut*|leueut*|ngonsumsi|nuang|ngadahar|dahar`,
    ),
    move: p(
      `obah*|usik*|leumpang|lumampah|nangtung|ngadeg|hudang|cengkat|gerak*|ngagerakkeun|gerakkeun|digerakkeun|rengkuh*`,
    ),
    witness:
      p(`kadenge|kadangu|kadenge sora|kadangu sora|ngadenge|abdi ngadangu|kuring ngadenge|nembe ningali|
      karek nenjo|kakara nempo|kakara ningali|ningali nyalira|nenjo sorangan|keur nempo|kadenge*|kadangu*|ngadenge*|ngadangu*|kakuping|abdi ningali|kuring nempo|kuring ningali|abdi nenjo|katingali ku abdi|katempo ku kuring|karek ningali|nembe nenjo|ayeuna ningali`),
    here_now: p(`hareupeun panto|di hareupeun panto|hareupeun imah|geus datang|tos dugi|geus nepi|tos sumping|
      geus di dieu|tos di dieu|di luar panto|ngadagoan di luar|di buruan|di hareupeun bumi|di luar imah|di luar bumi|nungguan di luar|ngadagoan di hareup|tos aya di dieu|geus aya di dieu|aya di hareupeun|payuneun panto|di payuneun panto|payuneun bumi|tos aya di payuneun|aya di payuneun|aya di luar|di luar ayeuna|di luar kos|hareupeun kos|di hareupeun kos`),
    last_day: p(
      'kamari|tadi peuting|kamari peuting|kamari sonten|wengi kamari|tadi wengi|peuting tadi|wengi tadi|kamari sore|kamari sonten|tadi subuh',
    ),
    jump: p(
      'luncat|ngaluncat|ngajleng|terjun|ngaragragkeun maneh|luncat*|ngaluncat*|ngajleng*|ngalungsurkeun maneh|ngajuntrungkeun maneh',
    ),
    high_place: p(
      'sasak|jambatan|hateup|luhur gedong|gedong|jurang|gawir|tebing|walungan|leuwi|laut|suhunan|lante luhur|loteng',
    ),
    overdose:
      p(`nginum obat loba|nginum obat seueur|neureuy obat|neureuy pil|ngaleueut obat|nginum sakabeh obat|
      ngonsumsi obat loba|nginum pil loba`),
    immobile:
      p(`teu bisa obah|teu tiasa obah|teu bisa usik|teu tiasa usik|teu bisa leumpang|teu tiasa leumpang|
      teu bisa nangtung|teu tiasa nangtung|suku teu bisa|lumpuh|teu karaos|teu karasa|teu kaasaan`),
    phone_taken:
      p(`hp dicandak|hp dicokot|hp dirampas|hp abdi dicandak|hp kuring dicokot|hp dibanting|hp disita|
      ngarampas hp|nyokot hp`),
    venue: p('tempat hiburan|tempat hiburan wengi|hiburan peuting|lokalisasi|panti pijet'),
    custody: p('hak asuh|pengadilan|pangadilan'),
    no_harm: p('euweuh kekerasan|teu aya kekerasan|henteu aya kekerasan|sanes kekerasan'),
    all_of_us: p('urang kabeh|sadayana|kabeh|urang sadaya|abdi sadaya|sarerea'),
    serve: p(
      'ngancanan lalaki|ngalayanan tamu lalaki|janten pemandu karaoke|jadi lc|ngaladangan tamu|ngalayanan pelanggan|ngalayanan tamu|ngaladenan tamu|dipaksa ngalayanan|dititah ngalayanan|ngancanan tamu|ngalayanan lalaki',
    ),
    room_entry: p(
      'asup ka kamar|asup kamar|asup ka kamarna|lebet ka kamar|lebet ka kamarna|nutup panto|nutupkeun panto|asup ka kamar*|lebet ka kamar*|asup kamar*|lebet kamar*|nutup panto*|ngonci panto*|panto kamar dikonci',
    ),
    stay_over: p('nginep|nginep deui|sare di imahna|mondok|ngendong|nginep*|kulem di|sare di|mondok di'),
    deceived: p(
      'dijangjikeun|dijanjikeun|dijangjian|dijanjian|ditawaran damel|ditawaran gawe|dipangmeulikeun|diiming iming|ternyata|dibobodo|ditipu|dibohongan|dikicuh|geuningan|horeng',
    ),
    kiss: p(
      `dicium*|nyium*|dipeluk*|meluk*|dirangkul*|ngarangkul*|dikekeup|ngekeup|dipangku|mangku|dirangkeul`,
    ),
    unwanted: p(
      `tanpa idin|tanpa izin|abdi tos nolak|abdi geus nolak|kuring geus nolak|padahal abdi nolak|padahal kuring nolak|abdi teu hoyong|kuring teu hayang|teu hoyong tapi|teu hayang tapi|cicingeun|sumput salindung`,
    ),
    bondage: p(
      `kakara meunang balik|kakara meunang uih|nembe tiasa uih|lamun can lunas|can lunas|teu acan lunas|kudu mayar hutang|kedah mayar hutang|mayar denda|denda|ganti rugi|kedah mayar denda|kudu mayar denda|sangkan teu kabur|ambeh teu kabur|supaya teu kabur|sangkan teu lumpat|ambeh teu lumpat`,
    ),
    infant: p('orok|bayi|orokna|orok abdi|bayina'),
    nobody: p(
      'teu aya nu nyokot|euweuh nu nyokot|teu aya nu ngajemput|teu aya nu mapag|teu aya sasaha|teu aya jalma|teu aya nu ngajaga|teu aya saha saha|euweuh sasaha|euweuh jelema',
    ),
    pour: p('siram*|nyiram|disiram|dibanjur|ngabanjur|dikucuran'),
    hot_liquid: p('cai panas|cai ngagolak|minyak panas'),
    news: p('warta|wartos|beja di tv'),
    channel: p(
      `sadaya kontak|kabeh kontak|kontak abdi|kontak kuring|kontak hp|grup wa|grup whatsapp|fesbuk|ig|instagram|tiktok|dm|inbox|medsos|game online|chat|grup kelas|grup sakola|grup|grup keluarga|grup kulawarga`,
    ),
    explicit_kdrt: p(`kekerasan dina rumah tangga|kekerasan di rumah tangga|kekerasan rumah tangga|kdrt`),
    blackmail: p(`diperes|meres|dipeures|ngaperes|diperas`),
    hot_object: p(
      `setrika|strika|beusi panas|sendok panas|puntung roko|ku roko|make roko|nganggo roko|ku rokok|make rokok`,
    ),
    expose: p(`mamerkeun|nembongkeun|nunjukkeun|mintonkeun|ngetrukeun|ngalihatkeun`),
    personal_data: p(
      `data|data abdi|data kuring|datana|data pribadi|alamat imah|alamat bumi|nomer hp|nomor hp|ktp|chat pribadi|chat pribadi abdi|screenshot chat|ss chat|rusiah abdi|alamat|alamat kuring|alamat abdi|nomer hp kuring`,
    ),
    hand: p(`leungeun|leungeunna|leungeun abdi|panangan|pananganana`),
    search: p(`neangan|milarian|nyiar|neangan abdi|ngudag`),
    departure: p(
      `angkat|mios|naek kapal|naek beus|di palabuhan|di pelabuhan|di bandara|di terminal|bade dikirim|rek dikirim`,
    ),
  }),
};
