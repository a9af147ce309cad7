import { type Lexicon, phrases as p, weights } from './lexicon.js';

/**
 * Javanese, ngoko and krama. NusaX covers ngoko only, so the krama words (kula, mboten, dipun-)
 * are background knowledge [K] in the domain notes. `de'e` (he/she, Pati/Muria) is Javanese;
 * Bugis `de'` (not) is a different token.
 */
export const JV_LEXICON: Lexicon = {
  language: 'jv',
  markers: weights(`
    ora:2 wis:1.5 durung:2 saiki:2 arep:2 karo:1.5 sing:1.5 iki:1.5 kuwi:2 neng:1.5 nang:1.5 saka:1.5
    piye:2 nek:1.5 yen:1.2 merga:2 mergo:2 kowe:2 de'e:2 dheweke:2 wae:0.8 aku:0.4 ana:0.6 iso:1.5
    isih:2 wingi:1.5 bengi:1.5 lan:1.2 utawa:2 tenan:2 mung:1.5 takon:1.5 ngendi:2 pira:1.5 omah:1.5
    bojoku:1.5 bojo:1.5 tonggo:1.5 wong:1.2 dhewe:1.5 dewe:1 opo:1.5 lho:1 ae:1 ning:1 lunga:1.5
    mulih:1.5 metu:1.5 entuk:1.5 dadi:1.5 kudu:1.5 wedi:1.5 lara:1 sasi:1 saben:1.5 dina:1 kerep:1.5
    sampeyan:2 dijak:1.5 karepe:1.5 banget:0.3 mbak:0.5 mas:0.5 wiwit:1.5 jebul:2 tekan:1.5 kana:0.5
    kene:1.5 kuwe:1.5 nganggo:1.5 cilik:1.5 wadon:1.5 wedok:1.5 lanang:1.5 bapake:1.5 ibuk:0.8
    # krama
    panjenengan:2.5 kula:2.5 mboten:2.5 sampun:2 dereng:2 wonten:2 badhe:2 nggih:2 ingkang:2 menika:2
    punika:2 saking:2 kaliyan:2 nyuwun:2 pirsa:2 dipun:2.5 sakmenika:2 samenika:2 matur:2 nuwun:2
    sugeng:2.5 enjing:1.2 dalu:1.5 menawi:2 dhateng:2 pundi:2 kedah:1.2 saged:2 sanget:2 garwa:2
    semah:2 asring:2 ajrih:2 piyambakipun:2.5 sedherek:2 angsal:2 kepengker:2 suwun:2 babagan:2
    mbiyantu:2 tiyang:2
    # everyday ngoko content words, for messages with few function words
    klambi:1.5 duit:1 awan:1 esuk:1 turu:1.5 mangan:1.5 mlaku:1.5 teka:1.2 kabeh:1.5 akeh:1.5 apik:1.5
    elek:1.5 motret:1 tiba:0.3 simbah:1 bocah:1 crita:1.5 dijupuk:1.5
  `),
  cues: {
    joke: p('guyon|guyonan|mung guyon|wkwk|haha|hahaha'),
    partner: p(
      `garwanipun|semahipun|bojonipun|bojo kula|bojo|bojoku|bojone|garwa|garwa kula|semah|semah kula|pacarku|pacare|bojo lanang|bojo wadon|garwane|semahe`,
    ),
    others_partner: p('bojone|garwane|semahe|pacare|garwanipun'),
    kin: p(`rayi|rayi kula|raka|raka kula|rakanipun|kangmas kula|mbakyu kula|adhik kula|ingkang rama|ingkang ibu|bapakipun|ibuipun|bapak kula|ibu kula|simbah kula|eyang|eyangipun|eyang kakung|eyang putri|mbah kakung|mbah putri|mbah lanang|mbah wedok|simbahipun|kakungipun|buliknipun|budhenipun|kangmasipun|mbakyunipun|rayinipun|adhinipun|sedherekipun|maratuwanipun|mertuanipun|bapak maratuwa|ibu maratuwa|bapak tirinipun|ibu tiri|ibu tirine|bapak tirine|bapak tiriku|ibu tiriku|romo|rama kula|wong tuane|wong tuo|wongtuo|bapak|bapakku|bapake|bapak tiri|tiriku|bapak kuwalon|ibu|ibuk|ibuku|ibune|mak|simbok|mbok|
      simbah|simbahe|simbahku|mbah|mertua|mertuaku|mertuane|maratuwaku|ibunipun|ramanipun|pakdhenipun|paklikipun|mbahku|anak anake|pakdhe|pakdheku|pakdhene|pakde|paklik|bulik|budhe|kakang|kakangku|kangmas|kangmasku|kangmase|
      kakangmas|mbakyu|mbakku|
      masku|adhi|adhine|iparku|ipar|maratuwa|maratuwaku|wong tuwa|wong tuwane|wong tuwaku|sedulur|
      sedulure|rama|ramane|bapakne|ibukne|mbokne|simbokne|emakne|makne|pakne|mbahne|bapak e|ibuk e|mbakyuku|mbakyune|mbake|mase|adhiku`),
    not_family: p(
      'dudu bapakku|dudu bapake|dudu bapak|dudu ibuku|dudu ibune|dudu pakdhe|dudu om|om sing|om om sing|mantan*|mantan* bojo*|tilas semah*|tilas bojo*|tilas garwa*|urut bojo|bekas bojo*|bekas semah*|mantan semah*|mantan garwa*',
    ),
    agent: p('mandor|majikan*|agensi|agen|bosku|juragan|calo|calone|sponsor|penyalur|germo|mucikari'),
    violence:
      p(`jejeg*|dijejeg*|dipun jejeg*|njejeg*|dijejek*|njejek*|diidak*|ngidak*|dipun idak*|disundut*|nyundut*|sundut*|dicubit|nyubit|cubit*|dijiwit|njiwit|jiwit*|dijewer|jewer*|disetrum|nyetrum|nyawat*|mbalang*|dibalang*|gebug*|digebug*|nggebug*|antemi|diantemi|ngantemi|jotos*|dijotos*|tapuk*|ditapuk*|tempiling*|
      ditempiling*|sepak*|disepak*|iris*|diiris*|nyiksa|tabok*|ditabok*|keplak*|dikeplak*|kaplok*|
      dipukuli|gitik*|digitik*|banting*|dibanting*|mbanting*|dibantingi|dipun gebag|nggebag*|digebag*|dipun antem*|ngantem*|diantem*|dipun pukul|dipun gebugi|dipun jotos|dibantingke*|diguwang*|nguwang*|diuncalke*|nguncalke*|nyeret aku|nyeret kula|diseret*|nyeret bojone|nyeret ibuku`),
    acute: p(
      `njebol*|dijebol*|ndobrak*|didobrak*|dobrak*|dipun dobrak*|ngamuk|ngetok*|ndhodhog*|dhodhog*|nggedhor*|nggedor*|gedor*|bengok bengok|ngoyak|dioyak|nggoleki aku|nggoleki kula|
      madosi kula|ngoyak kula|mbengok mbengok|ngetutke aku|ngetutake aku|ngetutne aku|nututi aku|ngintili aku|nginthili aku|
      isih neng mburiku|isih ning mburiku|taksih wonten wingking kula`,
    ),
    // [K]: teka/bali/mulih (come/return), maneh/malih (again), mrene/rene/mriki (here), ngarep/ngajeng (front)
    approach:
      p(`teka maneh|teko maneh|bali maneh|mbalik maneh|mrene maneh|rene maneh|arep mrene|arep rene|meh mrene|
      meh rene|ape mrene|ape rene|teka mrene|teko mrene|otw mrene|neng dalan mrene|ning dalan mrene|
      wis cedhak|wis cedak|neng ngarep omah|ning ngarep omah|nang ngarep omah|neng ngarep lawang|ning ngarep lawang|
      sedhela maneh mulih|sedela maneh mulih|sedhela engkas mulih|marani aku|nyamperi aku|wangsul malih|rawuh malih|
      badhe mriki|tindak mriki|wonten ngajeng griya|mulih nggowo|mulih nggawa|mulih gowo|
      teka nggowo|teka nggawa|teko nggowo|teko nggawa|bali nggowo|bali nggawa`),
    strangle: p('cekik*|dicekek|nyekek|nyekik'),
    psych: p(
      'dipisuhi|dipisuh*|dihujat|ngujat|nesu|nesoni|misuhi|misuh*|ngece|diece|dicece|ngina|ngancam|diancam|nyeneni|diseneni|ngenyek|dienyek|ora oleh ketemu|ora entuk ketemu|ora diolehi ketemu|hpku dicek|hpku diperiksa|ngekang|dikekang|mboten pareng kepanggih|mboten angsal kepanggih|mbentak*|dibentak*|nyentak*|disentak*|nggetak*|digetak*',
    ),
    neglect:
      p(`dikon ngamen|dikongkon ngamen|diusir|ngusir|ditundhung|nundhung|ditundung|nundung|dipun kesah|ora oleh kerja|ora entuk kerja|ngemis|dikon ngemis|ora diopeni|nafkah|ora tau menehi nafkah|ora dipakani|ora diwenehi mangan|ditinggal*|lunga ora bali|
      ora ana kabar|minggat|dipun tilar|ditilar|ora ngekei nafkah|ora ngirimi duit|ora tau ngirimi duit|ora ngirim duit|ora tau ngirim duit|ora menehi duit|ora tau menehi duit|ora dikeki mangan|mboten dipun paringi dhahar|kerep ora mangan|kaliren|keluwen|ora dikirimi duit|nggawa minggat duit|duit digawa minggat|nggawa mlayu duit|nggondol duit|nggondol tabungan|tabunganku digawa|ora tau menehi blanja|ora menehi blanja|ora diwenehi blanja|mboten maringi blanja`),
    sexual:
      p(`ngapa ngapake|ngapa ngapakke|diapa apakke|diapa apake|diapak apakke|dijak neng hotel|ngajak neng hotel|dijak nang hotel|ngajak nang hotel|dipun ajak dhateng hotel|dikon nyopot klambi|dikon nyopot kathok|nyopot kathok|kathoke dicopot|dicopot kathoke|dicopot klambine|ora senonoh|mboten senonoh|tumindak saru|tumindak mboten pantes|dipun cepeng cepeng|dicekel cekel|diudani peksa|dipeksa nonton video saru|dikon nonton video saru|dipeksa nonton bokep|nuduhke video saru|ngirimi video saru|dipeksa kb|dipeksa dodol awak|dodol awak|diperkosa|merkosa|dirudapaksa|dicabuli|nyabuli|dipun cabuli|dipun perkosa|dipun rudapaksa|dipun lecehaken|dikeloni|ngeloni|dikeloni peksa|diudani|ngudani|diwudani|dipun udani|nuduhke manuke|nuduhake manuke|nuduhke kemaluane|nuduhake kemaluane|nuduhake barang pribadine|omongan saru|guyonan saru|chat saru|pesen saru|ngajak turu bareng|ngajak turu|ngajak ngamar|ngajak sare|ngajak begituan|didol neng tamu|didol karo wong lanang|dadi psk|dipun cekeli|ngamar|ngamar karo|mlebu kamar karo wong lanang|mlebu kamar hotel karo|ngladeni tamu|ngladeni tamu lanang|dikon ngladeni tamu|ngamili|dihamili|diamili|dicekeli|nyekeli|nyekel nyekel|ndemek ndemek|dilecehke|dilecehake|lecehaken|dilecehaken|
      saru|grayang*|digrayangi|wuda*|hubungan badan|ngintip aku adus|ngintip de'e adus|ngintip wong adus|ngintip adus|ngintip kula siram|ngintip aku mandi|diintip adus|perkosa*|diperkosa*|merkosa*|dirudapeksa*|rudapeksa*|rudapaksa*|dirudapaksa*|dipun rudapeksa|dicolek|nyolek|dicolek colek|digituni|digitukke|digituke|diapak apakke|diapak apakne|diapak apake|diapa apakke|dipun punapakaken|dipun napak napakaken|digawe ngono|dikapakke|ngajak aku neng hotel|ngajak aku nang hotel|ngajak kula dhateng hotel|ngajak aku menyang hotel|diraba*|ngraba raba|diraba raba|dibius|ombenanku dicampur|ngombeku dicampuri`),
    touch: p(
      `nggesek*|digesek*|gesek*|remet*|diremet*|dipun remet*|cepeng*|dipun cepeng*|dicekel*|nyekeli|gepok*|dipun gepok*|dipun demek|ngelus*|dipun elus*|dipun grayangi|ngraba*|dipun raba|ngremet*|ndemek*|nyekel*|grayang*|dicekel|mijet*|dipijet*|mijeti*|dipijeti*`,
    ),
    body_part: p(
      'rokku|roke|rokmu|susuku|susune|payudara|susu|wadi|pupu kula|dhadha kula|dhadha|dhadhaku|pupu|pupuku|bokong|kemaluane|barang pribadi*|bokongku|bokonge|bokongne|pupune|dhadhane|susune|payudarane|wadine',
    ),
    genital: p(
      'kemaluane|barang pribadi*|wadi|wadine|kemaluan*|kelamine|alat kelamin*|lara yen pipis|lara nek pipis|lara pas pipis|perih nek nguyuh|lara nek nguyuh|sakit nek pipis',
    ),
    intimate_image: p(
      `mboten ngagem rasukan|mboten ngagem busana|tanpa busana|tanpa rasukan|ora nganggo klambi|ora klamben|ora nganggo sandhangan|foto telanjang|video telanjang|foto tanpa klambi|video tanpa klambi|foto ora nganggo klambi|video ora nganggo klambi|video mesum|video begituan|foto wuda|klambi jero|video wuda|wuda*|foto saru|video saru`,
    ),
    media: p('foto*|video*|videone'),
    spread: p('nyebar*|disebar*|diunggah|ngunggah'),
    recording: p('motret*|dipotret|ngrekam|rekam*|difoto'),
    privacy_place: p('ganti klambi|jeding|adus'),
    surveillance: p(
      `aplikasi pelacak|aplikasi nglacak|nglacak hp*|nyadap hp*|disadap|maca kabeh chatku|maca chatku`,
    ),
    sexual_remark: p(
      `ngomongke susu*|ngomongke dhadha*|ngomongke bokong*|ngomongke awakku|omongan saru|ngomong saru|guyon saru|guyonan saru|ngomentari awakku|ngomentari badanku|adus bareng|ngajak adus bareng|siram sareng`,
    ),
    contraception: p(`kb|kb spiral|spiral|masang kb|dipasang kb|disteril|steril`),
    bruise: p(`biru biru|benjut|memar|lebam|bonyok`),
    media_sale: p(
      `adol video|adol foto|ngedol video|ngedol foto|dodol video|dodolan video|sade video|nyade video|sade foto`,
    ),
    underwear: p(`cawet*|kathok*|katok*|clana*|celana*`),
    secluded: p(`omah kosong|kebon tebu|gubug*|alas|panggonan sepi|papan sepi|kuburan`),
    impersonation: p(
      `dipun bajak|akunipun dipun bajak|dipun hack|dihek|dihack|dibajak|dipalsu*|akun palsu|akun fb palsu|akun ig palsu|akun facebook palsu|akun instagram palsu|akun tiktok palsu|akun wa palsu|nganggo fotoku|nganggo jenengku|ngaku polisi|ngaku dadi polisi`,
    ),
    bully: p(
      'diolok*|ngolok*|diece*|poyok*|dipoyoki|diece|fitnah|difitnah|kabar bohong|tulisan elek|komen elek',
    ),
    meetup: p(
      `njaluk foto|dijaluk foto|dijaluki foto|dikon ngirim foto|nyuwun foto|dipun suwuni foto|njaluk video|ketemuan|kenalan|dijak ketemuan|dijak|janjian|janjiane|dipethuk|pethuk*|melu wong|kenal saking`,
    ),
    fear: p('wedi|ajrih|mrinding'),
    threat: p('ngancam|diancam|ngancem|ngerti omahku|ngerti omahmu|ngerti alamatku|mangertos griya kula'),
    extortion: p('diperes|meres|peres*|njaluk duit|mbayar'),
    kill: p(`mateni|dipateni|tak pateni|takpateni|mejahi|dipejahi|ora bakal urip nganti esuk|ra bakal urip nganti esuk|
      ora bakal weruh esuk|ra bakal weruh esuk|ora bakal ndeleng esuk|bengi terakhir`),
    self_harm:
      p(`nyudahi kabeh|mungkasi urip|pengen mati|kepengin mati|arep mati|gantung diri|ngendhat|ngombe obat akeh|ngombe obat turu akeh|nguntal obat|ora pengen urip|
      ora kepengin urip|mending mati|nyusul almarhum*|nyusul swargi*|nyusul suwargi*|nyusul simbok wae|nyusul ibu wae|
      nyusul bapak wae|nyusul mbah wae|nyusul simbah wae|ngombe racun|ngombe baygon|nggantung dhiri|gantung dhiri|bunuh dhiri|mungkasi gesang|nyudahi gesang|nggantung diri|badhe pejah|kepingin pejah|pengin pejah|nyilet tangan*|nyilet*|nyileti*|ngiris tanganku|ngiris tangan`),
    weapon: p(`pedang|peso|lading|arit|celurit|pentungan|bensin|golok|gaman|gegaman|kapak|parang|bedhog|sajam|
      nggo ngarit|kanggo ngarit|gawe ngarit|nggo mbacok|nggo nyembeleh|sing landhep|barang landhep|banyu panas|
      banyu umob|lenga panas|lengo panas`),
    confinement:
      p(`ora dililani metu|mboten dipun parengaken medal|ora oleh mulih|ora oleh lunga|ora entuk lunga|dijaga ketat|dikurung ning mess|dikurung neng mess|dikunci ning mess|mboten pareng medal|mboten pareng wangsul|mboten angsal wangsul|ora diolehi metu|ora diolehi mulih|ora diijini metu|ora diijini mulih|ditahan neng kapal|dikurung neng kapal|ora entuk mudhun|ditahan neng hotel|dikurung neng hotel|dikunci|dikurung|ora entuk metu|ora oleh metu|ora iso metu|ora isa metu|ora entuk mulih|
      dipun sekap|dipun kunci|mboten angsal medal|mboten saged medal|disekap|dikrangkeng|ngunci aku|ngunci kula|
      ngurung aku|ngurung kula|dipun kurung|ditaleni*|dibanda*|ditalekake*|dipun talesi`),
    free_to_leave: p(
      'iso metu|isih iso metu|entuk metu|prei|iso telpon|saged medal|isih iso wa|iso wa|isih iso telpon|taksih saged telpon|saged telpon',
    ),
    hiding: p('ndhelik|dhelik*|ndelik|umpetan|delik*|singidan'),
    injury: p(
      `disundut*|nyundut*|muntah terus|ora mandheg muntah|mutah terus|muntah getih|muntah muntah|mutah mutah|ora iso ambegan|sesek ambegan|getihen|getih|getihe|ora sadar|durung sadar|semaput|kobong|mlepuh|mlocot*|
      mlonyoh|ora iso obah|mboten sadar|ambegane aneh|ambegan aneh|napase aneh|ora ambegan|mboten ambegan|rahipun medal|rah medal|medal rahipun|rahe metu|getih metu|getihe metu|getihe ora mandheg|rahipun mboten kendel|mboten sadhar|sirahe abuh|sirah abuh|mustakanipun abuh`,
    ),
    drunk: p('mendem|mabuk|mabuk mabukan'),
    crying: p('nangis*|njerit*|mbengok*|tangise'),
    plea: p('ampun pak|ampun bapak|ampun mak|aja pak|ojo pak|ojo bapak|lara pak|loro pak|sakit pak'),
    pain: p('lara|loro|perih|abang'),
    sex_act: p(
      `sesrawungan|ngono kuwi|kaya ngono|hal kuwi|turu karo|turu kalih|sare kaliyan|sare kalih|tilem kaliyan|ngamar|kelon|kelonan|hubungan bojo|sanggama|hubungan badan|sare sareng|tilem sareng|begituan|gituan|hubungan|turu bareng|ngladeni dheweke|ngladeni bojoku|ngladosi`,
    ),
    pregnant: p('meteng|ngandhut|mbobot'),
    belly: p('weteng*'),
    forced: p(
      'dipeksa*|dipun peksa*|meksa*|peksa|dipeksakake|kapeksa|terpaksa|dipeksa|meksa|peksa*|dipun peksa|gelem ora gelem|gelem gak gelem|purun mboten purun|kudu gelem',
    ),
    marriage: p(
      `dijodohke|dijodohake|dipun jodohaken|nikah|nikahke|dinikahke|dinikahake|dipun nikahaken|dirabekake|rabi|dirabekke|rabekke|perkawinan`,
    ),
    work: p(
      'abk|kapal iwak|makarya|damel|dikon kerja|dikengken damel|dipun kengken damel|rewang|dadi rewang|dadi babu|babu|buruh|kuli|kerja|kerjo|ngladeni|nyambut gawe|gawe|nyambut damel',
    ),
    scam: p(
      'ngapusi wong|ngapusi uwong|nipu wong|dikon ngapusi|dikon nipu|penipuan online|judi online|scam|scammer|nipu|ngapusi',
    ),
    sale: p('didol|diedol|ngedol|didodol|dipun sade|disade|nyade|dipun sadeaken|disadeaken'),
    payment: p('nampa duit|nompo duit|oleh duit|diwenehi duit'),
    trafficking:
      p(`perdagangan tiyang|dodolan wong|dodolan uwong|perdagangan orang|perdagangan manusia|tppo|trafficking|kerja paksa|jerat utang|umure dipalsu|
      umure diowahi|umure diganti|umuripun dipun gantos|paspor palsu|diganti neng paspor|diowahi neng paspor|dipalsu neng paspor|diganti ning paspor`),
    passport: p('paspor*'),
    withhold: p(
      'dititipke|dititipake|dititipne|dipun titipaken|dicekel|disita|dipun cekel|dipun tahan|dijupuk|ditahan|nahan|disimpen|nyekel|dipun cepeng|dipun ampil',
    ),
    wage: p('gaji|bayaran'),
    unpaid: p(
      'tanpa bayaran|tanpa gaji|ora digaji|durung digaji|ora tau dibayar|gajine ditahan|bayarane ditahan|gajine dicekel|mboten dipun gaji|gajinipun dipun tahan|ora dibayar|durung dibayar|mboten dipun bayar',
    ),
    debt: p('utang|nyicil utang|utang*|utange|utangku|sangkutan'),
    abroad:
      p(`njaba negeri|luar negeri|tki|tkw|pmi|malaysia|saudi|arab|hongkong|hong kong|taiwan|singapura|brunei|
      kamboja|korea|jepang|dubai|abk|penampungan`),
    child_word:
      p(`cah cilik|cah wedok|cah lanang|bocah wedok|bocah lanang|bocah sekolah|lare alit|lare estri|lare jaler|putra alit|putri alit|anak cilik|balita|murid sd|putu kula|ponakanku|keponakan|bocahe|larenipun|putranipun|putrinipun|bocah|bocah cilik|anak|anakku|anak anak|bayi|lare|putra|putri|putu|putuku|ponakan*|murid|
      siswa|bocah bocah|isih sekolah|isih sekolah sd|taksih sekolah|bayine|bayiku`),
    grade: p('sd|smp|sma'),
    grade_word: p('kelas'),
    age_word: p('umur|umure|umurku|yuswa'),
    age_unit: p('taun|tahun'),
    when_clause: p('pas|wektu|nalika|nalikane|jaman|biyen pas|biyen wektu'),
    childhood: p(
      'pas aku sd|pas aku smp|pas aku sma|wektu aku sd|wektu aku smp|wektu aku sma|nalika aku sd|nalika aku smp|nalika kula sd|nalika kula smp|nalika kula sma|nalika cilik|pas cilik|wektu cilik|biyen cilik|pas umur|wektu umur|nalika umur|pas aku umur|wektu aku umur|biyen umur',
    ),
    incidental_child: p(
      'duwe anak dhewe|nduwe anak dhewe|duwe anak|nduwe anak|gadhah putra|aku karo anak anak|kula kaliyan lare lare|hp anak*|hak asuh anak*|ngarep anak*',
    ),
    taken: p(
      'dipun bekta|dibekta|mendhet lare|diseret|digeret|digawa calo|digawa lunga|digawa mlayu|diculik|digawa',
    ),
    stranger: p(
      'ora dikenal|ora dikenali|ra dikenal|gak dikenal|mboten dikenal|mboten dipun tepangi|wong ora dikenal|wong sing ora dikenal|wong asing|wong ora kenal|tiyang ingkang mboten kula tepangi|tiyang mboten dikenal|tiyang ingkang mboten dikenal|tiyang asing|tiyang mboten tepang|tiyang ingkang mboten dipun tepangi|wong sing ora tak kenal|wong ora tak kenal',
    ),
    with_child: p(
      'nggawa anak|nggowo anak|nggawa anake|nggowo anake|nggawa bocah|ngajak anak|ngajak anake|mbekta putra|mbekta lare',
    ),
    missing: p(
      'ora mulih|durung mulih|ilang|minggat|ora bali|ora iso dihubungi|dereng kondur|mboten kondur|dereng wangsul|mboten wangsul|ical|musna|mboten saged dipun hubungi',
    ),
    with_perpetrator: p("karo de'e|karo dheweke|karo deweke|karo bapake"),
    alone:
      p(`mlebu kamar karo|neng njero kamar karo|sekamar karo|dhewe|ditinggal dhewe|dhewean|dewe|dhewekan|dewekan|ijen|ditinggal dewe|mung karo|mung wong loro karo|
      mung berdua karo|berduaan karo`),
    abandoned: p('ditinggal*|minggat|lunga ora bali|dibuang'),
    deadline: p('jam|bengi iki|dina iki|sadurunge jam'),
    present: p('saben sedhela|saben menit|saben sawetara menit|saiki|lagi|isih|sakmenika|samenika|taksih'),
    tonight: p(
      'wis bengi|wes bengi|sampun dalu|sejam maneh|sedhela maneh|sakjam maneh|sonten menika|sonten niki|dalu menika|mengko sore|bengi iki|dina iki|mengko bengi|sore iki|dalu punika|ndalu menika|ndalu punika|mangke dalu|mengke dalu|dalu niki|bengi iki uga|subuh iki|mengko subuh|sesuk subuh',
    ),
    recent: p(
      'mau|mau esuk|mau awan|nembe|lagi wae|sejam kepungkur|sejam sing lalu|setengah jam kepungkur|mau sejam',
    ),
    past: p(`wektu kuwi|wektu iku|nalika semana|rikala semanten|wekdal semanten|biyen|mbiyen|wingi|mau bengi|wingi bengi|taun wingi|wulan wingi|minggu wingi|tau|kepungkur|
      kepengker|minggu kepengker|kala wingi|wau dalu|nate`),
    ongoing_since: p('wiwit*|kawit|rong dina|wis rong dina'),
    habitual: p('saben|saben dina|saben bengi|kerep|asring|mesti|sering'),
    safe: p('aman|wis aman|wis neng omah|omahe wong tuwa|omah omah dewe'),
    ability: p('iso|isa|entuk|oleh|ngolehi|diolehi|saged|angsal'),
    leave: p('mudhun|medhun|mandhap|metu|mulih|lunga|medal|wangsul|mlayu'),
    endure: p('kuat|betah|tahan|kiyat|kiat|kuwat'),
    life: p('urip|gesang'),
    home: p('omah|omahe|griya|griyane|kos|kosan|kontrakan'),
    harm_word: p('kekerasan|korban|kasus|dianiaya|penganiayaan|eksploitasi'),
    negation: p('ora|ra|mboten|dudu|durung|ojo|aja|dereng'),
    help: p('tulung|nyuwun tulung|tulungi|tulungen'),
    info_request: p(`piye carane|carane|nyuwun pirsa|takon|arep takon|nyuwun informasi|informasi|pundi|
      menawi|babagan`),
    intent: p('arep|pengen|kepengin|badhe|ape|iso|lagi'),
    first_person: p('aku|kula|awakku'),
    parent_of: p(
      'anakku|anak kula|putri kula|putra kula|anak wedokku|anakku wedok|anakku lanang|anak lanangku',
    ),
    third_party: p(
      'kanca kerja|kanca kerjoku|konco kerjo|konco kerjoku|kanca kantor|kanca kantorku|rencang damel|rencang kerja|bosku|bose|juraganku|majikanku|guru ngaji|guru ngajine|guru|gurune|pak guru|dosen|pelatih|kancane|kancaku|konco|tonggo|tonggoku|tanggaku|kancaku|kanca|sedherek kula|adhiku|mbakyuku|ponakanku|tanggi|rewangku',
    ),
    // Situation parts (situation.ts): ngoko, krama and krama inggil
    witness:
      p(`krungu|keprungu|krungu suara|kerungu|kula mireng|mireng|kepireng|midhanget|aku weruh dhewe|weruh dhewe|
      nembe weruh|lagi weruh|nembe ningali|kula ningali piyambak|ningali piyambak|lagi nonton`),
    here_now:
      p(`ning ngarep lawang|neng ngarep lawang|nang ngarep lawang|ngarep lawang|ngarep omah|wis teka|wes teka|
      wis tekan|wis ning kene|wis neng kene|wes neng kene|sampun dugi|sampun rawuh|sampun wonten mriki|wonten ngajeng|
      ing ngajeng kori|ngajeng kori|ngajeng griya|ngenteni neng njaba|nengga wonten njawi|ngajeng lawang|wonten ngajeng lawang|ing ngajeng lawang|wonten ngajeng griya`),
    last_day: p('wingi|wingi bengi|mau bengi|wau dalu|kala wingi|dalu wau|wingi sore'),
    jump: p('mlumpat|lumpat|njlumpat|ncemplung|nyemplung|njegur|nyebur|terjun|nglumpat'),
    high_place: p(
      'kreteg|jembatan|wuwungan|gendheng|payon|nduwur omah|dhuwur gedung|gedung|jurang|tebing|ingkang inggil',
    ),
    overdose:
      p(`ngombe obat akeh|nguntal obat|nguntal pil|ngombe pil akeh|ngunjuk obat kathah|nguntal obat akeh|
      ngombe obat sak plastik|ngombe obat kabeh|ngunjuk obat sedaya|nelen obat`),
    immobile:
      p(`ora iso obah|ora bisa obah|ora isa obah|ora iso mlaku|ora isa mlaku|ora iso ngadeg|ora iso tangi|
      sikile ora iso|sikilku ora iso|mboten saged obah|mboten saged mlampah|mboten saged ngadeg|mboten saged tangi|
      lumpuh|kaku kabeh`),
    phone_taken: p(`hpku dijupuk|hp dijupuk|hpne dijupuk|hp ku dijupuk|hp disita|hp dibanting|hpne dibanting|
      hp kula dipundhut|hp dipun pendhet|hp kula dipun pendhet|ngrampas hp|njupuk hp|hp dirampas`),
    venue: p(
      'panggonan hiburan|papan hiburan|tempat hiburan|hiburan wengi|lokalisasi|panti pijet|panti pijat',
    ),
    custody: p('hak asuh|pengadilan|pengadilan agama'),
    no_harm: p('ora ana kekerasan|ora ono kekerasan|ra ana kekerasan|mboten wonten kekerasan|dudu kekerasan'),
    all_of_us: p('kabeh|awake dhewe|aku karo anakku|kula sedaya|sedaya|kita'),
    serve:
      p(`ngancani wong lanang|nemeni wong lanang|ngladeni wong lanang|dadi pemandu karaoke|dadi lc|nglayani wong lanang|ngladosi tiyang jaler|nglayani pelanggan|ngladeni tamu|nglayani tamu|dikon ngladeni|dikon nglayani|ngancani tamu|nemeni tamu|ngladosi tamu|
      dipun kengken ngladosi|dipeksa nglayani|dipeksa ngladeni|didol marang tamu|didol neng tamu`),
    room_entry: p(
      'mlebu kamar|mlebu kamare|mlebu kamarku|mlebu neng kamar|mlebet kamar|mlebet kamaripun|mlebet dhateng kamar|nutup lawang|nutup lawange|ngunci lawang*|ngonci lawang*|ngunci kori',
    ),
    stay_over: p(
      'tilem wonten|nginep wonten|turu neng|turu ning|turu nang|sare neng|nginep|nginep maneh|turu neng omahe|nyipeng|nyipeng malih|sare wonten',
    ),
    deceived: p(
      'dijanjeni|dijanjekke|dijanjikake|dipun janjeni|dipun janjekaken|diiming iming|ditawani kerja|ditawani gawean|dipun tawani damel|tibake|pranyata|jebulipun|ternyata|diapusi|dibujuki|diblithuk|dipun apusi|jebul|jebule|tibakne',
    ),
    kiss: p(
      `ambung*|diambung*|ngambung*|dipun ambung*|dicium*|nyium*|dikekep|ngekep|dipun kekep|dirangkul|ngrangkul|dipun rangkul|dipeluk|meluk|dipun peluk|dipangku|mangku`,
    ),
    unwanted: p(
      `tanpa idin|tanpa ijin|tanpa izin|aku ora gelem|aku wis nolak|wis tak tolak|senajan aku nolak|senajan aku emoh|kula sampun nolak|kula mboten purun|sanajan kula mboten purun|meneng meneng|umpetan|ora gelem tapi|emoh tapi`,
    ),
    bondage: p(
      `lagi entuk mulih|lagi oleh mulih|yen durung lunas|durung lunas|kudu nyaur utang|nyaur utang disik|nyaur utang|kudu mbayar denda|mbayar denda|denda|ganti rugi|nembe angsal wangsul|yen sampun lunas|kedah nyahur utang|ben ora mlayu|ben ora minggat|supaya ora mlayu|supoyo ora mlayu|ben ora kabur`,
    ),
    // Parts composed in composed-cues.ts
    move: p('obah|mlaku|mlampah|ngadeg|tangi|gerak*'),
    ingest: p('ngombe|nguntal|ngunjuk|nelen'),
    drug: p('obat*|pil|tablet*'),
    poison: p('racun*|baygon|obat nyamuk|obat suket|potas'),
    quantity: p(
      'akeh|kathah|sak botol|sakbotol|kabeh|sedaya|sak plastik|sak strip|sekaligus|butir|tablet|iji|puluh',
    ),
    phone: p('hp*|hape*|handphone*'),
    seize: p('dijupuk|dirampas|dibanting|disita|dipundhut|direbut|diumpetke|diumpetne'),
    burn: p('obong*|ngobong*|diobong*|bakar*|sundut*|disundut*|disetrika|disetlika'),
    infant: p('bayi|jabang bayi|orok|bayine|bayiku'),
    nobody: p(
      'ora ana wong|ora ono wong|ra ono wong|mboten wonten tiyang|ora ana sapa sapa|ora ono sopo sopo|ra ono sopo sopo|mboten wonten sinten sinten|ora ana sing njaga',
    ),
    pour: p('siram*|disiram|nyiram|diguyur|ngguyur|disiramke'),
    hot_liquid: p('banyu panas|banyu umup|lenga panas|wedang panas'),
    channel: p(
      `kabeh kontak|kontakku|kontak hp|kontak kula|sedaya kontak|grup wa|grup whatsapp|fesbuk|ig|instagram|tiktok|dm|inbox|medsos|game online|chat|grup kelas|grup sekolah|grup|grup keluarga|grup kulawarga`,
    ),
    explicit_kdrt: p(
      `kekerasan ing rumah tangga|kekerasan wonten ing rumah tangga|kekerasan nang rumah tangga|kekerasan neng rumah tangga|kekerasan ning rumah tangga|kekerasan salebeting rumah tangga|kdrt`,
    ),
    blackmail: p(`diperes|meres|dipun peres|ngeperes|meres aku`),
    hot_object: p(
      `setrika|strika|setlika|wesi panas|sendok panas|puntung rokok|nganggo rokok|nganggo udud|karo rokok|ngangge rokok`,
    ),
    take_along: p(
      `narik*|ditarik*|nyeret*|diseret*|nglebokke*|dilebokke*|dilebokake*|nglebokake*|nggawa*|nggowo*|digawa*|digowo*|mbekta*|dipun bekta*|ngajak*|dijak*|nyulik*|diculik*|ngeterake*|nggendong*|gendong*|digendong*|ngemban|mbopong`,
    ),
    expose: p(`nuduhke|nuduhake|nuduhne|ngetokke|ngetokake|mamerke|nedahaken|ngatingalaken|dipun tedahaken`),
    personal_data: p(
      `data|dataku|data kula|data pribadi|alamat omah|alamat omahku|alamat griya|nomer hp|nomor hp|ktp|chat pribadi|chat pribadiku|screenshot chat|ss chat|rahasiaku|alamat|alamatku|alamat kula|nomer hpku|nomor hpku`,
    ),
    hand: p(`tangan|tanganku|tangane|asta|astanipun`),
    search: p(`nggoleki|golek|madosi|nggolek|nggoleki aku|ngoyak`),
    departure: p(
      `mangkat|budhal|numpak kapal|numpak bis|neng pelabuhan|ing pelabuhan|neng bandara|neng terminal|arep dikirim|dipun kintun|bidhal`,
    ),
  },
};
