import { describe, expect, it } from 'vitest';
import type { CueKind } from '../../src/triage/cue-kinds.js';
import { type Category, triage } from '../../src/triage/index.js';
import { normalize } from '../../src/triage/normalize.js';
import { scan } from '../../src/triage/scan.js';
import type { Language } from '../../src/triage/types.js';

/*
 * Categories by triage-labels.md, one table per category and language: sentences written for
 * these tests from the label definitions (ngoko, krama and krama inggil; loma and lemes; slang),
 * never copied from a labelled example. Each row names the categories that must be found; `other`
 * must stay alone, and a row expecting `other` must get nothing else.
 */
type Row = [text: string, expected: Category[]];

const CATEGORY_TABLES: Record<string, Record<Language, Row[]>> = {
  sexual_violence: {
    id: [
      ['saya dipaksa berhubungan sama atasan saya di kantor', ['sexual_violence']],
      ['ada laki laki memperlihatkan alat kelaminnya ke saya di bus', ['sexual_violence']],
      ['tiap lewat pos ronda saya disiulin dan digodain omongan cabul', ['sexual_violence']],
      ['dosen pembimbing saya minta tidur bareng supaya skripsi saya lulus', ['sexual_violence']],
      ['saya disetubuhi oleh tetangga waktu rumah sepi', ['sexual_violence']],
      ['aku digerayangi di kereta pas penuh', ['sexual_violence']],
      ['teman kantor sering memeluk saya dari belakang padahal saya sudah menolak', ['sexual_violence']],
      ['suami memaksa saya berhubungan padahal saya sedang sakit', ['sexual_violence', 'kdrt']],
      ['adik saya yang kelas 5 sd dicabuli guru ngajinya', ['sexual_violence', 'child']],
      ['anak saya umur 14 mau dinikahkan paksa sama juragan tanah', ['sexual_violence', 'child']],
      ['orang asing kirim foto alat kelamin ke dm instagram saya', ['sexual_violence', 'online']],
      ['saya diperkosa oleh kenalan waktu pulang dari pesta', ['sexual_violence']],
      ['atasan saya sering ngomong mesum dan menyentuh pinggang saya', ['sexual_violence']],
      ['foto saya diedit jadi porno lalu disebar di twitter', ['online', 'sexual_violence']],
      [
        'anak saya 12 tahun diminta kirim foto telanjang oleh orang yang dikenal di game online',
        ['sexual_violence', 'child', 'online'],
      ],
      ['dia mengancam menyebarkan video saya kalau saya tidak transfer uang', ['sexual_violence', 'online']],
      ['bagaimana cara melaporkan pelecehan seksual di kampus?', ['sexual_violence']],
      ['om itu suka ngajak anak saya ke kamar dan menyuruhnya buka celana', ['sexual_violence', 'child']],
      ['anak saya bilang kemaluannya sakit setelah main ke rumah tetangga', ['sexual_violence', 'child']],
      ['pak guru sering memangku murid perempuan kelas 2 dan meraba pahanya', ['sexual_violence', 'child']],
      ['dia sering kirim pesan tidak senonoh ke saya tiap malam lewat wa', ['sexual_violence']],
      ['keponakan saya yang masih SMP hamil, pelakunya pamannya sendiri', ['sexual_violence', 'child']],
      ['saya dipaksa nonton video porno sama pacar saya lalu disuruh niru', ['sexual_violence']],
      ['kak aku td di angkot ada bapak2 yg ngegesek2in badannya ke aku', ['sexual_violence']],
      ['sy dilecehin sm senior di kampus, dia ngechat yg aneh2 trs nyentuh2 pinggang', ['sexual_violence']],
      ['pacar aku maksa aku ngelakuin hal gitu padahal aku belum siap', ['sexual_violence']],
      ['pacar aku maksa aku ngelakuin hal gitu padahal aku gak mau', ['sexual_violence', 'kdrt']],
      ['temen kos sy ngintip sy mandi dan ngerekam pake hp', ['sexual_violence']],
      ['ada akun yg nyebarin video aku lagi ganti baju di grup telegram', ['sexual_violence', 'online']],
      ['bos sy bilang kalau mau naik gaji harus mau diajak ke hotel', ['sexual_violence']],
      [
        'om saya sering masuk kamar adik saya yang kelas 3 SD terus nutup pintunya',
        ['sexual_violence', 'child'],
      ],
      ['sekarang atasan saya masih sering komentar cabul soal badan saya', ['sexual_violence']],
      ['sampai sekarang dia masih kirim pesan tidak senonoh', ['sexual_violence']],
      ['kak skrg ada bapak2 di bus ini lagi pamer alat kelaminnya', ['sexual_violence']],
    ],
    en: [
      ['my manager keeps making sexual comments about my body at work', ['sexual_violence']],
      ['he forced himself on me after the party', ['sexual_violence']],
      ['a man exposed himself to me on the train this morning', ['sexual_violence']],
      ['my husband forces me to have sex when i say no', ['sexual_violence', 'kdrt']],
      ['my landlord said i can pay the rent with sex', ['sexual_violence']],
      ['a coworker kissed me without my consent and keeps trying to touch me', ['sexual_violence']],
      ['my 12 year old niece was molested by her tutor', ['sexual_violence', 'child']],
      ['i was assaulted sexually by a taxi driver last week', ['sexual_violence']],
      ['he is threatening to post my nudes unless i send more', ['online', 'sexual_violence']],
      [
        'a man she met on roblox keeps asking my 11 year old daughter for pictures',
        ['sexual_violence', 'child', 'online'],
      ],
      ['my neighbour made my 8 year old take off her clothes', ['sexual_violence', 'child']],
      ['my boss sends me inappropriate pictures at night', ['sexual_violence']],
      ['the coach keeps asking the 14 year old girls for nudes', ['sexual_violence', 'child']],
      ['my stepbrother keeps coming into the bathroom when i shower', ['sexual_violence']],
      ['someone at the gym keeps sending me unsolicited pictures of his private parts', ['sexual_violence']],
      [
        'my 13 yo son met a guy on discord who now wants to meet him at a hotel',
        ['sexual_violence', 'child'],
      ],
      [
        "my uncle goes into my 10 year old sister's room at night and shuts the door",
        ['sexual_violence', 'child'],
      ],
      ['my coworker is still sending me inappropriate messages right now', ['sexual_violence']],
      ['right now a guy keeps catcalling me outside the shop', ['sexual_violence']],
    ],
    jv: [
      ['aku dipeksa turu karo bosku ning kantor', ['sexual_violence']],
      ['aku diambungi peksa karo kanca kerjoku', ['sexual_violence']],
      ['kula dipun lecehaken kaliyan juragan kula', ['sexual_violence']],
      ['bojoku meksa aku hubungan badan senajan aku lara', ['sexual_violence', 'kdrt']],
      ['anakku sing isih kelas 4 sd dicabuli guru ngajine', ['sexual_violence', 'child']],
      ['putri kula ingkang taksih SMP dipun cabuli tiyang sepuh tanggi', ['sexual_violence', 'child']],
      ['aku diperkosa karo kenalanku wingi', ['sexual_violence']],
      ['kula dipun peksa sare kaliyan majikan kula', ['sexual_violence']],
      ['fotoku diedit dadi saru banjur disebar neng grup wa', ['online', 'sexual_violence']],
      ['kula dipun grayangi tiyang jaler wonten bis', ['sexual_violence']],
      ['juragan kula ngambung kula peksa wonten pawon', ['sexual_violence']],
      ['bos kula asring ngirim pesen saru lan ngajak sare', ['sexual_violence']],
      ['dheweke ngancam arep nyebar fotoku sing wuda yen aku ora mbayar', ['sexual_violence', 'online']],
      ['anakku sing umur 7 taun dikon nyopot kathok karo tanggane', ['sexual_violence', 'child']],
      ['kula dipun cepeng cepeng juragan wonten griyanipun', ['sexual_violence']],
      ['aku diganggu karo wong lanang ning pasar, dheweke nyekeli bokongku', ['sexual_violence']],
      ['kula dipun rangkul lan dipun ambung kaliyan juragan, kula mboten purun', ['sexual_violence']],
      ['putu kula ingkang taksih TK dipun cabuli tanggi', ['sexual_violence', 'child']],
      [
        'bapak tiriku mlebu kamarku saben bengi terus nutup lawang, aku isih SMP',
        ['sexual_violence', 'child'],
      ],
      ['kula dipun perkosa tiyang ingkang mboten kula tepangi', ['sexual_violence']],
      ['kula dipun remet payudara kaliyan tiyang jaler wonten peken', ['sexual_violence']],
      ['foto kula ingkang mboten ngagem rasukan dipun sebar wonten grup WA', ['sexual_violence', 'online']],
    ],
    su: [
      ['abdi dipaksa sare jeung bos di kantor', ['sexual_violence']],
      ['abdi dicium paksa ku babaturan kerja', ['sexual_violence']],
      ['abdi dilecehkeun ku dunungan', ['sexual_violence']],
      ['salaki abdi maksa hubungan badan padahal abdi keur gering', ['sexual_violence', 'kdrt']],
      ['budak abdi nu kelas 3 sd dicabulan ku guru ngajina', ['sexual_violence', 'child']],
      ['abdi diperkosa ku kenalan', ['sexual_violence']],
      ['putri abdi nu yuswana 13 taun dirampa-rampa ku tatangga', ['sexual_violence', 'child']],
      ['poto abdi diedit janten jorang terus disebarkeun di grup wa', ['online', 'sexual_violence']],
      ['abdi digerepe ku lalaki di beus', ['sexual_violence']],
      ['dunungan abdi sok ngirim pesen jorang sareng ngajak kulem', ['sexual_violence']],
      ['putra abdi nu yuswana 10 taun dicabul ku guru ngajina', ['sexual_violence', 'child']],
      [
        'manehna ngancam rek nyebarkeun poto taranjang abdi upami abdi teu mayar',
        ['sexual_violence', 'online'],
      ],
      ['budak abdi nu umur 6 taun dititah muka calana ku tatangga', ['sexual_violence', 'child']],
      ['abdi sok dirampa rampa ku dunungan', ['sexual_violence']],
      ['abdi dirampa-rampa ku lalaki di angkot', ['sexual_violence']],
      ['putri abdi nu nuju kelas 2 SMP dipaksa hubungan badan ku kabogohna', ['sexual_violence', 'child']],
      ['bapa tere sok asup ka kamar adi abdi nu kelas 5 SD terus nutup panto', ['sexual_violence', 'child']],
      ['abdi dirudapaksa ku jalmi nu teu dikenal', ['sexual_violence']],
      ['abdi dirampa dada ku lalaki teu dikenal di pasar', ['sexual_violence']],
      ['poto abdi nu teu nganggo baju disebarkeun di grup WA', ['sexual_violence', 'online']],
    ],
    min: [
      ['ambo dipaso lalok jo bos ambo', ['sexual_violence']],
      ['ambo dicabuli dek urang nan indak ambo kenal', ['sexual_violence']],
      ['adiak ambo nan baru kelas 3 SD dicabuli guru ngajinyo', ['sexual_violence', 'child']],
      ['laki ambo mamaso ambo bahubungan padahal ambo sakik', ['sexual_violence', 'kdrt']],
      ['ambo diperkosa dek kawan karajo ambo', ['sexual_violence']],
      ['bos ambo acok mangirim pesan cabul dan maajak lalok', ['sexual_violence']],
      [
        'inyo maancam ka manyebar foto talanjang ambo kalau ambo indak mambayia',
        ['sexual_violence', 'online'],
      ],
      ['anak ambo nan umua 8 tahun disuruah mambukak sarawa dek tatanggo', ['sexual_violence', 'child']],
      ['ambo dicabuli dek bos di tampek karajo', ['sexual_violence']],
      ['anak ambo nan kelas 4 SD dicabuli dek guru mangajinyo', ['sexual_violence', 'child']],
      [
        'apak tirinyo acok masuak ka kamar adiak ambo nan kelas 4 SD lalu manutuik pintu',
        ['sexual_violence', 'child'],
      ],
      ['ambo dipacik dado dek laki laki nan indak ambo kenal di pasa', ['sexual_violence']],
      ['foto ambo nan indak bapakaian disebar di grup WA', ['sexual_violence', 'online']],
    ],
    bug: [
      ["ana'ku umuru 10 taung nacabuli guru mangajina", ['sexual_violence', 'child']],
      ["lakkaikku napassaka' mallaibini nasaba de' uwelo", ['sexual_violence', 'kdrt']],
      ["iya' nacabuli bos'ku okko kantoro", ['sexual_violence']],
      ["bos'ku nacolek colekka' okko kantoro", ['sexual_violence']],
      ["bos'ku napegang pegangka' okko kantoro", ['sexual_violence']],
      ["naremma' dadaku tau de' uwissengi okko pasa'", ['sexual_violence']],
    ],
  },
  tppo: {
    id: [
      ['paspor saya ditahan dan saya tidak boleh keluar dari mess', ['tppo']],
      ['kami disuruh kerja 18 jam sehari tanpa gaji dan tidak boleh pulang', ['tppo']],
      ['saya harus bayar utang 30 juta dulu baru boleh pulang ke kampung', ['tppo']],
      [
        'saya dijanjikan kerja di restoran di Batam ternyata dipaksa jadi pemandu karaoke dan melayani tamu',
        ['tppo'],
      ],
      ['di Kamboja kami dipaksa menipu orang lewat chat, kalau target tidak tercapai disetrum', ['tppo']],
      [
        'ditawari kerja jadi admin online ternyata disuruh jadi scammer dan tidak boleh keluar gedung',
        ['tppo'],
      ],
      ['kerja di kapal tidak dibayar berbulan bulan, dipukuli dan tidak boleh turun', ['tppo']],
      ['kakak saya kerja di Malaysia, paspornya dipegang majikan dan gajinya tidak dibayar', ['tppo']],
      [
        'anak tetangga umur 15 dibawa orang ke kota dijanjikan kerja ternyata dijadikan pelayan kafe dan disuruh temani tamu',
        ['tppo', 'child'],
      ],
      ['saya pekerja migran di Taiwan, majikan melarang saya keluar rumah dan hp saya disita', ['tppo']],
      ['adik saya dibawa calo ke Malaysia, sekarang dipaksa kerja di perkebunan tanpa gaji', ['tppo']],
      ['kami dikirim ke Myanmar katanya kerja admin, ternyata disuruh menipu orang lewat chat', ['tppo']],
      ['umur saya dipalsukan di paspor oleh sponsor supaya bisa berangkat', ['tppo']],
      [
        'sepupu gw kerja di kamboja, katanya kerja cs di perusahaan it tp ternyata disuruh nipu org, kalo gak capai target dipukul',
        ['tppo'],
      ],
      [
        'teman saya dibawa ke Batam, katanya kerja di restoran, ternyata dipaksa melayani tamu di tempat karaoke',
        ['tppo'],
      ],
      [
        'saya ABK di kapal ikan Taiwan, sudah 8 bulan gaji tidak dibayar dan kapten tidak mengizinkan turun',
        ['tppo'],
      ],
      [
        'ada anak2 umur 14an dibawa calo dari kampung ke jakarta, dipekerjakan di pabrik tanpa gaji dan tinggal di mess yg dikunci',
        ['tppo', 'child'],
      ],
      [
        'saya lihat lowongan kerja di facebook, ternyata dibawa ke Malaysia dan dipaksa kerja tanpa gaji',
        ['tppo'],
      ],
      [
        'kami disuruh nipu orang lewat chat whatsapp tiap hari, kalau menolak disetrum, paspor ditahan',
        ['tppo'],
      ],
      [
        'anak saya 15 tahun mau dinikahkan dengan juragan untuk melunasi utang keluarga',
        ['sexual_violence', 'child', 'tppo'],
      ],
    ],
    en: [
      ['they took our passports and we are not allowed to leave the dormitory', ['tppo']],
      ['i was promised a job in a restaurant but now i am forced to work in a scam compound', ['tppo']],
      ['we work 16 hours a day with no salary and they say we owe them for the flight', ['tppo']],
      ['my sister was lured with a job offer and is now forced into prostitution', ['tppo']],
      [
        'my cousin went to cambodia for a job and now says they beat her if she does not scam people',
        ['tppo'],
      ],
      [
        'i came to dubai for a cleaning job but they kept my passport and i have not been paid in 4 months',
        ['tppo'],
      ],
      [
        'they made us work on the fishing boat 20 hours a day and said we owe them money for the trip',
        ['tppo'],
      ],
      [
        'i answered a job ad on facebook and now they keep me in a house and make me work without pay',
        ['tppo'],
      ],
      ['the company still will not let us go home and our wages are withheld', ['tppo']],
    ],
    jv: [
      ['pasporku dicekel lan aku ora entuk metu saka asrama', ['tppo']],
      ['aku dikon kerja saben dina tanpa bayaran lan ora oleh mulih', ['tppo']],
      ['kula dipun janjeni damel wonten restoran, jebul dipun peksa ngladosi tamu', ['tppo']],
      ['aku kudu nyaur utang disik lagi entuk mulih, saiki dikurung ning mess', ['tppo']],
      ['adhiku kerja neng Malaysia, paspor\u00e9 dicekel majikan lan gajine ora dibayar', ['tppo']],
      ['mbakyuku kerja neng Hongkong, paspor dicekel agensi lan ora oleh metu omah majikan', ['tppo']],
      ['aku dijanjeni kerja neng pabrik, jebul dikon ngladeni tamu lanang ning karaoke', ['tppo']],
      [
        'anakku wedok umur 14 arep dirabekke karo juragan kanggo nyaur utang',
        ['sexual_violence', 'child', 'tppo'],
      ],
      [
        'sedherek kula nyambut damel wonten Malaysia, paspor dipun tahan majikan, bayaranipun mboten dipun paringaken',
        ['tppo'],
      ],
      ['kula dipun kengken nyambut damel saben dinten tanpa bayaran, mboten angsal wangsul', ['tppo']],
    ],
    su: [
      ['paspor abdi ditahan sareng abdi teu meunang kaluar ti asrama', ['tppo']],
      ['abdi dipaksa damel unggal dinten teu dibayar sareng teu meunang uih', ['tppo']],
      ['abdi dijangjikeun damel di restoran, horeng dipaksa ngalayanan tamu', ['tppo']],
      ['lanceuk abdi di Arab teu dibayar 6 sasih sareng pasporna dicekel dunungan', ['tppo']],
      ['lanceuk abdi di Malaysia teu meunang kaluar ti imah dunungan, gajihna teu dibayar 8 sasih', ['tppo']],
      ['abdi dijangjikeun damel di toko, horeng dipaksa ngalayanan tamu lalaki', ['tppo']],
      ['pun lanceuk damel di Arab, paspor ditahan ku dunungan, gajihna teu dipasihkeun', ['tppo']],
      ['abdi dipaksa damel unggal dinten tanpa gajih, teu kenging uih', ['tppo']],
    ],
    min: [
      ['paspor ambo ditahan, ambo indak buliah kalua dari asrama', ['tppo']],
      ['kami dipaso karajo tiok hari indak dibayia, indak buliah pulang', ['tppo']],
      ['dunsanak ambo karajo di Malaysia, pasponyo ditahan tauke dan gajinyo indak dibayia', ['tppo']],
      ['uni ambo karajo di Malaysia, pasponyo dipacik majikan dan indak buliah kalua', ['tppo']],
      ['adiak ambo karajo di Malaysia, paspornyo ditahan majikan, gajinyo indak dibayia', ['tppo']],
    ],
    bug: [
      ["paspor'ku natahangi, de' uwedding massu", ['tppo']],
      ["anrikku majjama okko Malaysia, pasporna natahangi majikanna, de' nawedding massu", ['tppo']],
      ["anri'ku majjama okko Malaysia, pasporna natahangi majikanna, gajina de' nawaja", ['tppo']],
    ],
  },
  child: {
    id: [
      ['anak saya yang masih TK dipukuli bapaknya', ['kdrt', 'child']],
      ['keponakan saya yang baru 5 tahun sering dicubit dan dikurung ibunya', ['kdrt', 'child']],
      ['ada bocil di kampung saya disuruh kerja angkut batu sampai malam', ['child']],
      ['si ABG 15 tahun itu dipukul ayah tirinya', ['kdrt', 'child']],
      ['siswi kelas 8 di sekolah itu sering dibully teman sekelasnya', ['child']],
      ['ibu tiri sering mencubit dan menjewer adik saya yang kelas 1 SD', ['kdrt', 'child']],
      ['pengasuh anak saya ketahuan memukul bayi saya di cctv', ['child']],
      ['anak tetangga umur 12 disuruh kerja di sawah tiap hari sampai tidak sekolah', ['child']],
      ['adek gw 9thn sering ditabok nyokap tiri', ['kdrt', 'child']],
    ],
    en: [
      ['my 9 year old son gets beaten by his stepdad', ['kdrt', 'child']],
      ['the nanny slaps my 2 year old when i am not home', ['child']],
    ],
    jv: [
      ['putra kula ingkang yuswa 6 taun dipun gebug bapakipun', ['kdrt', 'child']],
      ['cah cilik tanggaku saben dina digebugi bapake', ['kdrt', 'child']],
      ['adhiku sing isih kelas 2 SMP digebugi bapak tirine', ['kdrt', 'child']],
      ['putri kula taksih kelas 3 SD dipun tampar ibu tirinipun', ['kdrt', 'child']],
      ['rewang ing omah kula asring nyiksa anak kula sing umur 3 taun', ['child']],
      ['anakku 12thn saben dina digebugi bapake', ['kdrt', 'child']],
      ['lare-lare wonten sekolah menika asring dipun bully kanca-kancanipun, yuswanipun 10 taun', ['child']],
      ['putra kula ingkang yuswa 8 taun dipun siksa bapak tirinipun', ['child', 'kdrt']],
    ],
    su: [
      ['murangkalih abdi nu yuswa 7 taun digebug ku bapana', ['kdrt', 'child']],
      ['budak leutik tatangga unggal poe ditakol ku indungna', ['kdrt', 'child']],
      ['adi abdi nu masih kelas 4 SD sok ditakol ku bapa tere', ['kdrt', 'child']],
      ['pembantu di imah sok neunggeul budak abdi nu umur 4 taun', ['child']],
      ['adi abdi 11 thn sok ditakol ku bapa tere', ['kdrt', 'child']],
      ['murangkalih abdi nu kelas 3 SD sok dibully ku rerencangan sakelasna', ['child']],
    ],
    min: [
      ['anak ketek tatanggo ambo acok dipukua apaknyo', ['kdrt', 'child']],
      ['adiak ambo nan masih kelas 5 SD acok dipukua apak tirinyo', ['kdrt', 'child']],
    ],
    bug: [
      ["ana' baiccu'na tetanggaku nakenna ambo'na", ['kdrt', 'child']],
      ["anrikku kelas 6 SD nakenna ambo' tirina", ['kdrt', 'child']],
    ],
  },
  online: {
    id: [
      ['akun instagram saya dibajak lalu dipakai minta uang ke teman teman', ['online']],
      ['saya dibully terus di grup kelas sampai tidak mau sekolah', ['online']],
      ['mantan saya terus meneror saya lewat dm dan bikin akun palsu atas nama saya', ['online']],
      ['saya diteror terus lewat whatsapp dengan ancaman akan dibunuh', ['online']],
      ['foto saya dipakai untuk akun palsu di facebook untuk menipu orang', ['online']],
      ['mantan saya pasang gps di motor saya dan terus melacak lokasi saya', ['online']],
    ],
    en: [
      ['someone made a fake account with my photos and is messaging my friends', ['online']],
      ['someone hacked my instagram and is posting things as me', ['online']],
      ['my ex installed spyware on my phone and tracks my location', ['online']],
    ],
    jv: [
      ['aku dibully neng grup wa kelas saben dina', ['online']],
      ['akun fesbuk kula dipun bajak lajeng dipun ginakaken nyuwun arta dhateng kanca', ['online']],
    ],
    su: [
      ['abdi dibully di grup wa kelas unggal poe', ['online']],
      ['akun fesbuk abdi dibajak terus dianggo menta artos ka rerencangan', ['online']],
    ],
    min: [['akun facebook ambo dibajak lalu dipakai mamintak pitih ka kawan kawan', ['online']]],
    bug: [['akun facebook-ku nabajak, napake mellau doi ri sellaoku', ['online']]],
  },
  kdrt: {
    id: [
      ['mertua saya sering memukul saya kalau suami tidak di rumah', ['kdrt']],
      ['kakak ipar saya menampar saya di depan keluarga', ['kdrt']],
      ['tunangan saya mencekik saya waktu bertengkar', ['kdrt']],
      ['bagaimana cara melaporkan KDRT?', ['kdrt']],
      ['suami mengusir saya dan anak anak dari rumah tengah malam', ['kdrt']],
      ['ayah mertua sering memaki dan melempar barang ke saya', ['kdrt']],
      ['suami sudah 6 bulan tidak menafkahi saya dan anak anak', ['kdrt']],
      ['cucu saya yang sudah dewasa sering merampas uang pensiun dan memukul saya', ['kdrt']],
    ],
    en: [
      ['my mother in law slaps me whenever my husband is away', ['kdrt']],
      ['my fiance choked me during an argument last week', ['kdrt']],
    ],
    jv: [
      ['maratuwaku saben dina nyeneni lan nggebugi aku', ['kdrt']],
      ['garwa kula asring nampar kula menawi duka', ['kdrt']],
      ['bojoku lunga ora bali wis setaun, ora tau ngirimi duit kanggo anak', ['kdrt']],
      ['rayi kula asring dipun gebug garwanipun', ['kdrt']],
      ['raka kula asring nyiksa kula menawi mendem', ['kdrt']],
      ['garwa kula sampun nem wulan mboten maringi nafkah', ['kdrt']],
    ],
    su: [
      ['mitoha abdi sok neunggeul abdi', ['kdrt']],
      ['caroge abdi nampiling abdi unggal peuting', ['kdrt']],
      ['lanceuk ipar abdi nampiling abdi kamari', ['kdrt']],
      ['rai abdi sok ditampiling ku carogena', ['kdrt']],
      ['raka abdi sok neunggeul abdi upami nuju mabok', ['kdrt']],
      ['pun bojo tos genep sasih teu masihan nafkah ka abdi sareng murangkalih', ['kdrt']],
    ],
    min: [
      ['mamak ambo acok mamukua ambo kalau inyo bangih', ['kdrt']],
      ['urang sumando di rumah amak acok manampa adiak ambo', ['kdrt']],
      ['mamak ambo manampa ambo di muko urang banyak', ['kdrt']],
      ['urang sumando ambo acok mamaki jo mamukua amak ambo', ['kdrt']],
      ['laki ambo alah anam bulan indak mambari balanjo', ['kdrt']],
    ],
    bug: [
      ["matuangku nakennaka' tungke esso", ['kdrt']],
      ["iparku nakennaka' okko bola", ['kdrt']],
      ["lakkaikku de' nabbereang doi' balanja pura enneng uleng", ['kdrt']],
    ],
  },
  other: {
    id: [
      ['halo selamat pagi, kantornya buka jam berapa ya', ['other']],
      ['saya ditipu agen, sudah bayar 10 juta tapi tidak jadi diberangkatkan', ['other']],
      ['saya mau jadi relawan di sini, bagaimana caranya', ['other']],
      ['saya mau tanya soal hak asuh anak setelah cerai, tidak ada kekerasan', ['other']],
      ['mantan suami saya terus datang ke rumah minta uang', ['other']],
      ['saya ditipu agen TKI, sudah transfer 15 juta tapi tidak diberangkatkan', ['other']],
      ['mau tanya alamat kantor UPTD PPA di kabupaten', ['other']],
      ['halo', ['other']],
      ['saya mau konsultasi soal hak asuh anak setelah cerai', ['other']],
      ['saya transfer uang ke LPK untuk kerja di Korea tapi LPKnya tutup', ['other']],
      ['kak boleh tanya syarat jadi relawan pendamping?', ['other']],
      ['tes tes', ['other']],
      ['mantan pacar saya mukul saya waktu ketemu di jalan minggu lalu', ['other']],
      ['suami saya kecanduan judi online dan utangnya banyak', ['other']],
      ['saya mau tanya, kalau telat bayar denda tilang gimana ya', ['other']],
      ['ada lowongan kerja jadi pelayan restoran di kota, syaratnya apa ya', ['other']],
      ['ternyata kantornya sudah pindah ya kak, alamat baru dimana', ['other']],
      ['saya dijodohkan orang tua tapi saya setuju, cuma mau tanya soal administrasi nikah', ['other']],
      ['hp saya ada gps, bisa share lokasi kantor?', ['other']],
      ['saya diteror debt collector pinjol karena telat bayar', ['other']],
      ['akun instagram kantor ini yang resmi apa ya', ['other']],
      ['guru anak saya minta nomor layanan ini untuk sosialisasi di sekolah', ['other']],
      ['saya mau jadi relawan, apakah ada pelatihan di hotel?', ['other']],
      ['diam diam saya ingin tahu cara lapor tanpa ketahuan', ['other']],
    ],
    en: [
      ['thank you for your help yesterday', ['other']],
      ['i paid a recruitment agency 2000 dollars and they disappeared', ['other']],
      ['how can i volunteer with your organisation', ['other']],
      ['is this service free? i just want information', ['other']],
      ['my ex boyfriend punched me last month when we met at a party', ['other']],
      ['my husband gambles online every night and we are in debt', ['other']],
      ['can i bring my kids when i come to the office?', ['other']],
      ['my friend got a job offer in dubai, is it safe? she has not signed anything', ['other']],
      ['what hotel is near your office?', ['other']],
      ['i owe money to a bank, can you help with debt?', ['other']],
    ],
    jv: [
      ['matur nuwun sanget sampun dipun bantu', ['other']],
      ['sugeng enjing, kantor menika bikak jam pinten nggih', ['other']],
      ['nyuwun pirsa, kantoripun wonten pundi nggih', ['other']],
      ['mantan bojoku nggebugi aku pas ketemu ing pasar wingi', ['other']],
      ['kula badhe nyuwun pirsa, menapa wonten pelatihan kerja kangge ibu-ibu', ['other']],
      ['anakku arep kerja neng Jepang, carane daftar sing resmi piye', ['other']],
    ],
    su: [
      ['hatur nuhun pisan kang', ['other']],
      ['punten, kantor dinten minggu buka henteu', ['other']],
      ['punten, bade naros ngeunaan jam buka kantor', ['other']],
      ['abdi hoyong naros ngeunaan lowongan damel di luar negeri nu resmi', ['other']],
    ],
    min: [
      ['tarimo kasih banyak da', ['other']],
      ['assalamualaikum, ambo nio batanyo alamat kantor', ['other']],
      ['ambo nio batanyo, kantua ko bukak hari Sabtu?', ['other']],
      ['ambo nio batanyo caro mandaftar karajo ka Malaysia nan resmi', ['other']],
    ],
    bug: [
      ["tarima kasih ladde'", ['other']],
      ["tabe', aga alamatna kantoro'", ['other']],
      ["tabe', engka ga kantoro'ta okko Masamba?", ['other']],
      ["tabe', pekkogi carana mallapor okko kantoro'ta", ['other']],
    ],
  },
};

/*
 * Word families per language added after blind set 6 (each row a sentence written for this file):
 * asking how to report domestic violence names kdrt; rape words under each language's affixes
 * (ngarudapaksa, mamarkosa); sex forced "like it or not"; a former partner is not family; a parent
 * or spouse who sends no money neglects; a marriage refused or unwanted is forced; extortion with
 * a photo or video held is sextortion; an age spelled out in words is a child's age.
 */
const FAMILY_ROWS: [Language, string, Category[]][] = [
  ['su', 'punten, kumaha carana lapor kekerasan dina rumah tangga?', ['kdrt']],
  ['jv', 'nyuwun pirsa, pripun carane lapor kekerasan wonten ing rumah tangga?', ['kdrt']],
  ['min', 'ambo nio batanyo caro malapor kekerasan dalam rumah tanggo', ['kdrt']],
  ['bug', "tabe', pekkogi carana mallapor kekerasan ri laleng rumah tangga?", ['kdrt']],
  ['su', 'tatangga abdi ngancam bade ngarudapaksa abdi', ['sexual_violence']],
  ['min', 'urang tu maancam ka mamarkosa ambo', ['sexual_violence']],
  ['jv', 'kancane ngancam arep merkosa aku', ['sexual_violence']],
  ['id', 'bosku bilang aku harus tidur sama dia mau gak mau', ['sexual_violence']],
  ['jv', 'bose ngomong aku kudu turu karo dheweke gelem ora gelem', ['sexual_violence']],
  ['su', 'bos nyarios abdi kudu sare jeung manehna daek teu daek', ['sexual_violence']],
  ['min', 'bos mangecek ambo harus lalok jo inyo nio indak nio', ['sexual_violence']],
  ['en', 'my boss says i have to sleep with him whether i like it or not', ['sexual_violence']],
  ['jv', 'tilas semah kula ngancam badhe nyebaraken foto kula', ['sexual_violence', 'online']],
  ['id', 'suami sudah setahun gak pernah kirim duit, anak saya 3 tahun', ['kdrt', 'child']],
  ['su', 'salaki abdi teu ngirim artos tos sataun, budak abdi umur 4 taun', ['kdrt', 'child']],
  ['min', 'laki ambo alah sataun indak mangirim pitih, anak ambo umua 5 tahun', ['kdrt', 'child']],
  ['bug', "lakkaikku de' nakiring doi' siseng taung, ana'ku umuru 3 taung", ['kdrt', 'child']],
  ['id', 'saya dikunci bapak saya karena gamau dinikahin sama juragan', ['kdrt', 'sexual_violence']],
  ['min', 'ambo dikunci apak dek ambo indak nio dinikahan', ['kdrt', 'sexual_violence']],
  ['jv', 'aku arep dirabekake karo bapak, aku ora gelem', ['kdrt', 'sexual_violence']],
  ['su', 'abdi diperes ku urang nu gaduh video abdi', ['sexual_violence', 'online']],
  ['id', 'saya diperas kenalan dari aplikasi, dia punya video saya', ['sexual_violence', 'online']],
  ['min', 'ambo diparas dek kenalan, inyo punyo video ambo', ['sexual_violence', 'online']],
  ['en', 'a man is blackmailing me, he has a video of me', ['sexual_violence', 'online']],
  ['id', 'adik saya yang tiga belas tahun dipukul ayah tiri', ['kdrt', 'child']],
  ['jv', 'adhiku umur telulas taun digebuki bapak tirine', ['kdrt', 'child']],
  ['su', 'adi abdi nu yuswana tilu welas taun ditampiling ku bapa tere', ['kdrt', 'child']],
  ['min', 'adiak ambo umua tigo baleh tahun dipukua apak tirinyo', ['kdrt', 'child']],
  ['bug', "anri'ku umuru'na seppulo tellu taung nakenna ambo' tirinna", ['kdrt', 'child']],
  ['en', 'my little brother, seven years old, was hit by our stepdad', ['kdrt', 'child']],
  // genitals shown; a touch on a body part with its clitic; a partner spreading the writer's photos
  ['su', 'aya lalaki nu sok mamerkeun kamaluanana ka barudak sakola', ['sexual_violence']],
  ['jv', 'ana wong lanang nuduhke wadine neng pinggir dalan', ['sexual_violence']],
  ['en', 'a man flashed his genitals at me at the bus stop', ['sexual_violence']],
  ['jv', 'mandor kerep ngremet bokongku nek lembur', ['sexual_violence']],
  ['bug', "mantang lakkaikku nasebbara' fotoku ri grup fesbuk", ['sexual_violence', 'online']],
  ['su', 'urut kabogoh abdi nyebarkeun poto abdi di grup WA', ['sexual_violence', 'online']],
  ['en', 'my ex is sharing my photos in a group chat', ['sexual_violence', 'online']],
  ['min', 'adiak ambo acok dicolek dek urang di pasa', ['sexual_violence']],
  ['id', 'ada akun minta transfer kalo gak video call saya disebar', ['sexual_violence', 'online']],
  ['id', 'anak saya waktu kelas 5 dipukul gurunya', ['child']],
  ['bug', "etta'ku biasa mabbampa emma'ku narekko macai", ['kdrt']],
  ['min', 'nenek ambo umua 80 acok dicaruti dek anak bujangnyo', ['kdrt']],
  // euphemisms for sexual abuse ("digituin", "diapa-apain") in every language
  ['jv', 'adhiku umur 10 digituni pakdhene', ['sexual_violence', 'child']],
  ['jv', 'anakku umur 8 diapak-apakke tanggane', ['sexual_violence', 'child']],
  ['su', 'budak abdi umur 8 dikitu-kituan ku tatangga', ['sexual_violence', 'child']],
  ['su', 'adi abdi umur 10 diapa-apakeun ku mamangna', ['sexual_violence', 'child']],
  ['min', 'anak ambo umua 8 diapo-apoan dek tatanggo', ['sexual_violence', 'child']],
  ['min', 'adiak ambo umua 10 dibuek baitu dek mamaknyo', ['sexual_violence', 'child']],
  ['bug', "ana'ku umuru 8 taung nagaukeng aga-aga tetanggae", ['sexual_violence', 'child']],
  ['en', 'my 10 year old niece says her uncle did things to her', ['sexual_violence', 'child']],
  // peeping at someone bathing; invited to a hotel for a raise
  ['bug', "tetanggaku naintip ka' mandi", ['sexual_violence']],
  ['min', 'bos ambo maajak ambo ka hotel kalau nio naiak gaji', ['sexual_violence']],
  ['bug', "bos'ku naajakka' lao ri hotel narekko melo ka' naiki gajiku", ['sexual_violence']],
  ['su', 'bos ngajak abdi ka hotel upami hoyong naek gajih', ['sexual_violence']],
  // asking how to report a kind of case gets that kind: Minang pa- nouns, the writer's photos spread
  ['min', 'baa caronyo malapor palecehan di kampus?', ['sexual_violence']],
  ['min', 'anak ambo umua 9 tahun jadi korban kakerasan di sikola', ['child']],
  ['bug', "indo'ku riuno ambo'na wenni", ['kdrt']],
  ['bug', 'nagoncingika majikakku, de nawedding massu, naalai hpku', ['tppo']],
  ['min', 'awak dikunci dek majikan, ndak buliah kalua', ['tppo']],
  ['su', 'kumaha carana lapor upami poto abdi disebarkeun di medsos?', ['online']],
  ['id', 'foto saya disebar di grup WA sama orang', ['online']],
  // groping verbs of the raba family
  ['bug', "bos'ku naraba ka' ri gudang", ['sexual_violence']],
  ['su', 'abdi diraba ku bos di gudang', ['sexual_violence']],
  // a touch said twice is groping
  ['min', 'adiak ambo acok dipacik-pacik dek guru lesnyo', ['sexual_violence']],
  ['jv', 'aku dicekel-cekel karo tanggaku neng gang', ['sexual_violence']],
  ['id', 'keponakan saya dipegang2 sama tukang parkir', ['sexual_violence']],
  // children taken off to a job; a bride's father paid; an age with a pronoun before the number
  ['en', 'a man is taking two girls, maybe 14 years old, to a job in batam', ['tppo', 'child']],
  ['en', 'her father already took the money, she is 15 and will be married tomorrow', ['tppo', 'child']],
  ['su', 'umur urang 15, dikonci ku bapa di gudang', ['kdrt', 'child']],
  ['min', 'adiak ambo umua 16 kini di palabuhan jo calo, ka naiak kapa ka Malaysia', ['tppo', 'child']],
  // control: kept from family or friends, the phone checked; shouting harsh words
  ['id', 'suami melarang saya ketemu keluarga, hp saya dicek tiap malam', ['kdrt']],
  ['en', 'my wife checks my phone every day and will not let me see my family', ['kdrt']],
  ['jv', 'bojoku ngekang aku, ora oleh ketemu kanca', ['kdrt']],
  ['su', 'salaki abdi ngekang abdi, teu kenging pendak sareng kulawarga', ['kdrt']],
  ['min', 'laki ambo acok mahariak ambo jo kato kasa', ['kdrt']],
  ['bug', "lakkaikku de' nawedding sita sellaku, naperiksa hp-ku", ['kdrt']],
  ['en', 'my neighbour is always shouting at his wife at night', ['kdrt']],
  // learner English: verbs without -s ("control my money", "call me stupid")
  ['en', 'my husband control my money and call me stupid every day', ['kdrt']],
  // a partner running off with the savings
  ['min', 'laki ambo mambaok lari pitih tabungan ambo', ['kdrt']],
  ['su', 'salaki abdi mawa kabur artos tabungan abdi', ['kdrt']],
  ['id', 'suami bawa kabur uang tabungan saya, sekarang gak tau di mana', ['kdrt']],
  ['en', 'my husband ran off with my savings and left me with the kids', ['kdrt']],
  ['id', 'suami selalu membentak saya di depan anak-anak', ['kdrt']],
  ['jv', 'bojoku kerep mbentak-mbentak aku neng ngarep anak', ['kdrt']],
  ['su', 'salaki abdi sok nyentak abdi di payuneun murangkalih', ['kdrt']],
  // a passport held, in lemes and krama
  ['su', 'lanceuk abdi damel di Saudi, paspor dicepeng ku majikan', ['tppo']],
  ['jv', 'rayi kula nyambut damel wonten Taiwan, paspor dipun cepeng majikan', ['tppo']],
  // doxing: an address or personal data spread over an app; humiliated in a group chat
  ['su', 'data pribadi abdi disebarkeun di tiktok, alamat imah abdi oge', ['online']],
  ['min', 'alamat rumah ambo disebar di fesbuk dek urang', ['online']],
  ['id', 'alamat kos aku disebar di twitter sama akun anonim', ['online']],
  ['en', 'someone posted my home address on facebook', ['online']],
  ['bug', "ana'ku ripakasiri' ri grup WA kelasna tungke esso", ['online']],
  // private chats spread in a group; stalking on an app; a hacked account
  ['id', 'dia nyebarin chat pribadi aku ke grup kelas', ['online']],
  ['jv', 'chat pribadiku disebar neng grup kelas', ['online']],
  ['su', 'anjeunna nyebarkeun chat pribadi abdi ka grup', ['online']],
  ['min', 'inyo manyebar chat pribadi ambo ka grup WA', ['online']],
  ['bug', 'nasebbarang chat pribadiku ri grup WA', ['online']],
  ['id', 'ada yang terus nge-stalk ig aku dan dm aku tiap hari pake akun baru', ['online']],
  ['bug', "akun fesbukku ribajak, napake mellau doi' ri sellaku", ['online']],
  // a debt with its possessive ending (hutangna, utangnyo, utange) binds the worker
  ['su', 'lanceuk abdi damel di kebon sawit, teu kenging uih samemeh hutangna lunas', ['tppo']],
  ['min', 'kakak ambo karajo di kabun sawit, indak buliah pulang sabalum utangnyo lunas', ['tppo']],
  ['jv', 'kakangku kerja neng kebon sawit, ora oleh mulih sakdurunge utange lunas', ['tppo']],
  // a child sold abroad with no age is still a child
  ['id', 'anak saya dijual ke Malaysia buat kerja di karaoke', ['tppo', 'child']],
  // (after train10) personal data spread to the phone's contacts is doxing
  ['id', 'penagih pinjol mau nyebar data saya ke semua kontak', ['online']],
  ['jv', 'wong pinjol ngancam arep nyebar dataku neng kabeh kontak', ['online']],
  ['min', 'urang pinjol ka manyebar data ambo ka sadonyo kontak', ['online']],
  ['en', 'the loan app people said they will spread my data to all my contacts', ['online']],
  // a passport handed over ("dititipkan", "nataro") to an agent is a passport held
  ['id', 'katanya kerja di Malaysia tapi paspor harus dititipkan ke agen', ['tppo']],
  ['jv', 'jare kerja neng Taiwan, paspore kudu dititipke agen', ['tppo']],
  ['min', 'karajo di Malaysia, tapi paspor dititipan ka agen', ['tppo']],
  ['bug', "paspor'ku nataro agen ri Malaysia", ['tppo']],
  // trafficking named in krama and lemes
  ['jv', 'kula badhe nyuwun pirsa bab perdagangan tiyang', ['tppo']],
  ['su', 'abdi hoyong naros ngeunaan perdagangan jalmi', ['tppo']],
  // insults from family, affixed
  ['id', 'ibu mertua ngehina saya terus di depan tetangga', ['kdrt']],
  ['jv', 'bojoku saben dina dipisuhi bapakne', ['kdrt']],
  ['su', 'indung kuring diomongan ku bapa unggal poe', ['kdrt']],
  ['bug', "lakkaikku nacacimaki iya' tiap esso", ['kdrt']],
  // children made to busk or beg by their parents
  ['id', 'adik-adik saya disuruh ngamen sama bapak sampai malam', ['kdrt']],
  ['jv', 'bocah bocah cilik dikon ngamen karo wong tuane', ['kdrt', 'child']],
  ['su', 'budak leutik dititah ngamen ku bapana', ['kdrt', 'child']],
  ['bug', "ana'-ana' baiccu' nasuro mangamen tomatoanna", ['kdrt', 'child']],
  ['en', 'my mother in law kicked me out and took my jewelry', ['kdrt']],
  // a body rubbed against someone, the rub said twice
  ['jv', 'ana wong nggesek gesek awake neng aku ning sepur', ['sexual_violence']],
  ['min', 'urang tu manggesek gesek badannyo ka ambo di bis', ['sexual_violence']],
  ['bug', "urane nagosok gosok alena ri iya' okko bis", ['sexual_violence']],
  ['id', 'ada cowok gesek gesekin badannya ke saya di kereta', ['sexual_violence']],
  ['en', 'a man kept rubbing himself against me on the train', ['sexual_violence']],
  ['en', 'my sister was drugged and assaulted at a club', ['sexual_violence']],
  // extortion at school, a pinch, an impersonation
  ['su', 'anak abdi sok dipalak ku kakak kelasna', ['child']],
  ['id', 'anak saya dipalak kakak kelas tiap hari', ['child']],
  ['su', 'aya nu ngaku ngaku jadi kuring di WA menta duit', ['online']],
  ['su', 'kabogoh kuring nyiwit nepi ka bengep', ['kdrt']],
  ['bug', "ana'ku nacubi' gurunna", ['child']],
  [
    'en',
    'they promised me a shop job but now i am locked in and made to sit with guests',
    ['tppo', 'sexual_violence'],
  ],

  // sold to an entertainment venue: sexual exploitation as well as trafficking
  ['id', 'kakak saya dulu dijual ke tempat hiburan di kalimantan', ['sexual_violence', 'tppo']],
  ['jv', 'mbakyuku didol menyang panggonan hiburan neng Batam', ['sexual_violence', 'tppo']],
  ['min', 'kakak ambo dijua ka tampek hiburan di Batam', ['sexual_violence', 'tppo']],
  ['en', 'my cousin was sold to a nightclub in Batam last year', ['sexual_violence', 'tppo']],
  // a rub said twice with a suffix, a euphemism, a hand inside clothes
  ['jv', 'ana wong nggesek2ke sikile neng pupuku ning sepur', ['sexual_violence']],
  ['min', 'urang tu manggesek-gesekan badannyo ka ambo di bis', ['sexual_violence']],
  ['id', 'guru les anak saya digituin dia di kamar', ['sexual_violence', 'child']],
  [
    'en',
    'my neighbour put his hand in her pants when she was playing there, she is 7',
    ['sexual_violence', 'child'],
  ],
  // crew not allowed off a boat; ages falsified by a recruiter; a recruiter taking a child to work
  ['en', 'my brother is a deckhand and the captain says nobody is allowed off the boat', ['tppo']],
  ['bug', "saudaraku ABK, mandor de' nabolehkan turun ri kapal", ['tppo']],
  ['en', 'a recruiter is making fake IDs for the girls in our village with older ages', ['tppo']],
  ['min', 'calo tu mambaok anak SMP karajo ka lua pulau, umuanyo dipalsuan', ['tppo', 'child']],
  ['id', 'calo mau bawa adik saya yang 14 tahun kerja ke batam', ['tppo', 'child']],
  // a child married off for money: sale of a child
  ['su', 'budak kuring 15 taun rek dikawinkeun ka juragan, kolotna geus dibayar', ['tppo', 'child']],
  ['en', 'my 15 year old sister is being married off to an old man who paid my father', ['tppo', 'child']],
  ['su', 'urang dipaksa poto buligir ku bos', ['sexual_violence']],
  // a threat to kill everyone there, with a child named beside the writer: the child is at risk
  [
    'id',
    'suami ngamuk bawa golok, saya sama anak 5 tahun di kamar, dia bilang mau bunuh kami semua',
    ['kdrt', 'child'],
  ],
  ['en', 'my husband says he will kill us all, I am in the car with my 4 year old', ['kdrt', 'child']],
  ['jv', 'bojoku ngamuk arep mateni kabeh, aku karo anakku cilik neng kamar', ['kdrt', 'child']],
  ['bug', "lakkaikku maelo napamate maneng, iya' sibawa ana'ku baiccu' okko kamar", ['kdrt', 'child']],
  ['su', 'salaki abdi ngamuk rek maehan urang kabeh, abdi sareng budak leutik di kamar', ['kdrt', 'child']],
  // a relative working as ship crew is the worker, not the one who harms
  ['en', 'my brother is crew on a fishing boat, the captain beats them and nobody is allowed off', ['tppo']],
  ['su', 'adi abdi di kapal cumi, dipeupeuh kapten, teu kenging uih', ['tppo']],
  ['id', 'adik saya abk kapal ikan, dipukuli kapten dan gak boleh turun', ['tppo']],
  // the agent right after a passive verb ("ditinggal bojo"), a parent in chat spelling ("ortunya")
  ['jv', 'aku ditinggal bojo setaun ora dikirimi duit blas', ['kdrt']],
  ['su', 'abdi ditinggalkeun salaki, teu dibere nafkah', ['kdrt']],
  ['id', 'anak2 kecil disuruh ngamen sama ortunya sampai malam', ['kdrt', 'child']],
  ['bug', 'makkunrai ri seddena nacekik pacarna', ['kdrt']],
];

// (after train10) custody disputes with no violence, and a joke marked by a laughing emoji, are
// `other` (triage-labels.md), in every language.
const OTHER_ROWS: [Language, string][] = [
  ['id', 'saya dan mantan istri rebutan hak asuh anak di pengadilan agama, gak ada kekerasan'],
  ['jv', 'aku karo mantan bojoku rebutan hak asuh bocah, ora ana kekerasan'],
  ['su', 'kuring jeung urut salaki keur rebutan hak asuh budak di pengadilan, teu aya kekerasan'],
  ['en', 'my ex and I are fighting over custody of our son in court, no violence, what can I do'],
  ['bug', "lakkaikku de' nabelliangnga' es krim, KDRT iyaro? 😂"],
  ['min', 'laki ambo indak namuah mambalian sate, KDRT ko? 🤣'],
];
// ...and what they must not read in: a former spouse is not family, refusing to remarry is a
// choice, an adult's age spelled out is not a child's.
const FAMILY_NEVER: [string, Category][] = [
  ['tilas garwa kula ngancam kula lewat WA', 'kdrt'],
  ['bekas laki ambo maancam ambo di fesbuk', 'kdrt'],
  ['saya tidak mau menikah lagi setelah cerai', 'sexual_violence'],
  ['adik saya umur dua puluh tiga tahun dipukul pacarnya', 'child'],
  ['suami saya upload foto anak kami di facebook', 'sexual_violence'],
  // a son or daughter working abroad, with no age, is a grown migrant
  ['anak saya kerja di Korea, sudah setahun gak ada kabar dari PT-nya', 'child'],
  ['putri abdi damel di Malaysia, paspor dicepeng ku dunungan', 'child'],
  ['kakak ambo karajo di kabun sawit, indak buliah pulang sabalum utangnyo lunas', 'kdrt'],
  // a family chat group is not a relative; a message sent to a relative names no doer; Sundanese
  // "adi abdi istri" is a younger sister, not a wife
  ["mantang pacarku nasebbara' fotoku ri grup keluarga", 'kdrt'],
  ['urut kabogoh urang ngirim pesen ancaman ka indung urang via ig', 'kdrt'],
  ['adi abdi istri diancam ku babaturan kantorna via WA', 'kdrt'],
  ['my wife insult me in front of children every day', 'child'],
  ['saya mau lapor, perlu bawa KTP dan nomor hp?', 'online'],
  // a hand held is not a person held; "secretly" three clauses on refuses nothing
  ['bos acok mamacik tangan ambo jo mangecek jorok', 'tppo'],
  [
    'kawan ambo dikurung, paspor dipacik agen, indak buliah kalua, inyo mangirim pesan diam2',
    'sexual_violence',
  ],
  // the relative is the child taken, not the one who took them
  ['adiak ambo umua 7 tahun dibaok urang indak dikenal dari sikola', 'kdrt'],
  ["anri'ku umuru 7 taung riala tau de' uwissengi", 'kdrt'],
  // an adult's school years after "when", and an adult age spelled with the tens in one word
  ['dulu wkt sy SD sering dipukul paman, skrg sy udah kerja', 'child'],
  ['baheula pas SMP abdi kungsi dirampa ku guru, ayeuna tos damel', 'child'],
  ["umuru'ku duappulo lima taung, nacabuli bos'ku", 'child'],
  ['aya nu nyebarkeun screenshot chat kuring jeung kabogoh ka grup sakola', 'sexual_violence'],
  // sending data to a contact list is no harm
  ['tolong kirim data laporan ke semua kontak relawan', 'online'],
  ['can i send my data to your contact list', 'online'],
  // working at a venue, going to a club, a beating said twice
  ['kakak saya kerja di tempat hiburan, gajinya lumayan', 'sexual_violence'],
  ['i go to the club every saturday with friends', 'sexual_violence'],
  ['nakenna-kennai lakkainna makkokkoe', 'sexual_violence'],
  // a custody case the writer says has no violence is other; a blow named with it is not
  ['rebutan hak asuh anak, gak ada kekerasan, tapi mantan suami mukul anak kemarin', 'other'],
  ['suami saya ngancam ambil hak asuh anak dan mukulin saya tiap malam', 'other'],
  // the writer's own children now, the blows in their childhood
  ['baheula indung sok neunggeul kuring, ayeuna kuring geus boga anak sorangan', 'child'],
  ['biyen bapak kerep nggebugi aku, saiki aku wis duwe anak dhewe', 'child'],
  // a threat to kill the writer alone, the children elsewhere
  ["my husband says he will kill me, the kids are asleep at my mother's", 'child'],
  ['suami mau bunuh saya, anak-anak lagi di rumah nenek', 'child'],
  ['my brother is crew on a fishing boat, the captain beats them and nobody is allowed off', 'kdrt'],
  ['adi abdi di kapal cumi, dipeupeuh kapten, teu kenging uih', 'kdrt'],
  ['adik saya abk kapal ikan, dipukuli kapten dan gak boleh turun', 'kdrt'],
  // a parent asking for help is the one reporting
  ['murid SD dicubit guru minggu lalu, ortunya minta pendampingan', 'kdrt'],
  ['anak tetangga dipukul gurunya kemarin, ibunya minta tolong ke saya', 'kdrt'],
  // the writer taking their own child along is no recruiter moving a child
  ['saya bawa anak ke tempat kerja karena majikan suruh lembur malam ini', 'tppo'],
];

describe('word families per language (after set 6)', () => {
  it.each(OTHER_ROWS)('%s: other: %s', (_language, text) => {
    expect(triage(text).categories).toEqual(['other']);
  });
  it.each(FAMILY_ROWS)('%s: %s', (_language, text, expected) => {
    const { categories } = triage(text);
    expect(categories).toEqual(expect.arrayContaining(expected));
    expect(categories).not.toContain('other');
  });
  it.each(FAMILY_NEVER)('%s is not %s', (text, category) => {
    expect(triage(text).categories).not.toContain(category);
  });
});

describe('categories per language (triage-labels.md)', () => {
  for (const [part, byLanguage] of Object.entries(CATEGORY_TABLES)) {
    for (const [language, rows] of Object.entries(byLanguage)) {
      if (rows.length === 0) continue;
      it.each(rows)(`${part} (${language}): %s`, (text, expected) => {
        const { categories } = triage(text);
        if (expected.includes('other')) expect(categories).toEqual(['other']);
        else {
          expect(categories).toEqual(expect.arrayContaining(expected));
          expect(categories).not.toContain('other');
        }
      });
    }
  }
});

/** The cue kinds the lexicons of `language` (with id and en) find in `text`. */
function kinds(text: string, language: Language): Set<CueKind> {
  return new Set(scan(normalize(text), language).hits.map((hit) => hit.kind));
}

/*
 * The indicator parts the category rules compose, per language: a kiss or a touch is sexual only
 * when forced or unwanted; leaving only once a debt is paid is bondage; a job promised and then
 * something else is deception.
 */
const INDICATORS: Record<Language, [CueKind, string][]> = {
  id: [
    ['kiss', 'dia mencium saya di gudang'],
    ['unwanted', 'padahal saya sudah menolak'],
    ['bondage', 'saya baru boleh pulang kalau utang lunas'],
    ['deceived', 'saya dijanjikan kerja di pabrik'],
    ['unpaid', 'sudah tiga bulan tidak digaji'],
  ],
  en: [
    ['kiss', 'he kissed me in the storeroom'],
    ['unwanted', 'he did it without my consent'],
    ['bondage', 'we cannot leave until we pay it back'],
    ['deceived', 'she was lured with a job offer'],
    ['unpaid', 'we have not been paid for months'],
  ],
  jv: [
    ['kiss', 'aku diambungi karo bose'],
    ['kiss', 'kula dipun rangkul juragan'],
    ['unwanted', 'senajan aku nolak'],
    ['bondage', 'aku kudu nyaur utang disik'],
    ['deceived', 'kula dipun janjeni damel'],
    ['unpaid', 'wis telung sasi ora digaji'],
  ],
  su: [
    ['kiss', 'abdi dicium ku bos'],
    ['unwanted', 'padahal abdi nolak'],
    ['bondage', 'abdi kakara meunang balik lamun hutang lunas'],
    ['deceived', 'abdi dijangjikeun damel di pabrik'],
    ['unpaid', 'tos tilu sasih teu digajih'],
  ],
  min: [
    ['kiss', 'ambo dipaluak dek bos'],
    ['unwanted', 'padahal ambo manolak'],
    ['bondage', 'ambo baru buliah pulang kalau utang lunas'],
    ['deceived', 'ambo dijanjian karajo di pabrik'],
    ['unpaid', 'alah tigo bulan indak digaji'],
  ],
  bug: [
    ['kiss', "naciumi ka' bos'ku"],
    ['unwanted', "de' uwelo"],
    ['bondage', 'mabbayara inreng'],
    ['deceived', 'ripajanjiangi jama'],
    ['unpaid', "de' nawaja gajiku"],
  ],
};

describe('category indicator parts per language', () => {
  for (const [language, rows] of Object.entries(INDICATORS) as [Language, [CueKind, string][]][]) {
    it.each(rows)(`${language}: %s in "%s"`, (kind, text) => {
      expect(kinds(text, language)).toContain(kind);
    });
  }
});

/*
 * What the labels exclude: a kiss or a hug that nobody refused, a colleague named next to work,
 * fee fraud, a parent making their own child beg, an adult's own school years.
 */
const NEVER: [text: string, category: Category][] = [
  ['ibu mencium anaknya sebelum berangkat sekolah', 'sexual_violence'],
  ['my mom hugged me when i got home', 'sexual_violence'],
  ['aku diajak teman kerja makan siang, terus dipaksa bayar semua', 'tppo'],
  ['saya korban penipuan lowongan kerja ke jepang, uang 20 juta hilang', 'tppo'],
  ['aya budak dipaksa ngamen ku kolotna unggal poe', 'tppo'],
  ['i was bullied online in high school, it still affects me', 'child'],
  ['kula dipun rangkul ibu kula nalika wangsul', 'sexual_violence'],
];

describe('what the labels exclude', () => {
  it.each(NEVER)('%s is not %s', (text, category) => {
    expect(triage(text).categories).not.toContain(category);
  });
});

/*
 * `other` is never urgent: a danger told with a partner named beside it is `kdrt`, also when the
 * place before the partner belongs to someone else ("di rumah tetangga, suami nyariin saya").
 */
const URGENT_WITH_FAMILY: Record<Language, string> = {
  id: 'tolong saya lagi sembunyi di rumah tetangga, suami nyariin saya bawa golok',
  en: "i am hiding at my neighbour's house, my husband is looking for me with a knife",
  jv: 'kula ndhelik wonten griyanipun tanggi, garwa kula madosi kula mbekta arit',
  su: 'abdi nyumput di imah tatangga, salaki abdi milarian abdi mawa bedog',
  min: 'ambo basambunyi di rumah tatanggo, laki ambo mancari ambo mambao piso',
  bug: "massubbu ka' ri bola tetanggaku, lakkaikku massappa ka' mattiwi badik",
};
const URGENT_SELF_HARM_WITH_PARTNER: [Language, string][] = [
  ['id', 'udah gak sanggup sama kelakuan suami, malam ini aku mau loncat dari jembatan'],
  ['en', 'my husband says nobody would miss me, i took all my sleeping pills tonight'],
  ['jv', 'aku wis ora kuat karo bojoku, bengi iki aku arep mlumpat saka kreteg'],
  ['su', 'abdi tos teu kiat ku salaki, peuting ieu abdi rek luncat ti sasak'],
];

describe('an urgent message is never other', () => {
  it.each(Object.entries(URGENT_WITH_FAMILY))('%s: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain('kdrt');
  });

  it.each(URGENT_SELF_HARM_WITH_PARTNER)('%s: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toEqual(['kdrt']);
  });

  it.each([
    ['su', 'kadenge ti imah gigireun aya awewe ngajerit menta tulung, siga keur digebugan'],
    ['min', 'tadanga dari rumah sabalah ado padusi bakuak mintak tolong, sarupo dipukua'],
    ['bug', 'urengkalinga pole bola ri seddena engka makkunrai mangngi mellau tulung, nakennai'],
    ['jv', 'krungu saka omah sebelah ana wong wedok njerit njaluk tulung, koyok digebuki'],
    ['en', 'i can hear a woman screaming for help next door, sounds like she is being beaten'],
  ])('%s: a beating heard in a house with nobody named is kdrt: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain('kdrt');
  });

  it.each([
    ['id', 'kakak saya di jembatan bawa bayinya, bilang mau lompat'],
    ['su', 'lanceuk abdi aya di sasak mawa orokna, nyarios bade luncat'],
    ['min', 'kakak ambo di jambatan mambaok bayinyo, bakato ka malompek'],
    ['en', 'my sister is on the bridge carrying her baby, says she will jump'],
  ])('%s: a mother about to jump with her baby puts the child at risk: %s', (_language, text) => {
    const result = triage(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toEqual(expect.arrayContaining(['kdrt', 'child']));
  });

  it('should leave a self-harm message that names nobody as other', () => {
    const result = triage('aku mau loncat dari jembatan malam ini');
    expect(result.urgent).toBe(true);
    expect(result.categories).toEqual(['other']);
  });
});

/*
 * Indicator kinds from train11's category misses, each in every language (sentences written for
 * this file): a tracking app on a partner's phone (online, kdrt), remarks on the body and a child
 * asked to bathe together (sexual), contraception or sterilisation forced (sexual), lies or
 * impersonation over an app (online), wages held so the worker will not run and a contract
 * extended by force (tppo, no recruiter named).
 */
const INDICATORS_11: [Language, Category[], string][] = [
  ['id', ['kdrt', 'online'], 'suami diam diam masang aplikasi pelacak di hp saya'],
  ['en', ['kdrt', 'online'], 'my husband put a spy app on my phone to see where i go'],
  ['jv', ['kdrt', 'online'], 'bojoku masang aplikasi pelacak neng hpku'],
  ['su', ['kdrt', 'online'], 'salaki masang aplikasi palacak dina hp abdi'],
  ['min', ['kdrt', 'online'], 'laki ambo mamasang aplikasi palacak di hp ambo'],
  ['bug', ['kdrt', 'online'], 'lakkaikku napasang aplikasi pelacak okko hp-ku'],
  ['id', ['sexual_violence'], 'atasan saya di toko suka ngomong jorok soal badan saya'],
  ['en', ['sexual_violence'], 'my supervisor keeps making comments about my body at the warehouse'],
  ['jv', ['sexual_violence'], 'mandorku kerep ngomong saru marang aku nek aku lagi kerja neng gudang'],
  ['su', ['sexual_violence'], 'bos di toko sok omongan jorang ka kuring'],
  ['min', ['sexual_violence'], 'bos di kadai acok bakato kato cabul ka ambo'],
  ['bug', ['sexual_violence'], "bos'ku sering ada ada maja lao ri iya'"],
  ['su', ['sexual_violence', 'child'], 'guru ngaji budak kuring umur 9 sok ngajak mandi bareng'],
  ['id', ['kdrt', 'sexual_violence'], 'mertua maksa saya pasang kb spiral padahal saya tidak mau'],
  [
    'en',
    ['kdrt', 'sexual_violence'],
    'my mother in law is forcing me to get sterilized and i do not want it',
  ],
  ['jv', ['kdrt', 'sexual_violence'], 'bojoku meksa aku masang kb spiral, aku ora gelem'],
  ['su', ['kdrt', 'sexual_violence'], 'salaki maksa abdi masang kb'],
  ['min', ['kdrt', 'sexual_violence'], 'laki ambo mamaso ambo mamasang kb spiral'],
  ['bug', ['kdrt', 'sexual_violence'], "lakkaikku napaksa-ka' mappasang kb"],
  ['id', ['online'], 'ada yang nyebar fitnah soal saya di grup facebook desa'],
  ['en', ['online'], 'someone is spreading lies about me in the class whatsapp group'],
  ['jv', ['online'], 'ana wong nyebar fitnah bab aku neng grup wa'],
  ['min', ['online'], 'ado urang manyebar fitnah tantang ambo di grup wa'],
  ['su', ['online'], 'aya nu ngaku pulisi di wa, ngancam bakal nangkep kuring'],
  ['bug', ['online'], "akun fb-ku nibajak ri tau de' uisseng"],
  ['en', ['online'], 'someone made a fake instagram with my pictures'],
  ['id', ['tppo'], 'saya kerja di toko bangunan, gaji saya ditahan supaya saya tidak kabur'],
  ['en', ['tppo'], 'i work at a bakery and the owner holds my salary so i won’t run'.replace('’', "'")],
  ['jv', ['tppo'], 'aku kerja neng toko, gajiku ditahan ben ora mlayu'],
  ['su', ['tppo'], 'kuring digawe di warung, gajih ditahan sangkan teu kabur'],
  ['min', ['tppo'], 'ambo karajo di kadai, gaji ditahan supayo indak lari'],
  ['bug', ['tppo'], "majjama-ka' okko toko, gajiku natahan supaya de' lari"],
  ['id', ['tppo'], 'suami saya abk, kontrak diperpanjang paksa oleh kapten'],
  // bruises on a wife or mother reported by a neighbour or the RT: kdrt
  ['id', ['kdrt'], 'pak rt, ada tetangga yang sering ribut, istrinya sering lebam'],
  ['en', ['kdrt'], 'the woman next door often has bruises and her husband shouts at night'],
  ['jv', ['kdrt'], 'tanggaku kerep geger, bojone kerep biru biru'],
  ['su', ['kdrt'], 'tatangga sok gelut, pamajikanana sok bengep'],
  ['min', ['kdrt'], 'tatanggo acok bacakak, bininyo acok lebam'],
  ['bug', ['kdrt'], "engka tetanggaku sering sisala, bainena sering lebam, aga carana melapor'"],
  // rape told by its euphemism behind a locked door
  ['id', ['sexual_violence'], 'dua tahun lalu bos ngunci pintu terus maksa aku.'],
  ['min', ['sexual_violence'], 'bos di kadai mangunci pintu lalu mamaso ambo.'],
  // a drink spiked; images of children sold
  ['en', ['sexual_violence'], 'someone spiked my drink at the party last week'],
  ['id', ['sexual_violence'], 'minuman saya dicampur obat sama teman kantor'],
  ['jv', ['sexual_violence', 'online'], 'ana akun telegram sing adol video bocah bocah'],
  ['id', ['sexual_violence', 'online'], 'ada akun telegram yang jual video anak anak'],
  // "we know where you live" in the comments
  ['en', ['online'], 'strangers on instagram keep saying they know where i live'],
  ['su', ['online'], 'di tiktok aya nu ngomong nyaho imah kuring'],
];

// An adult telling of abuse at a stated childhood age ("waktu umur 12", "pas umur 13", "when I was
// 11"): sexual violence, not a child case now.
const CHILDHOOD_AGE: [Language, string][] = [
  ['id', 'saya dilecehkan guru les waktu umur 11, sekarang saya sudah kuliah'],
  ['en', 'i was molested by my coach when i was 12, now i am 30 and still have nightmares'],
  ['jv', 'aku dicabuli tanggaku pas umur 10, saiki aku wis nyambut gawe'],
  ['su', 'abdi dicabul ku tatangga basa umur 9, ayeuna abdi tos damel'],
  ['min', 'ambo dicabuli urang kampuang wakatu umua 10, kini ambo alah karajo'],
];

// Blood in a small child's underwear; a girl or child taken off to a secluded place by someone
// not of the family; sex forced on a wife ("forced to serve him"); a teen to be sold to guests.
const SEXUAL_11: [Language, string][] = [
  ['id', 'anak saya 4 tahun pulang main, ada darah di celana dalamnya'],
  ['en', 'my 5 year old came back from the neighbours with blood in her underwear'],
  ['jv', 'anakku wedok umur 5 mulih dolan, ana getih neng cawete'],
  ['su', 'budak abdi umur 5 uih ulin, aya getih dina calana jerona'],
  ['min', 'anak ambo umua 5 pulang bamain, ado darah di saluanyo'],
  ['bug', "ana'ku umuru' 5 lisu mabbaine, engka dara ri celanana"],
  ['id', 'barusan ada pria bawa anak perempuan kecil ke rumah kosong belakang pasar'],
  ['jv', 'ana wong lanang nggawa bocah wedok menyang omah kosong mburi pasar'],
  ['en', 'a man just carried a little girl into an empty building near the market'],
  ['min', 'laki ambo mamaso ambo malayani inyo padohal ambo sakik'],
  ['id', 'suami maksa saya melayani dia padahal saya baru melahirkan'],
  ['min', 'adiak ambo umua 16 ka dijua ka tamu di hotel malam ko'],
];

describe('sexual violence indicators from train11 in every language', () => {
  it.each(SEXUAL_11)('%s: %s', (_language, text) => {
    expect(triage(text).categories).toContain('sexual_violence');
  });
  it('should not read a child taken to the family garden, or pants alone, as sexual', () => {
    expect(triage('aku nggawa anakku menyang kebon mbahe').categories).not.toContain('sexual_violence');
    expect(triage('anak saya umur 4 celananya basah terus, normal gak ya').categories).not.toContain(
      'sexual_violence',
    );
  });
});

describe('abuse told at a childhood age is not a child case now', () => {
  it.each(CHILDHOOD_AGE)('%s: %s', (_language, text) => {
    const categories = triage(text).categories;
    expect(categories).toContain('sexual_violence');
    expect(categories).not.toContain('child');
  });
});

describe('train11 indicator kinds in every language', () => {
  it.each(INDICATORS_11)('%s: %j in "%s"', (_language, expected, text) => {
    const categories = triage(text).categories;
    for (const category of expected) expect(categories, JSON.stringify(categories)).toContain(category);
  });
  it('should not read a contraception question, or an app on the writer’s own phone, as harm', () => {
    expect(triage('saya mau tanya kb spiral aman gak buat ibu menyusui').categories).toEqual(['other']);
    expect(triage('mau tanya alamat kantor uptd ppa').categories).toEqual(['other']);
  });
});

/*
 * Indicators checked one by one after blind set 12's figures (written from triage-labels.md, not from any
 * labelled message): a photo of genitals sent, a touch word family (Minang "santuah"), krama
 * "dipun sade" (sold), Bugis "ipassa" (forced), "ribully", "narekang" while bathing ("cemme"),
 * catcalling ("risuiti"), an agent with a suffix ("agen'e"), and several categories at once.
 */
const INDICATORS_12: [Language, Category[], string][] = [
  ['id', ['sexual_violence', 'online'], 'orang asing kirim foto alat kelamin ke dm instagram saya'],
  ['jv', ['sexual_violence', 'online'], 'ana wong ngirim foto kemaluane neng dm igku'],
  ['su', ['sexual_violence', 'online'], 'aya jalma ngirim poto kamaluanana ka dm ig abdi'],
  ['min', ['sexual_violence', 'online'], 'ado urang mangirim foto kamaluannyo ka dm ig ambo'],
  ['bug', ['sexual_violence', 'online'], 'engka tau makkirim foto kemaluanna lao ri dm ig-ku'],
  [
    'en',
    ['sexual_violence', 'online'],
    'some guy keeps sending me dick pics on insta even after i blocked him',
  ],
  ['min', ['sexual_violence'], 'ambo disantuah-santuah dek bos ambo di kadai'],
  ['jv', ['sexual_violence'], 'kula dipun grayangi kalih juragan kula wonten griyanipun'],
  ['su', ['sexual_violence'], 'abdi dirampa-rampa ku dunungan di bumina'],
  ['bug', ['sexual_violence'], "bos'ku napegang-pegangi tubuku ri toko"],
  ['bug', ['sexual_violence'], "tungke liwe'ka ri sudu' risuitiki sibawa riada-adai maja"],
  ['bug', ['sexual_violence', 'online'], "narekangka' bos'ku wettu cemme'ka"],
  ['jv', ['sexual_violence', 'online'], 'aku direkam meneng meneng pas adus karo juraganku'],
  ['su', ['sexual_violence', 'online'], 'abdi direkam cicingeun waktu mandi ku dunungan'],
  ['min', ['sexual_violence', 'online'], 'ambo direkam diam diam wakatu mandi dek induak samang'],
  ['id', ['sexual_violence'], 'bos sering ngajak aku check in, kalo nolak diancam dipecat'],
  ['bug', ['online', 'child'], 'anakku kelas 5 sd sering ribully sellaona ri grup wa'],
  [
    'min',
    ['online', 'child'],
    'anak ambo kelas 5 sd acok dibully kawannyo di grup wa sampai indak namuah sakola',
  ],
  ['jv', ['tppo'], 'kula dipun sade dhateng tiyang kangge nyambut damel wonten kapal, mboten angsal wangsul'],
  ['bug', ['tppo'], "ipassaka majjama ri kapal bale, de' nabayara gajiku, de' nawelaiki lisu"],
  ['su', ['tppo'], 'abdi dipaksa damel di kapal ikan teu dibayar jeung teu kenging uih'],
  ['min', ['tppo'], 'ambo dipaso karajo di kapa ikan, gaji indak dibayia, indak buliah pulang'],
  ['bug', ['tppo'], "harus upuppui inrengku lao ri agen'e rioloe nappa wedding lisu"],
  ['min', ['tppo'], 'ambo harus mambayia utang ka agen dulu baru buliah pulang kampuang'],
  ['jv', ['tppo'], 'kula kedah nyaur utang dhateng agen rumiyin sakderengipun angsal wangsul'],
  ['su', ['tppo'], 'abdi kudu mayar hutang ka sponsor heula samemeh meunang mulang'],
  ['min', ['tppo'], 'ambo dijanjian karajo di lua nagari, kini paspor ambo ditahan dek induak samang'],
  ['bug', ['tppo'], "ripajanjiangi jama ri wanua laing, paspor'ku natahangi bos'ku"],
  ['jv', ['tppo', 'child'], 'anakku umur 15 arep didol karo calo menyang batam'],
  ['su', ['tppo', 'child'], 'budak abdi umur 14 rek dijual ku calo ka batam'],
  ['min', ['tppo', 'child'], 'anak ambo umua 15 ka dijua dek calo ka batam'],
  ['bug', ['tppo', 'child'], 'anakku umuru 15 taung maelo nabalu calo lao ri batam'],
  ['jv', ['tppo', 'sexual_violence'], 'mbakyuku dijanjeni kerja neng restoran jebul dipeksa dadi psk'],
  ['su', ['tppo', 'sexual_violence'], 'teteh abdi dijangjikeun damel di rumah makan horeng dipaksa jadi psk'],
  ['min', ['tppo', 'sexual_violence'], 'uni ambo dijanjian karajo di rumah makan, ruponyo dipaso jadi psk'],
  ['bug', ['tppo', 'sexual_violence'], 'daengku ripajanjiangi jama ri warung, nappa ipassa jaji psk'],
  [
    'jv',
    ['sexual_violence', 'online', 'child'],
    'wong neng game online njaluk foto wuda marang anakku umur 11',
  ],
  [
    'su',
    ['sexual_violence', 'online', 'child'],
    'jalma di game online menta poto taranjang ka budak abdi umur 11',
  ],
  [
    'min',
    ['sexual_violence', 'online', 'child'],
    'urang di game online mintak foto talanjang ka anak ambo nan baru umua 11',
  ],
  [
    'bug',
    ['sexual_violence', 'online', 'child'],
    'engka tau ri game online mellau foto malaccu lao ri anakku umuru 11 taung',
  ],
  [
    'en',
    ['sexual_violence', 'online', 'child'],
    'a man on roblox asked my 10 yo daughter to send pictures without clothes',
  ],
  ['id', ['sexual_violence', 'online', 'child'], 'adekku masih smp diajak vcs sama om2 di ff'],
  ['jv', ['online'], 'ana wong gawe akun palsu nganggo fotoku terus njaluk duit marang wong wong'],
  ['su', ['online'], 'aya nu nyieun akun palsu make poto abdi terus menta duit ka batur'],
  ['min', ['online'], 'ado urang mambuek akun palsu pakai foto ambo trus mamintak pitih ka urang-urang'],
  ['bug', ['online'], 'engka tau mappaddupa akun palsu pake foto’ku nappa mellau doi'],
  // From train12's misses, by word family (new sentences): groping 'narapa'', a thigh 'paho',
  // posting 'mamposting', our video ('video kami'), 'ngapa2ke', a hand under a skirt, remarks on
  // the body, filming up a skirt, stealthing, 'dipaso baitu', 'sesrawungan' forced.
  ['bug', ['sexual_violence'], "engka tau narapa' dadaku ri pasar"],
  ['bug', ['sexual_violence', 'online'], "sellaoku marekam ka' wettu cemme' nappa nasebbarang ri fb"],
  ['min', ['sexual_violence'], 'urang di bus mamacik paho ambo'],
  ['min', ['sexual_violence', 'online'], 'mantan laki ambo mamposting video kami ka grup wa'],
  ['id', ['sexual_violence', 'online'], 'mantan nyebarin video kami ke grup fb'],
  ['jv', ['sexual_violence', 'kdrt', 'child'], 'pakdheku ngapa2ke aku wiwit aku kelas 7'],
  ['jv', ['sexual_violence'], 'ana wong lanang tangane mlebu rokku neng bis'],
  ['jv', ['sexual_violence'], 'mandor ngomongke susuku neng ngarepe kanca kanca'],
  ['en', ['sexual_violence', 'online'], 'someone filmed up my skirt on the train'],
  ['en', ['sexual_violence'], 'my neighbour stood at the window touching himself while looking at me'],
  ['en', ['sexual_violence'], 'my boyfriend removed the condom without telling me'],
  ['en', ['sexual_violence'], 'my coworker keeps commenting on my body'],
  ['su', ['sexual_violence', 'online'], 'aya nu ngarekam rok abdi ti handap di angkot'],
  ['min', ['sexual_violence'], 'ambo dipaso baitu dek bos ambo'],
  ['jv', ['sexual_violence'], 'bojoku meksa sesrawungan padahal kula mboten purun'],
  // Online and tppo from train12's misses, by family: a cloned account or one made with the
  // writer's photo, a partner reading chats or fitting a GPS, 'dibuly', 'diolok', held on a boat
  // ('indak buliah naiak ka darek'), a 'ponggawa'.
  ['en', ['online'], 'someone cloned my instagram and is asking my friends for money'],
  ['su', ['online'], 'aya nu nyieun akun fb make poto abdi terus menta duit'],
  ['bug', ['online'], 'engka tau mappake fotoku ri fb mellau pulsa'],
  ['min', ['online', 'kdrt'], 'laki ambo mambaco chat ambo tiok malam'],
  ['bug', ['online', 'kdrt'], "lakkaikku napasang gps ri motoro'ku"],
  ['en', ['online', 'kdrt'], 'my husband makes me share my location all day'],
  ['min', ['online', 'child'], 'anak ambo kelas 2 SMP dibuly di grup WA kelasnyo'],
  ['jv', ['online', 'child'], 'anakku kelas 8 diolok olok neng grup wa kelase'],
  ['min', ['tppo'], 'laki ambo karajo di kapa ikan, indak buliah naiak ka darek, gaji indak dibayia'],
  ['bug', ['tppo'], "ponggawa lopi de' nawedding naik ri darat lakkaikku, engka inrenna"],
  // A photo of a child's body asked for; sex as the price of a raise or bonus (min).
  ['jv', ['sexual_violence', 'online', 'child'], 'anakku kelas 5 dijaluki foto dhadhane karo wong neng ff'],
  ['min', ['sexual_violence'], 'bos ambo bakato ka mambari bonus kalau ambo namuah tidua jo inyo'],
  // A passport someone 'has' or 'yg pegang'; fake IDs for a trip.
  ['en', ['tppo'], 'i ran from the agent in johor, he has my passport and is looking for me'],
  ['id', ['tppo'], 'aku kabur dari penampungan, paspor dia yg pegang'],
  [
    'en',
    ['tppo', 'child'],
    'a man is taking two 15 year old girls to batam tonight for factory work with fake ids',
  ],
];

describe('indicator kinds of the spec, checked one by one, in every language', () => {
  it.each(INDICATORS_12)('%s: %j in "%s"', (_language, expected, text) => {
    const categories = triage(text).categories;
    for (const category of expected) expect(categories, JSON.stringify(categories)).toContain(category);
  });
  it('should not read a photo of a body part that is not intimate, or a job abroad, as harm', () => {
    expect(triage('anak ambo mangirim foto tangannyo nan lucu ka grup keluarga').categories).toEqual([
      'other',
    ]);
    expect(triage('uni ambo karajo di lua nagari, baa caronyo mangirim pitih?').categories).toEqual([
      'other',
    ]);
  });
});
