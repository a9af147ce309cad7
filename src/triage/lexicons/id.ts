import { type Lexicon, phrases as p, weights } from './lexicon.js';

/**
 * Indonesian, including Jakarta slang, chat shorthand (expanded by shorthand.ts first), Sulsel
 * particles (ki', ka', ji) and Jambi/Palembang Malay (nak, idak, cak mano), which triage-labels.md
 * counts as `id`. Brand names of apps and destination countries live here because every language
 * borrows them in their Indonesian form.
 */
export const ID_LEXICON: Lexicon = {
  language: 'id',
  markers: weights(`
    saya:1 aku:0.6 yang:1 tidak:1 gak:0.8 sudah:1 udah:1 dengan:1 dari:0.8 ini:0.6
    itu:0.8 dan:1 karena:1 mau:0.6 ada:0.6 sekarang:1.5 tolong:0.8 juga:1 lagi:0.7
    kami:0.5 dia:0.8 mereka:1 kalau:0.8 bisa:0.6 harus:0.8 belum:1 sama:0.6 apa:0.5
    bagaimana:1 gimana:1 kak:0.5 banget:1 aja:1 pernah:0.8 sering:0.6 kenapa:1
    dimana:1 tanya:0.8 mohon:1 terima:0.8 kasih:0.5 halo:1 hai:0.8 kamu:1 masih:0.7
    sedang:0.8 akan:0.8 ingin:1 pengen:0.8 untuk:1 tentang:1 oleh:1 setelah:1
    sebelum:0.8 tadi:0.8 kemarin:1 orang:0.5 terus:0.5 jadi:0.6 cuma:1 tapi:0.4
    suami:0.6 kantor:0.4 buka:0.6 berapa:1 mas:0.2 mbak:0.2 pak:0.3 bu:0.3
    # "min" is chat slang for "admin" (README 3.1), never Minangkabau
    min:0.8
    # Standard forms that Minang would sound-change (pukul → pukua, takut → takuik)
    pukul:0.5 takut:0.5 sakit:0.5 lapor:0.5 bapak:0.3 malam:0.3 nenek:0.3 keluar:0.5
    # Sulsel particles: Indonesian with a regional accent, not Bugis
    ki':1 ji:1 mi:0.5 di':0.5 ka':0.3
    # Jambi and Palembang Malay: a Malay variety, labelled id
    nak:0.8 idak:1.5 cak:1.5 kagek:1.5 nian:1 galo:1 ngapo:1.2 kalu:0.8 la:0.4
  `),
  cues: {
    joke: p('wkwk|wkwkwk|wkwkwkwk|haha|hahaha|hehe|becanda|bercanda|cuma bercanda|canda|bercandain'),
    partner: p(`suami|suamiku|suaminya|suami saya|istri|istriku|istrinya|bini|pacar|pacarku|pacarnya|
      pacar saya|cowok saya|cowokku|cowoknya|cowo saya|cewek saya|ceweknya|ayang|tunangan|tunanganku|
      laki saya|lakiku|lakinya|lakik|pasangan saya|calon suami|suami siri|laki aku|laki gue|laki gw|laki saya|cowo aku|cowok aku|cewe aku|cewek aku|cowo gue|cowok gue|cowonya|cewenya|
      bininya|tunangannya|pacarnyo|suaminyo|istrinyo|lakinyo|bininyo`),
    others_partner: p(
      'suaminya|istrinya|pacarnya|cowoknya|cowonya|ceweknya|cewenya|lakinya|bininya|tunangannya|pacarnyo|suaminyo|istrinyo|lakinyo|bininyo',
    ),
    kin: p(`ortu|ortunya|ortuku|ortu saya|ortu sy|ortu gw|cucu|cucuku|cucunya|menantu|menantuku|ayah|ayahku|ayahnya|bapak|bapakku|bapaknya|bapaknyo|papa|papaku|papanya|papi|bokap|ibu|ibuku|
      ibunya|mama|mamaku|mamanya|emak|mak|nyokap|kakek|nenek|kakak|kakakku|kakaknya|abang|adik|
      adikku|adiknya|paman|pamanku|pamannya|om|tante|bibi|mertua|mertuaku|ipar|iparku|sepupu|sepupuku|
      orang tua|orang tuanya|saudara|saudaraku|keluarga|anak kandungnya|anaknya sendiri|anak laki lakinya|anak lelakinya`),
    not_family:
      p(`mantan*|om yang|om om yang|mantan* suami*|mantan* pacar*|mantan* istri*|bekas suami*|kakak kelas|adik kelas|
      kakak tingkat|om om|om itu|ada om|ada om om|bapak bapak|ibu ibu|ibu kos|bapak kos|ibu guru|bapak guru|pak guru|
      bu guru|pacar ibu|pacar mama|pacarnya ibu|laki laki|pak rt|bapak rt|orang tua itu|bekas pacar*|bekas istri*|eks suami|eks pacar|eks istri`),
    agent: p(`majikan*|agen|agency|agensi|calo|sponsor|pt|lpk|penyalur|bos|mami|germo|mucikari|perusahaan|
      kapten|mandor|perekrut|penampungan`),
    violence:
      p(`disetrum|setrum*|nyetrum|dicubit*|cubit*|nyubit*|mencubit*|dijewer|jewer*|disundut*|sundut*|nyundut*|dipecut*|pecut*|mecut*|main tangan|ringan tangan|pukul*|dipukul*|memukul*|mukul*|gebuk*|digebuk*|ngegebuk*|hajar*|dihajar*|tonjok*|ditonjok*|
      tampar*|ditampar*|nampar*|nonjok*|nusuk*|nabok*|mukulin|tempeleng*|ditempeleng*|gampar*|digampar*|tendang*|ditendang*|nendang*|
      siksa*|disiksa*|menyiksa*|aniaya*|dianiaya*|bacok*|dibacok*|jambak*|dijambak*|injak*|diinjak*|
      lempar*|dilempar*|tusuk*|ditusuk*|nyiram bensin|menyiram bensin|nyiram air keras|menyiram air keras|nyiram air panas|menyiram air panas|keroyok*|dikeroyok*|tabok*|ditabok*|disiram|dibakar|diiris|
      kekerasan fisik|sabet*|disabet*|cambuk*|dicambuk*|hempas*|dihempas*|menghempas*|ngehempas*|dibanting|membanting*|ngebanting*|nyeret saya|nyeret aku|diseret*|menyeret saya`),
    acute: p(`ngamuk|mengamuk|dobrak*|didobrak|mendobrak|banting*|dikejar*|ngejar*|mengejar*|
      nyariin|otw kesini|otw ke sini|menuju ke sini|nyusul ke sini|ketok ketok|ngetok ngetok|gedor gedor|mencari saya|nyari saya|gedor*|menggedor*|diserang|menyerang|teriak teriak|ngikutin saya|ngikutin aku|ngikutin gue|ngikutin gw|mengikuti saya|mengikuti aku|membuntuti*|dibuntuti*|buntutin|nguntit|menguntit|dikuntit|masih di belakang saya|masih di belakang aku|amuk|amukan|amuknya`),
    approach:
      p(`datang lagi|dateng lagi|dtg lagi|balik lagi|kembali lagi|ke sini lagi|kesini lagi|mau ke sini|mau kesini|
      mau kemari|mau datang ke sini|mau dateng ke sini|datang ke sini|datang kesini|datang kemari|dateng ke sini|dateng kesini|
      balik ke sini|balik kesini|di jalan ke sini|di jalan kesini|di jalan ke rumah|dalam perjalanan ke sini|dalam perjalanan kesini|
      dalam perjalanan ke rumah|dalam perjalanan pulang|lagi di jalan|sedang di jalan|sebentar lagi pulang|bentar lagi pulang|
      pulang sebentar lagi|pulang bentar lagi|sebentar lagi sampai|bentar lagi sampai|bentar lagi nyampe|sebentar lagi datang|
      bentar lagi datang|bentar lagi dateng|udah deket|udah dekat|sudah dekat|sudah di depan|udah di depan|di depan rumah|
      di depan pintu|di depan kos|di depan kosan|di depan gerbang|nyamperin saya|nyamperin aku|nyamperin ke sini|
      nyamperin ke rumah|mendatangi saya|mendatangi rumah|datengin saya|datengin aku|datangin saya|datangin aku|
      pulang bawa|plg bawa|datang bawa|dateng bawa|dtg bawa|pulang membawa|datang membawa|pulang lagi bawa|
      otw pulang|otw ke sini|otw kesini|otw kemari|otw ke rumah`),
    strangle: p('cekik*|dicekik*|mencekik*|nyekik*|dicekek*|nyekek*'),
    psych:
      p(`ngehina|ngehinain|dihina|dihinain|menghina|dihujat|ngehujat|menghujat|gps tracker|pelacak gps|pasang gps|dipasang gps|dipasangi gps|masang gps|dipermalukan|mempermalukan|malu maluin|dikata katain|stalking|distalking|stalker|dilacak|melacak lokasi|lacak lokasi|pelacak|spyware|penyadap|disadap|menyadap|doxing|doxxing|didoxing|data pribadi disebar|alamat saya disebar|nomor saya disebar|hina*|dihina*|menghina*|maki*|dimaki*|katain|dikatain|ngatain|bentak*|dibentak*|ancam*|
      diancam*|mengancam*|ngancam*|diancem*|teror|diteror|intimidasi|caci*|dicaci*|rendahkan|direndahkan|
      kekerasan psikis|siksa*|disiksa*|nyiksa|melarang saya ketemu|melarang aku ketemu|dilarang ketemu keluarga|gak boleh ketemu keluarga|tidak boleh ketemu keluarga|gak boleh ketemu temen|tidak boleh bertemu keluarga|hp saya diperiksa|hp aku diperiksa|hp saya dicek|hp aku dicek|ngecek hp saya|mengekang|dikekang|ngekang|diisolasi|mengisolasi|membentak|neriakin|diteriakin|teriak teriakin|stalk|ngestalk|nge stalk|distalk|stalkin|ngestalking`),
    neglect:
      p(`disuruh ngamen|disuruh ngemis|dipaksa ngamen|dipaksa ngemis|diusir|mengusir|ngusir|diusir dari rumah|dilarang bekerja|tidak boleh kerja|gak boleh kerja|tidak boleh bekerja|melarang saya bekerja|gaji saya diambil|uang saya diambil semua|tidak menafkahi|gak menafkahi|ga menafkahi|nggak menafkahi|gak nafkahin|ga nafkahin|tidak memberi nafkah|gak ngasih nafkah|gak kasih nafkah|tidak kasih nafkah|nafkah|duit belanja|gak dinafkahi|tidak dinafkahi|gak pulang pulang|tidak pulang pulang|idak pulang pulang|menafkahi|dinafkahi|uang belanja|ditelantarkan|telantar*|terlantar*|gak ada kabar|
      tidak ada kabar|tanpa kabar|gak dikasih makan|tidak dikasih makan|tidak diberi makan|ngamen|
      mengemis|ngemis|ngizinin saya kerja|melarang saya kerja|dilarang kerja|ditinggal*|pergi gak balik|gak pernah kirim duit|ga pernah kirim duit|tidak pernah kirim uang|tidak pernah mengirim uang|gak kirim duit|ga kirim duit|tidak kirim uang|tidak mengirim uang|nggak pernah kirim uang|gak pernah ngirim duit|gak pernah ngasih duit|tidak pernah memberi uang|kelaparan|sering gak makan|sering tidak makan|sering ga makan|bawa kabur uang|membawa kabur uang|bawa lari uang|uang dibawa kabur|duit dibawa kabur|bawa kabur duit|bawa kabur tabungan|tabungan dibawa kabur|ngabisin tabungan`),
    sexual:
      p(`begituin|dibegituin|ngegesekin badan*|ngegesek ngegesekin|gesek gesekin|digesek gesekin|menggesekkan badan*|menggesek gesekkan|gesekin badan*|ngegesekin kelamin*|nempel nempelin badan*|nempelin badan*|menempelkan badan*|diajak ke hotel|ngajak ke hotel|ngajakin ke hotel|mengajak ke hotel|dibawa ke hotel|ajak ke hotel|diajak nginep di hotel|ngajak nginep di hotel|tidak senonoh|gak senonoh|nggak senonoh|ga senonoh|asusila|tindakan asusila|perbuatan asusila|perbuatan tidak senonoh|disuruh buka celana|buka celana|membuka celana|celananya dibuka|dibuka celananya|dipelorotin|melorotin celana|dipaksa oral|oral seks|seks oral|memainkan kelamin*|mainin kelamin*|ngocok|pesan tidak senonoh|foto tidak senonoh|sexting|pap tt|pap bugil|minta pap tt|pemaksaan kontrasepsi|dipaksa kb|dipaksa pasang kb|dipaksa pakai kb|pemaksaan sterilisasi|disterilisasi paksa|dipaksa steril|penyiksaan seksual|perbudakan seksual|pemaksaan pelacuran|dipaksa melacur|dipaksa jadi pelacur|dipaksa jual diri|disuruh jual diri|jual diri|dipaksa nonton video porno|disuruh nonton video porno|dipaksa nonton porno|disuruh nonton porno|dipaksa nonton bokep|disuruh nonton bokep|menunjukkan video porno|memperlihatkan video porno|nunjukin video porno|nunjukin bokep|kirim video porno|ngirim video porno|bokep|video bokep|digerepe|gerepe*|menggerepe|disetubuhi|menyetubuhi|bersetubuh|persetubuhan|setubuh*|ditiduri|meniduri|digauli|menggauli|digagahi|menggagahi|dinodai|menodai|keperawanan*|kesucian*|pemerkosaan|pemerkosa|perkosaan|digerayangi|menggerayangi|gerayang*|ditelanjangi|menelanjangi|disuruh buka baju|disuruh telanjang|disuruh bugil|memperlihatkan alat kelamin*|memperlihatkan kelamin*|mempertontonkan alat kelamin*|memamerkan alat kelamin*|pamer alat kelamin*|pamer kelamin*|nunjukin alat kelamin*|nunjukin kelamin*|eksibisionis*|ekshibisionis*|onani|masturbasi|coli|catcalling|catcall*|disiulin|disuitin|komentar cabul|komentar mesum|chat mesum|pesan mesum|chat porno|kata kata cabul|kata kata jorok|pelecehan verbal|pelecehan seksual|kekerasan berbasis gender online|kbgo|grooming|digrooming|child grooming|kawin kontrak|nikah kontrak|dijadikan psk|dijadikan pelacur|dijajakan|menjajakan|layanan seks|jasa seks|pekerja seks|dijual untuk seks|minta tidur bareng|ngajak tidur bareng|ngajakin tidur bareng|ngajak begituan|ngajak gituan|ngajak ngamar|diajak ngamar|ngajak check in|diajak check in|ngajak aku check in|ngajak saya check in|ngajakin aku check in|ngajak gue check in|ngajak aku ngamar|ngajak saya ngamar|minta jatah paksa|memperkosa istri|perkosaan dalam perkawinan|dipegang2|diraba2|tangannya masuk ke baju|tangannya masuk ke rok|masuk ke dalam rok|masuk ke dalam baju|memasukkan tangan|perkosa*|diperkosa*|memperkosa*|rudapaksa|dirudapaksa|cabul*|dicabul*|mencabul*|pencabulan|
      leceh*|dileceh*|dilecehkan|pelecehan|melecehkan|grepe*|digrepe*|pegang pegang|megang megang|dipegang pegang|dipegang dipegang|dicolek colek|colek colek|diraba raba|diraba diraba|disentuh disentuh|
      raba raba|diraba*|meraba*|disentuh sentuh|dihamili|menghamili|hubungan badan|berhubungan badan|
      berhubungan intim|vcs|video call sex|kekerasan seksual|seksual|mesum|jorok|porno|hidung belang|
      melayani tamu|pelacur*|psk|prostitusi|open bo|digituin|diapa apain|sodomi|disodomi|
      eksploitasi seksual|sekstorsi|bugil|telanjang*|ngomong jorok|omongan jorok|candaan jorok|ngintip saya mandi|ngintip aku mandi|ngintip gue mandi|ngintip orang mandi|diintip mandi|diintip pas mandi|diintip waktu mandi|diintip saat mandi|rudapaksa*|dirudapaksa*|merudapaksa*|ngajak aku ke hotel|ngajak saya ke hotel|ngajakin aku ke hotel|mengajak saya ke hotel|ngajak gw ke hotel|dicekoki obat|minumanku dicampur|minuman saya dicampur|dikasih obat di minuman|dibius|membius`),
    touch: p(
      `gesek*|menggesek*|digesek*|gesek gesekin|gosok gosok*|cepeng*|pangku*|dipangku|gerayang*|digerayangi|menggerayangi|elus*|dielus*|mengelus*|ngelus*|cubit pantat|pegang*|dipegang*|megang*|raba*|diraba*|sentuh*|disentuh*|remas*|diremas*|colek*|dicolek*|grepe*|pijit*|dipijit*|mijit*|pijet*|dipijet*|mijet*`,
    ),
    body_part:
      p(`pinggang|pinggul|bibir|leher|rok|paha dalam|selangkangan|buah dada|pantatku|dadanya|alat vital|organ intim|kemaluannya|paha|pahaku|dada|dadaku|payudara|pantat|bokong|kemaluan*|alat kelamin|area pribadi|
      bagian pribadi|kelamin*|vagina|penis|pantatnya|pahanya|payudaranya|bokongnya|bokongku`),
    genital: p(
      'alat vital|organ intim|kemaluannya|selangkangan|kemaluan*|alat kelamin|kelamin*|area pribadi|bagian pribadi|vagina|anunya|sakit pas pipis|sakit saat pipis|sakit kalau pipis|sakit waktu pipis|perih pas pipis|perih kalau pipis|kesakitan pas pipis|sakit pipis|sakit buang air kecil|perih buang air kecil|sakit pas kencing|sakit kalau kencing',
    ),
    intimate_image:
      p(`foto kelamin*|foto alat kelamin*|video alat kelamin*|foto penis|foto vagina|revenge porn|foto tanpa busana|video tanpa busana|video seks|video hubungan|rekaman hubungan|foto telanjang|video telanjang|video bugil|konten seksual|konten asusila|asusila|foto pribadi|video pribadi|konten pribadi|foto bugil|bugil|telanjang*|video intim|foto intim|video syur|syur|foto vulgar|vulgar|
      video kita berdua|video berdua|tanpa busana|pap|vcs|foto porno|video porno|video mesum|
      konten porno|konten dewasa|deepfake|rekaman vc|rekaman video call|gak pake baju|gak pakai baju|tidak pakai baju|tanpa baju|ga pake baju|pakaian dalam|baju dalam|celana dalam|pakai baju dalam`),
    media: p('foto*|video*|gambar|poto*|vid|pics|ss|screenshot*|vc|video call|vcs'),
    spread: p(
      'sebar*|disebar*|nyebar*|menyebar*|dishare|share|upload*|diupload*|posting*|diposting*|viral*|diviralkan',
    ),
    recording: p(
      'direkam diam diam|rekam diam diam|difoto diam diam|dipotret diam diam|difilmkan|divideo|kamera|cctv|rekam*|direkam*|merekam*|difoto*|motret*|dipotret*|kamera tersembunyi',
    ),
    privacy_place: p('toilet|kamar mandi|wc|ganti baju|kamar ganti|ruang ganti|mandi|diam diam'),
    surveillance: p(
      `aplikasi pelacak|aplikasi penyadap|aplikasi mata mata|pasang pelacak|masang pelacak|dipasang pelacak|gps pelacak|nyadap hp*|menyadap hp*|disadap|menyadap|nyadap`,
    ),
    sexual_remark: p(
      `omongan jorok|kata kata jorok|kata jorok|ngomong jorok|omongan cabul|komentar tubuh|komentarin tubuh|komentarin badan|komen badan|komen tubuh|ngomentarin badan|ngomentarin tubuh|catcall*|disiulin|ajak mandi bareng|ngajak mandi bareng|mandi bareng|mandi berdua`,
    ),
    contraception: p(
      `kb|kb spiral|spiral|iud|suntik kb|pil kb|implan|susuk kb|steril|disteril|sterilisasi|kontrasepsi|pasang kb|masang kb|dipasang kb|tubektomi|vasektomi|ikat kandungan|diikat kandungan`,
    ),
    bruise: p(`lebam|lebam lebam|memar|memar memar|biru biru|bonyok|bengep`),
    media_sale: p(
      `jual video|jual foto|jualan video|jualan foto|menjual video|menjual foto|ngejual video|ngejual foto|jual konten`,
    ),
    underwear: p(`celana dalam|celana dalamnya|celananya|celana|sempak|cd nya`),
    secluded: p(
      `rumah kosong|tempat sepi|semak semak|gubuk|hutan|kebun tebu|kuburan|gudang kosong|bangunan kosong`,
    ),
    impersonation: p(`akun palsu|dipalsukan|dipalsu|dibajak|akun dibajak|diretas|dihack|hack*|pakai nama saya|
      atas nama saya|mengaku jadi saya|diedit|akun fake|akun bodong|ngaku polisi|mengaku polisi|ngaku ngaku polisi|ngaku jadi polisi`),
    bully: p(
      'dipalak|malak|dipalakin|bully*|dibully*|diketawain|ditertawakan|diketawain rame rame|dirundung|perundungan|dibuli*|buli|diejek*|ngejek*|body shaming|cyberbully*|fitnah|difitnah|memfitnah|kabar bohong|berita bohong|hoax|hoaks|komen jahat|komentar jahat|komen ngehina|tulisan jelek',
    ),
    // Parts composed in composed-cues.ts; read in every language, so code-mixed messages compose too
    move: p('gerak*|bergerak|berjalan|berdiri|bangun|bangkit'),
    ingest: p('minum|meminum|diminum|nelen|menelan|ditelan|nenggak|menenggak|ditenggak|telen|ditelen|nelan'),
    drug: p('obat*|pil|tablet*'),
    poison:
      p(`racun*|baygon|pembasmi*|obat nyamuk|obat serangga|cairan pembersih|pemutih|karbol|porstex|pestisida|
      potas|sianida`),
    quantity: p(
      'banyak|sebotol|sekaligus|semua|semuanya|satu strip|sestrip|segenggam|sebungkus|puluhan|butir|tablet|kapsul|puluh',
    ),
    phone: p('hp*|hape*|handphone*|ponsel*|telepon*|telpon*'),
    seize: p(`diambil|dirampas|dibanting|disita|direbut|dirusak|dipecahin|dipecahkan|disembunyikan|diumpetin|
      ngerampas|merampas|nyita|menyita|sita|disita dia`),
    burn: p('bakar|membakar|dibakar|bakarin|ngebakar|sundut*|disundut*|nyundut*|disetrika|nyetrika'),
    infant: p('bayi|balita|orok|bayinya|bayiku|bayi saya'),
    nobody: p(
      'gak ada orang|ga ada orang|tidak ada orang|tak ada orang|gak ada yang jaga|tidak ada yang menjaga|gak ada siapa siapa|ga ada siapa siapa|tidak ada siapa siapa|tak ada siapa siapa|gak ada yang nungguin|sendirian tanpa orang',
    ),
    pour: p('siram*|disiram|menyiram|nyiram|guyur*|diguyur|disiramin|nyiramin'),
    hot_liquid: p('air panas|air mendidih|minyak panas|minyak goreng panas|air keras|soda api'),
    news: p('berita|beritanya|diberitakan|koran|di tv|di televisi|masuk tv|viral|siaran'),
    channel:
      p(`ff|game ff|semua kontak|ke kontak|kontak hp|kontak saya|kontak sy|kontakku|daftar kontak|seluruh kontak|gps tracker|pelacak gps|pasang gps|dipasang gps|dipasangi gps|masang gps|stalking|distalking|dilacak|melacak lokasi|lacak lokasi|pelacak|spyware|penyadap|disadap|menyadap|doxing|doxxing|didoxing|data pribadi disebar|nomor saya disebar|direct message|pesan pribadi|japri|chat pribadi|status wa|snapgram|grup kelas|grup sekolah|akun|akunnya|mabar|threads|onlyfans|ig|instagram|facebook|fb|wa|whatsapp|tiktok|twitter|telegram|messenger|dm|chat*|grup|group|
      game|game online|free fire|roblox|mobile legends|mobile legend|ml|medsos|media sosial|sosmed|online|video call|vc|michat|aplikasi|
      tinder|pesan|sms|line|discord|youtube|inbox|email|grup kantor|grup keluarga|grup keluarga besar|grup family|komen|komen komen|komentar|kolom komentar`),
    meetup:
      p(`minta pap|minta kirim foto|minta dikirimi foto|suruh kirim foto|disuruh kirim foto|diminta kirim foto|diminta foto|diminta video|minta foto bugil|minta foto telanjang|diminta mengirim foto|ketemuan|ketemu|kenalan|dikenal|kopdar|dijemput|janjian|diajak ketemu|dijanjiin|diajak kabur|ikut orang|
      kabur ikut|minta foto|minta video|diajak|ngajak ketemu|ngajakin ketemu|mau ketemu|berangkat nanti|berangkat malam ini|berangkat sore ini|berangkat hari ini|naik kapal`),
    fear: p('takut|ketakutan|takut banget|panik|gemetar'),
    threat: p(
      'ancam*|diancam*|mengancam*|ngancam*|diancem*|ngancem*|teror|diteror|tau rumah saya|tahu rumah saya|tau rumahku|tahu alamat saya|tau alamat saya|tau alamatku',
    ),
    extortion: p(`peras*|diperas*|memeras*|minta uang|minta duit|kirim uang|transfer|tebusan|bayar|
      sekstorsi|sextortion`),
    kill: p(
      'bunuh*|dibunuh*|membunuh*|habisi*|dihabisi*|menghabisi*|matiin|gak bakal lihat pagi|gak bakal liat pagi|tidak akan lihat pagi|tidak akan melihat pagi|gak bakal lihat besok|gak bakal liat besok|tidak akan lihat besok|tidak akan melihat besok|malam terakhir|nyelesaiin semuanya|nyelesaiin semua|menyelesaikan semuanya|selesaiin semuanya|ngakhirin semuanya|mengakhiri semuanya',
    ),
    self_harm:
      p(`loncat dari jembatan|lompat dari jembatan|terjun dari|akhiri semua*|mengakhiri semua*|gantung diri|mau mati aja|bunuh diri|pengen mati|pengin mati|ingin mati|mau mati|mending mati|lebih baik mati|
      akhiri hidup|mengakhiri hidup|gak mau hidup|tidak mau hidup|tidak ingin hidup|gak pengen hidup|
      capek hidup|pengen ngilang|ingin menghilang|pengen menghilang|mau ngilang aja|ngilang dari dunia|menghilang dari dunia|hilang dari dunia|ilang dari dunia|ilang aja dari dunia|hilang aja dari dunia|ngilang aja dari dunia|lenyap dari dunia|pergi dari dunia|gak mau bangun lagi|tidur selamanya|sayat tangan|menyayat*|melukai diri|lukai diri|nyakitin diri|gantung diri|
      minum racun|potong nadi|nyusul almarhum*|nyusul almh|menyusul almarhum*|obat nyamuk|racun tikus|racun serangga|baygon|nelen obat|menelan obat|telan obat|surat wasiat|surat perpisahan|minum semua obat|nelen semua obat|telan semua obat|obat obatan nyokap|obat obatan mama|obat obatan ibu|kumpulin obat|ngumpulin obat|overdosis|nyilet tangan|nyilet nyilet|menyilet tangan|nyilet lengan|nyilet nadi|nyayat tangan|menyayat tangan`),
    weapon:
      p(`pedang|pisau|piso|peso|golok|parang|celurit|clurit|arit|sabit|gunting|palu|kapak|senjata tajam|sajam|senjata|
      pistol|senapan|bensin|minyak tanah|air keras|air panas|linggis|pentungan|badik|kawali|bedog|benda tajam|barang tajam|yang tajam|buat motong|untuk memotong|buat nyembelih|pisau dapur|botol pecah|pecahan botol|pecahan kaca|dipecahin|minyak panas|minyak goreng panas|air mendidih|setrika panas`),
    confinement:
      p(`tidak diizinkan keluar|gak diizinin keluar|tidak dibolehkan keluar|gak dibolehin keluar|tidak boleh keluar gedung|gak boleh keluar gedung|tidak boleh keluar mess|gak boleh keluar mess|tidak boleh keluar asrama|gak boleh keluar asrama|tidak boleh keluar rumah|gak boleh keluar rumah|dijaga ketat|dijaga satpam|dijaga preman|dikurung di mess|disekap di mess|tidak boleh turun kapal|gak boleh turun kapal|ditahan kapten|ditahan mandor|ditahan bos|ditahan di kapal|ditahan di atas kapal|ditahan di hotel|dikurung di hotel|dikurung di kapal|gak boleh turun dari kapal|tidak boleh turun dari kapal|gak dikasih pulang|tidak dikasih pulang|dikunci|dikurung|dikerangkeng|disekap|penyekapan|tidak boleh keluar|gak boleh keluar|
      tidak bisa keluar|gak bisa keluar|tidak boleh pulang|gak boleh pulang|tidak bisa pulang|
      gak bisa pulang|dilarang keluar|dilarang pulang|disandera|dirantai|diikat|ditahan di|digembok|dikunci dari luar|dikunciin|gak bisa ke mana mana|gak bisa kemana mana|tidak bisa ke mana mana|ngambil kunci|ambil kunci|kuncinya diambil|kunci diambil|gak boleh turun|tidak boleh turun|ngunci aku|ngunci saya|ngunci gue|ngunciin aku|ngunciin saya|mengunci aku|mengunci saya|ngurung aku|ngurung saya|mengurung aku|mengurung saya|nyekap aku|menyekap saya`),
    free_to_leave: p(`bisa keluar|boleh keluar|bisa pulang|boleh pulang|bisa telpon|bisa telepon|pegang hp|
      bebas keluar|bisa pergi|libur|masih bisa wa|masih bisa telpon|bisa wa|masih bisa keluar|boleh ke pasar|bisa ke pasar`),
    hiding: p(
      'sembunyi|bersembunyi|ngumpet|umpet*|mengunci diri|kunci diri|ngunci diri|di kamar kunci pintu|kunci pintu dari dalam|kunci kamar dari dalam|kamar dikunci dari dalam|saya di lemari|aku di lemari|gue di lemari|di dalam lemari|di kolong|kolong kasur|kolong tempat tidur|bawah kasur|bawah ranjang',
    ),
    injury:
      p(`disundut*|nyundut*|muntah terus|gak berhenti muntah|tidak berhenti muntah|muntah muntah|muntah|gak bisa napas|tidak bisa napas|tidak bisa bernapas|susah bernapas|berdarah|darah|pendarahan|perdarahan|pingsan|tidak sadar|gak sadar|tidak sadarkan diri|
      luka bakar|melepuh|patah tulang|patah|tidak bisa bergerak|gak bisa gerak|tidak bisa jalan|
      gak bisa jalan|sesak napas|susah napas|luka parah|kejang|muntah darah|kepalanya bocor|kepala bocor|darahnya|darah netes|darahnya netes|ngucur|mengucur|kulitnya ngelupas|kulit ngelupas|ngelupas|mengelupas|flek|keluar darah|gak bisa berdiri|tidak bisa berdiri|gak bisa bangun|tidak bisa bangun|napasnya aneh|nafasnya aneh|napas tersengal|tidak bernapas|gak napas|ga napas|idak sadar|dak sadar|kepalanya bengkak|kepala bengkak|kepalanya benjol besar`),
    drunk: p('mabuk|mabok|teler|mabuk mabukan'),
    crying: p('nangis*|menangis|tangisan|jerit*|menjerit*|teriak kesakitan'),
    plea: p(
      'minta ampun|nangis minta ampun|ampun pak|ampun yah|ampun bu|ampun ma|jangan pak|jangan yah|jangan ayah|jangan bu|jangan ma|sakit pak|sakit yah|sakit bu|sakit ma',
    ),
    pain: p('sakit|kesakitan|nyeri|perih|merah|luka|bengkak'),
    sex_act: p(
      `hal gitu|hal begitu|hal begituan|ngelakuin itu|melakukan itu|ngelakuin hal gitu|ngelakuin gituan|melakukan hubungan|tidur dengan|tidur sama|tidur bersama|bersetubuh|ngamar|check in|berhubungan intim|melayani nafsu*|hubungan|berhubungan|hubungan badan|begituan|gituan|tidur bareng|ngeseks|melayani dia|layani dia|ngelayanin dia|melayani suami`,
    ),
    pregnant: p('hamil|mengandung'),
    belly: p('perut|perutnya|perutku'),
    forced: p(
      'dipaksa*|paksaan|dipaksakan|memaksakan|secara paksa|paksa paksa|paksa|dipaksa|memaksa|maksa|terpaksa|mau gak mau|mau ga mau|mau tidak mau|mau nggak mau|mau gk mau|suka gak suka|suka tidak suka|harus mau',
    ),
    marriage: p(
      `dijodohkan|dijodohin|menjodohkan|jodohkan|nikah*|menikah*|dinikahkan|nikahin|kawin*|dikawinkan|perkawinan|pernikahan|dinikahin|dinikahi|dikawinin|dikawini`,
    ),
    work: p(
      'abk|kapal ikan|kapal cumi|dipekerjakan paksa|kerja rodi|disuruh kerja|dijadikan pembantu|dijadikan pelayan|jadi pelayan|pelayan kafe|pelayan|pemandu karaoke|pemandu lagu|lc|kerja di kapal|bekerja di kapal|buruh|kuli|angkut|mengangkut|jualan|berjualan|kerja|bekerja|dipekerjakan|jadi pembantu|melayani|kontrak|kontrak kerja|pabrik',
    ),
    scam: p(
      'jadi scammer|menipu orang|nipu orang|investasi bodong|judi online|judol|love scam|romance scam|scam online|disuruh nipu|disuruh menipu|target menipu|target penipuan|operator judi|nipu|menipu|scam|scammer|scamming|penipuan online|kerja scam|perusahaan scam',
    ),
    sale: p('dijual|menjual|jual anak|diperjualbelikan|dibeli'),
    payment: p('terima uang|menerima uang|dapat uang|dikasih uang'),
    trafficking:
      p(`umur saya dipalsukan|umurku dipalsukan|umur aku dipalsukan|umurnya dipalsukan|umur anak saya dipalsukan|dipalsukan di paspor|dipalsukan di ktp|dipalsu di paspor|dipalsuin di paspor|data saya dipalsukan|dokumen saya dipalsukan|umur dipalsukan|umurnya dituakan|umur dituakan|dokumen dipalsukan|paspor palsu|identitas palsu|data dipalsukan|perdagangan orang|perdagangan manusia|tppo|trafficking|human trafficking|kerja paksa|
      eksploitasi|dieksploitasi|perbudakan|budak seks|jerat utang|jeratan utang|ktp palsu|dokumen palsu|umurnya dipalsu*|dipalsukan umurnya|dibikinin ktp|dibuatkan ktp`),
    passport: p('paspor*|passport|ktp|dokumen|ktpku|ijazah*'),
    withhold: p(
      'yg pegang|yang pegang|dia pegang|dia yg pegang|dia yang pegang|agen pegang|calo pegang|dititip|dititipkan|dititipin|titipkan|ditahan|tahan|menahan|nahan|dipegang|disita|sita|diambil|dirampas|disimpan',
    ),
    wage: p('gaji*|upah|bayaran'),
    unpaid:
      p(`ga dibayar|tanpa bayaran|tanpa upah|gaji ditahan|gajinya ditahan|upah ditahan|ga digaji|belum digaji|tidak pernah dibayar|gak pernah dibayar|gaji tidak dibayar|tidak dibayar|gak dibayar|belum dibayar|tidak digaji|gak digaji|tanpa gaji|ditahan|dipotong|
      tidak dikasih`),
    debt: p('utang|hutang|potong gaji|jerat utang|cicil utang|utang*|hutang*'),
    abroad:
      p(`tki|tkw|pmi|bmi|cpmi|luar negeri|malaysia|saudi|arab|hongkong|hong kong|taiwan|singapura|brunei|
      kamboja|myanmar|laos|thailand|filipina|korea|jepang|dubai|qatar|kuwait|oman|turki|kapal ikan|abk|
      penampungan|kbri|timur tengah|myawaddy|shwe kokko|kk park|sihanoukville|poipet|bavet|riyadh|jeddah|tawau|sabah|sarawak|kuching|johor|kuala lumpur|penang|entikong|nunukan`),
    explicit_kdrt: p('kdrt|kekerasan dalam rumah tangga|kekerasan rumah tangga'),
    child_word:
      p(`pernikahan dini|perkawinan dini|nikah dini|kawin dini|nikah di bawah umur|kawin di bawah umur|bocil|abg|anak baru gede|anak sekolah|anak usia dini|anak dibawah umur|dibawah umur|anak sd|anak smp|anak tk|anak gadis|gadis kecil|bocah kecil|bocah laki|bocah perempuan|anak laki laki|anak cewek|anak cowok|keponakan|keponakanku|ponakan|ponakanku|anak|anaknya|anakku|anak anak|anak kecil|balita|batita|bocah|bayi|di bawah umur|bawah umur|
      murid|siswa|siswi|pelajar|santri|santriwati|anak perempuan|anak tiri|anak angkat|masih kecil|remaja|masih sekolah|msh sekolah|masih sekolah sd|bayinya|bayiku`),
    grade: p('sekolah menengah|playgroup|sd|smp|sma|smk|mts|paud|tk|sekolah dasar'),
    grade_word: p('kelas'),
    age_word: p('umur|usia|umurnya|usianya|berumur|berusia|umurku'),
    age_unit: p('tahun|taun|tahunan'),
    when_clause: p('waktu|pas|ketika|saat|semasa|sewaktu|jaman|zaman|dulu pas|dulu waktu'),
    childhood:
      p(`waktu kecil|waktu saya kecil|waktu aku kecil|masa kecil|semasa kecil|pas kecil|waktu saya sd|
      waktu aku sd|waktu sd aku|waktu sd saya|pas sd aku|pas sd saya|waktu smp aku|waktu smp saya|waktu saya smp|waktu aku smp|waktu saya sma|ketika kecil|ketika saya kecil|waktu umur|pas umur|waktu saya umur|waktu aku umur|waktu usia|pas aku umur|pas saya umur|dulu umur`),
    incidental_child:
      p(`hp anak*|punya anak|hak asuh anak*|depan anak*|di depan anak*|depan anak anak|di depan anak anak|disaksikan anak*|
      anak buah|anak kos|anak muda`),
    taken: p(
      'dibawa naik*|diculik|culik*|dibawa kabur|dibawa pergi|dibawa lari|membawa kabur|dijemput|dibawa orang|dipaksa naik|dibawa paksa|diseret|dipaksa ikut|ditarik paksa',
    ),
    stranger: p(
      'gak dikenal|tak dikenal|tidak dikenal|ga dikenal|nggak dikenal|tdk dikenal|gk dikenal|orang tak dikenal|orang gak dikenal|orang tidak dikenal|orang yang tidak dikenal|orang asing|orang gak dikenal|om om gak dikenal',
    ),
    with_child: p(
      'bawa anak|bawa anak anak|bawa anaknya|membawa anak|membawa anak anak|membawa anaknya|ngajak anak|ngajak anak anak|bawa si kecil',
    ),
    missing: p(`hilang|belum pulang|tidak pulang|gak pulang|kabur|minggat|hp nya mati|hpnya mati|
      tidak bisa dihubungi|gak bisa dihubungi`),
    with_perpetrator: p('sama dia|bareng dia|dengan dia|sama bapaknya|sama ayahnya'),
    alone: p(
      'sendirian|ditinggal sendiri*|berdua dengan|berdua sama|berdua doang|berdua aja|berduaan|tidur berdua',
    ),
    abandoned: p(
      'ditelantarkan|dibuang|ditinggal*|ditinggalkan|pergi gak balik|gak balik balik|tidak kembali|minggat',
    ),
    deadline: p(
      'sebelum jam|jam|malam ini|malem ini|hari ini|besok pagi|menit|batas waktu|deadline|sebelum pukul',
    ),
    present: p(
      'tiap beberapa menit|setiap beberapa menit|tiap menit|tiap bentar|sekarang|saat ini|lagi|sedang|masih|detik ini',
    ),
    tonight: p(
      'sejam lagi|satu jam lagi|beberapa jam lagi|sebentar lagi|malam ini|malem ini|nanti malam|nanti malem|hari ini|sore ini|siang ini|nanti sore|nanti siang|jam 3 nanti|hari ini juga|pulang sekolah nanti|subuh ini|subuh nanti|besok subuh|dini hari ini',
    ),
    recent: p(
      'tadi|barusan|tadi pagi|tadi siang|tadi sore|pagi ini|baru saja|baru aja|sejam yang lalu|sejam lalu|beberapa menit lalu|beberapa menit yang lalu|setengah jam lalu|setengah jam yang lalu|tadi sejam',
    ),
    past: p(`waktu itu|saat itu|pas itu|kala itu|dulu banget|dulu|pernah|kemarin|kemaren|kemarin malam|tadi malam|tadi malem|semalam|semalem|minggu lalu|bulan lalu|tahun lalu|
      hari lalu|jam lalu|malam lalu|waktu lalu|sebulan lalu|seminggu lalu|setahun lalu|sehari lalu|yang lalu|dulunya`),
    ongoing_since: p(
      'sejak*|dari kemarin|dari kemaren|dari kemarin sore|dari kemaren sore|dari kemarin malam|dari kemaren malem|dari semalam|dari semalem|dari tadi|dari pagi|berhari hari',
    ),
    habitual: p(`sering|suka|selalu|tiap*|setiap*|tiap hari|setiap hari|tiap malam|berkali kali|seringkali|
      kerap|terus terusan|kadang|kadang kadang|sesekali`),
    safe: p(`aman|sudah aman|udah aman|di rumah teman|di rumah saudara|di rumah ortu|di rumah orang tua|
      di rumah ibu|di rumah nenek|rumah sakit|rumah aman|udah di rumah|sudah di rumah|
      udah ketangkep|sudah ketangkep|udah ditangkap|sudah ditangkap|ditangkap polisi|diamankan polisi|udah dipenjara|sudah dipenjara`),
    ability: p('bisa|boleh|diizinkan|dibolehin|diizinin|ngizinin|mengizinkan|dikasih|izin'),
    // Jambi Malay "kelua" (keluar)
    leave: p('turun|keluar|kelua|pulang|pergi|kabur|lari'),
    endure: p('tahan|kuat|betah|sanggup'),
    life: p('hidup'),
    home: p('rumah|rumahnya|kos|kosan|kontrakan|kamar kos'),
    harm_word: p('kekerasan|korban|kasus|dianiaya|penganiayaan|eksploitasi'),
    negation: p('tidak|gak|tak|bukan|belum|jangan|kagak|ndak|nda|idak'),
    help: p(
      'minta pendampingan|minta bantuan|minta didampingi|tolong|minta tolong|bantu|darurat|sos|cepat|segera',
    ),
    info_request:
      p(`cara lapor|cara melapor|caranya|gimana cara*|bagaimana cara*|prosedur|mau tanya|mau nanya|
      boleh tanya|bisa lapor|kalau ada|jika ada|misalnya|informasi|info|syarat|cak mano`),
    intent: p('mau|ingin|pengen|pengin|akan|bakal|hendak|bisa|pernah|sedang|lagi'),
    first_person: p("saya|aku|ku|ambo|ka'"),
    parent_of:
      p(`anak saya|anakku|anak aku|anak kami|anak perempuanku|anak perempuan saya|anak laki laki saya|
      anak tiri saya|putri saya|putra saya|anak gadis saya|anak ambo`),
    third_party:
      p(`teman kerja|rekan kerja|kawan kerja|teman kantor|rekan kantor|atasan|atasan saya|bos saya|dosen|guru|guru ngaji|ustadz|ustad|pelatih|tetangga saya|kenalan|orang asing|tetangga|teman saya|teman aku|temanku|sahabat saya|kakak saya|adik saya|adikku|kakakku|
      ibu saya|ibuku|keponakan saya|sepupu saya|kenalan saya|ada cewek|ada anak|saya lihat|saya melihat`),
    // Situation parts (situation.ts)
    witness:
      p(`kedengeran|kedengaran|kedenger|terdengar|denger suara|dengar suara|kedengeran suara|barusan liat|barusan lihat|
      baru liat|baru lihat|baru aja liat|baru saja melihat|lagi liat|lagi lihat|sedang melihat|di depan mata saya|depan mata aku|
      di depan mataku|saya saksikan|aku saksikan`),
    here_now:
      p(`di depan pintu|depan pintu|di luar pintu|depan pintu kamar|udah di depan|sudah di depan|udah di sini|sudah di sini|
      udah di rumah|udah sampai|sudah sampai|udah nyampe|udah dateng|sudah datang|udah datang|nunggu di luar|nungguin di luar|
      nunggu di depan|nungguin di depan|ada di luar rumah`),
    last_day: p(
      `tadi malam|tadi malem|semalam|semalem|kemarin|kemaren|kemarin malam|kemaren malem|kemarin sore|kemaren sore`,
    ),
    jump: p(
      `loncat|meloncat|lompat|melompat|terjun|menerjunkan diri|nyebur|menceburkan diri|menjatuhkan diri|jatuhin diri`,
    ),
    high_place: p(
      `jembatan|atap|genteng|rooftop|tebing|jurang|menara|tower|gedung|lantai atas|balkon|flyover|jalan layang`,
    ),
    overdose:
      p(`overdosis|minum obat banyak|minum banyak obat|minum obat sebanyak*|nelen banyak obat|minum sebotol obat|
      minum obat satu strip|minum obat sekaligus|minum pil banyak|nelen pil|nelen obat tidur|minum obat tidur banyak|
      minum obat tidur sebanyak*|abisin obat|ngabisin obat|habiskan obat`),
    immobile:
      p(`gak bisa digerakin|ga bisa digerakin|tidak bisa digerakkan|gak bisa digerakkan|gak bisa gerak|ga bisa gerak|
      tidak bisa bergerak|gak bisa gerakin|tidak bisa menggerakkan|mati rasa|lumpuh|gak kerasa kaki*|tidak terasa kaki*|
      gak bisa berdiri|tidak bisa berdiri|gak bisa bangun|tidak bisa bangun|gak bisa jalan|tidak bisa jalan`),
    phone_taken:
      p(`hp diambil|hp saya diambil|hp aku diambil|hpku diambil|hp gue diambil|hp disita|hp saya disita|hpku disita|
      hape diambil|hape disita|hp dirampas|hp saya dirampas|hp dibanting|hp saya dibanting|hp dirusak|hp dipecahin|
      ponsel diambil|ponsel disita|ngambil hp|ambil hp|nyita hp|rampas hp|ngerampas hp|banting hp|mbanting hp|
      hp ditahan|hp saya ditahan|hpku ditahan`),
    venue: p(
      'tempat hiburan|hiburan malam|klub malam|club malam|diskotik|diskotek|lokalisasi|panti pijat|rumah bordil',
    ),
    custody: p('hak asuh|pengadilan|pengadilan agama|sidang cerai|gugatan cerai'),
    no_harm: p(
      'gak ada kekerasan|tidak ada kekerasan|ga ada kekerasan|nggak ada kekerasan|gk ada kekerasan|tanpa kekerasan|bukan kekerasan',
    ),
    all_of_us: p('kami|kita|kami berdua|kita berdua|kami semua|kita semua|semuanya|semua'),
    serve:
      p(`temani tamu|nemani tamu|temenin om om|nemenin om om|menemani pria|dijadikan pemandu karaoke|dijadikan lc|jadi lc|pemandu karaoke|dijual ke pria|melayani pelanggan pria|melayani hidung belang|layani tamu|melayani tamu|layanin tamu|ngelayanin tamu|nemenin tamu|menemani tamu|temenin tamu|
      layani om om|melayani om om|melayani laki laki|layani laki laki|melayani pria|layani pria|
      dijual ke tamu|dijual ke om om|disuruh layani|dipaksa layani|dipaksa melayani|disuruh melayani`),
    room_entry: p(`masuk kamar|masuk ke kamar|masuk kamarnya|masuk kamarku|masuk ke kamarnya|masuk ke kamarku|
      masuk kamar saya|masuk ke kamar saya|masuk kamar aku|nutup pintu kamar|menutup pintu kamar|nutup pintunya|menutup pintunya|ngunci pintu|mengunci pintu|ngunciin pintu|ngunci pintunya|mengunci pintunya`),
    stay_over: p('nginep|menginap|nginap|bermalam|tidur di rumah|tidur di sana|nginep lagi|menginap lagi'),
    deceived: p(
      'ditawari kerja|ditawarin kerja|dijanjikan kerja|dijanjiin kerja|dijanjikan gaji|iming iming|diiming imingi|lowongan palsu|loker palsu|katanya mau dipekerjakan|dibohongi soal pekerjaan|tidak sesuai janji|gak sesuai janji|beda dari yang dijanjikan|ditipu|tertipu|dibohongi|dibohongin|diboongin|dijanjiin|dijanjikan|katanya kerja|ternyata',
    ),
    kiss: p(
      `cium*|dicium*|mencium*|nyium*|ciumin|diciumin|peluk*|dipeluk*|memeluk*|meluk*|rangkul*|dirangkul*|merangkul*|dikekep|dipangku|mangku`,
    ),
    unwanted: p(
      `tanpa izin|tanpa seizin|tanpa persetujuan|tanpa consent|padahal saya menolak|padahal aku menolak|padahal sudah menolak|padahal udah nolak|sudah menolak|udah nolak|saya menolak|aku menolak|aku nolak|saya nolak|diam diam|tidak mau tapi|gak mau tapi|ga mau tapi|walaupun saya menolak|meskipun saya menolak|di luar kehendak|bertentangan dengan kehendak|tanpa sepengetahuan`,
    ),
    bondage: p(
      `baru boleh pulang|baru bisa pulang|baru dilepas|baru boleh berhenti|baru bisa berhenti|sebelum lunas|belum lunas|harus lunas|sampai lunas|sampai utang lunas|ganti rugi|bayar denda|kena denda|denda|uang tebusan|tebus|harus bayar dulu|bayar biaya pemberangkatan|potong gaji terus|utang biaya|utang tiket|utang pemberangkatan|dibebani utang|terjerat utang|terlilit utang ke|supaya tidak lari|supaya gak lari|supaya nggak lari|supaya tidak kabur|supaya gak kabur|biar gak kabur|biar tidak kabur|biar gak lari|biar nggak kabur|agar tidak kabur|agar tidak lari|supaya saya tidak kabur|supaya saya gak kabur|supaya aku gak kabur|supaya aku tidak kabur|biar saya tidak kabur|biar aku gak kabur|biar aku nggak kabur|supaya saya tidak lari|supaya aku gak lari|biar aku gak lari|supaya kami tidak kabur|biar kami gak kabur`,
    ),
    blackmail: p(`diperas|memeras|diperes|meres|ngeperas|meras|pemerasan`),
    hot_object: p(
      `setrika|strika|setrikaan|besi panas|sendok panas|puntung rokok|pake rokok|pakai rokok|pake puntung|dengan rokok|pakai puntung`,
    ),
    expose: p(
      `memperlihatkan|memamerkan|pamer|pamerin|mamerin|nunjukin|menunjukkan|perlihatkan|memperlihatin|ngeliatin|ngeluarin`,
    ),
    personal_data: p(
      `data|dataku|data saya|data sy|data diri|data pribadi|data pribadiku|alamat rumah|alamat rumahku|alamat kos|nomor hp|no hp|nomor wa|foto ktp|ktp|chat pribadi|chat pribadiku|screenshot chat|ss chat|ss chatku|obrolan pribadi|percakapan pribadi|rahasia aku|rahasia saya|rahasiaku|alamatku|alamat saya|nomor hpku|nomer hpku|nomer hp`,
    ),
    hand: p(`tangan|tanganku|tangannya|tangan saya|tangan aku|lengan|lenganku`),
    search: p(`nyari|nyariin|mencari|nyari nyari|nyariin saya|cari cari|nyamperin`),
    departure: p(
      `berangkat|naik kapal|naik bus|naik pesawat|di pelabuhan|ke pelabuhan|di bandara|ke bandara|di terminal|mau dikirim|akan dikirim|diberangkatkan`,
    ),
    take_along: p(
      `narik|menarik|ditarik|nyeret|menyeret|dimasukkan|dimasukin|masukin|memasukkan|bawa|membawa|dibawa|gendong|menggendong|ngegendong|bawa bawa`,
    ),
  },
};
