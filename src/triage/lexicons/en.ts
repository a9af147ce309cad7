import { type Lexicon, phrases as p, weights } from './lexicon.js';

/**
 * English, including learner English and chat contractions (expanded by shorthand.ts). Note the
 * false friend `sing` (Javanese "who/which") is deliberately not an English marker.
 */
export const EN_LEXICON: Lexicon = {
  language: 'en',
  markers: weights(`
    i:1 my:1.2 me:1 the:1.2 is:1 was:1 and:0.8 to:0.6 of:0.8 a:0.5 she:1 he:1 her:1 his:1
    help:0.8 please:1 now:0.6 not:0.6 do:0.6 am:1 are:1 you:1 your:1 with:0.8 in:0.6 on:0.6 at:0.6
    for:0.6 it:0.8 this:0.8 that:0.8 hi:0.6 hello:1.2 thanks:1.2 thank:1.2 what:1 how:1 can:0.8
    will:0.8 have:0.8 has:0.8 they:1 we:0.8 our:1 been:1 by:0.6 from:0.6 but:0.5 if:0.6 want:0.8
    good:0.8 morning:0.8 test:0.5 keeps:1 husband:0.6 someone:1 there:1 since:1 who:1 where:1
  `),
  cues: {
    joke: p('haha|hahaha|lol|lmao|just kidding|jk|kidding|joking'),
    partner: p('husband|wife|boyfriend|girlfriend|fiance|fiancee|partner|bf|gf|hubby'),
    others_partner: p(
      'his wife|her husband|his girlfriend|her boyfriend|his gf|her bf|his partner|her partner|his fiancee|her fiance',
    ),
    kin: p(`father|dad|daddy|stepdad|stepfather|mother|mom|mum|stepmom|stepmother|brother|sister|
      brother in law|sister in law|father in law|mother in law|uncle|aunt|auntie|grandpa|grandfather|
      grandma|grandmother|cousin|parents|parent|older brother|stepbrother|fathers|dads|stepdads|stepfathers|uncles|grandpas|grandfathers`),
    not_family: p(`ex|ex boyfriend|ex husband|ex wife|ex girlfriend|former husband|mom boyfriend|
      mother boyfriend|mum boyfriend`),
    agent:
      p(`mandor|employer|boss|agency|agent|recruiter|sponsor|broker|pimp|madam|captain|company|supervisor|foreman|
      manager|training center`),
    violence:
      p(`dragging|dragged|drags|pinch*|tasered|taser|electrocuted|electric shock*|burned me with|cigarette burns|whipped|hit|hits|hitting|beat|beats|beating|beaten|punch*|slap*|kick*|threw|assault*|attack*|stab*|
      cut|burned|burnt|abuse*|hurt|hurts|hurting|smack*|whip*|bash*|violent|violence|tortur*|throwing things|throwing stuff|throws things|threw things|threw stuff|bruises|bruised|bruise|slammed her|slammed me|slammed him|slammed into|threw her against|threw me against|threw her on|threw me on|threw the baby|thrown against|threw her to|threw me to|broke my arm|broke her arm|broke my nose|broke her nose|broke my ribs|broke her ribs|broke my jaw|dragged me|dragging me|dragged her|dragging her|dragged by her hair`),
    acute:
      p(`trying to get in|trying to get into|get into my room|forcing the door|force the door|break the door|breaking the door|break in|breaking in|broke in|banging on the door|banging|
      trying to break|chasing me|chasing|on his way|on her way|coming over|coming here|raging|screaming|looking for me|coming for me|attacking|walking behind me|following me|been following|still behind me|hitting the gate|banging the gate|kicking the door|kicking the bathroom door|kicking my door|trying to open my|trying to open the|trying to open her`),
    approach:
      p(`coming back|coming again|on the way here|on the way over|on the way back|on the way home|heading here|
      heading over|heading home|driving here|driving over|almost here|nearly here|almost home|be here soon|be here in|
      be home soon|home soon|back soon|is back|is back again|outside my door|outside the door|outside my house|
      outside the house|outside my room|at the door|at my door|at the front door|at the gate|in front of my house|
      in front of the house`),
    strangle: p(
      'chok*|strangl*|by the throat|throat|squeezed her neck|squeezes her neck|squeezed my neck|grabbed her neck|hands around her neck|hands around my neck',
    ),
    psych:
      p(`gaslight*|stalking me|stalks me|stalker|tracking my phone|tracking my location|tracks my phone|tracks my location|spyware|stalkerware|tracker on|gps tracker|reads my messages|doxx*|doxing|leaked my address|posted my address|controls*|insult*|worthless|calls me useless|called me useless|calls me stupid|calls me names|humiliat*|threaten*|yell*|mock*|abuse*|controlling|verbal abuse|does to me|did to me|
      emotional abuse|torment*|won't let me see|will not let me see|does not let me see|doesn't let me see|checks my phone|isolates me|isolated me|not allowed to see my family|not allowed to see my friends|shouting at|shouts at|shouted at|yelling at|yells at|yelled at|screaming at|screams at|screamed at|control my money|control my phone|control me|call me stupid|call me names|call me useless|call me bitch|insult me|shout at me|yell at me|threaten me|humiliate me`),
    neglect:
      p(`made to beg|forced to beg|telling me to get out|told me to get out|kicked me out|kicks me out|threw me out|throws me out|locked me out|locks me out|controls my money|takes my salary|took my salary|will not let me work|wont let me work|beg|begging|sent money|send money|no money|abandon*|neglect*|left alone|leave them alone|left us|no food|
      hungry|starving|child support|let me work|forbids me to work|never sends money|never sent money|does not send money|stopped sending money|no child support|ran off with my money|ran away with my money|ran off with my savings|ran away with my savings|took all my savings|stole my savings|spent all my savings`),
    sexual:
      p(`touching himself|masturbating in front|removed the condom|took off the condom|stealthing|hand in her pants|hand in his pants|hands in her pants|hand down her pants|hand inside her pants|hand up her skirt|hand under her skirt|rubbed himself against|rubbing himself against|drugged and assaulted|drugged and raped|comes into the bathroom when|coming into the bathroom when|came into the bathroom when|walks in on me|watches me shower|watches me in the shower|watched me shower|peeps at me|peeping|peeping tom|voyeur*|invited me to a hotel|asked me to go to a hotel|take me to a hotel|took me to a hotel|to a hotel room|rubbing himself|rubbed himself|rubs himself|rubbed against me|rubbing against me|grinding on me|undress*|take off her clothes|take off my clothes|took off my clothes|took off her clothes|pulled down my pants|pulled down her pants|pulled down my underwear|pulled down her underwear|inappropriate messages|inappropriate photos|inappropriate pictures|inappropriate things|inappropriate comments|sexting|sexted|asked for nudes|asks for nudes|oral sex|blow job|blowjob|private area|private areas|forced contraception|forced sterilization|forced sterilisation|made me watch porn|makes me watch porn|shows me porn|showed me porn|sexual torture|sexual slavery|forced prostitution|unsolicited|explicit messages|explicit pictures|forced himself on|forced herself on|forces himself on|forcing himself on|exposed himself|exposes himself|exposing himself|exposed his|flashed me|flashed his|flashing|masturbat*|upskirt*|creepshot*|catcall*|wolf whistl*|unwanted advances|sexual advances|lewd|indecent*|touched inappropriately|touching inappropriately|inappropriate touching|sexual favo*|in exchange for sex|for sex|spiked my drink|spiked her drink|drugged me and|date rape|revenge porn|groomer|grooms|sexually|prostitution|forced into prostitution|sell her body|sell my body|sex work|trafficked for sex|rapist|raping|sodomi*|incest|sexual exploitation|rape*|raped|molest*|sexual*|harass*|grope*|groped|touched me|touches me|touching me|
      touches her|touched her|touches him|touched him|touches students|touching students|touched students|touches the kids|touches kids|touches children|touches girls|nude*|naked|porn*|dick pic*|dirty pictures|
      dirty messages|sex|prostitut*|grooming|groomed|inappropriately|sextort*|private photos|intimate|dirty jokes|sexual jokes|jokes about my body|comments about my body|doing things to me|does things to me|did things to me|did things to her|did things to him|does things to her|does things to him|doing things to her|did stuff to her|does stuff to her|touched her there|touched him there|touches her there|put something in my drink|drugged my drink|drugged me|something in my drink`),
    touch: p('touch*|grab*|fondl*|touches my|touched my'),
    body_part: p(
      'breast*|thigh*|butt|bottom|chest|private parts|genital*|vagina|penis|crotch|my back|her back|my waist|her waist|my legs|her legs|my lap',
    ),
    genital: p(
      'private parts|genital*|vagina|crotch|down there|hurts when she pees|hurts when he pees|it hurts to pee|pain when peeing|burns when she pees|hurts to pee',
    ),
    intimate_image:
      p(`video call naked|naked on video|naked on camera|naked video call|naked video|naked pics|naked photos|nudes|nude|naked photo*|naked picture*|naked video*|private photos|private pictures|
      intimate photo*|intimate video*|sex video|sex tape|dick pic*|dirty pictures|explicit photo*|porn*|
      deepfake*|leaked her video|leaked my video|leaked video*`),
    media: p('photo*|picture*|pics|pic|video*|image*|nudes'),
    spread: p(
      'post|posting|posted|share*|sharing|spread*|leak*|upload*|send it to|send them to|sends it to|sends them to|show it to|show them to',
    ),
    recording:
      p(`filmed me|recorded me|took photos of me|took pictures of me|filmed her|recorded her|spy camera|secretly filmed|secretly recorded|screenshots of|camera|hidden cam|spy cam|cctv|film*|record*|took a photo|taking photos|took pictures|photographed|hidden camera|
      took a picture|took photos|taking pictures`),
    privacy_place: p(
      'up my skirt|up her skirt|under my skirt|under her skirt|in the shower|shower|ladies room|restroom|locker room|bedroom window|toilet|bathroom|changing room|changing clothes|changing|shower',
    ),
    surveillance: p(
      `share my location|track my location|tracks my location|tracking my location|location on my phone|tracking app*|tracker app*|spy app*|spyware|stalkerware|tracks my phone|tracking my phone|tracker on my phone|reads all my chats|reads my chats|reads all my messages`,
    ),
    sexual_remark: p(
      `commenting on my body|comments on my body|commenting on her body|dirty word*|dirty joke*|dirty talk|comment on my body|comment my body|comments on my body|comments about my body|comment about my body|comments on her body|sexual comment*|catcall*|shower together|bathe together|bath together`,
    ),
    contraception: p(
      `birth control|contraception|contraceptive*|sterilized|sterilised|sterilization|sterilisation|an iud|the pill|tubes tied`,
    ),
    bruise: p(`bruise*|black eye*|black and blue`),
    media_sale: p(
      `selling videos|sells videos|sold videos|selling photos|sells photos|sold photos|selling pictures|sells pictures|selling pics|sells pics|sells videos of|selling videos of`,
    ),
    underwear: p(`underwear|panties|her pants|his pants|diaper`),
    secluded: p(
      `empty house|empty building|abandoned house|abandoned building|the bushes|the woods|secluded|sugarcane field|empty room`,
    ),
    impersonation: p(
      'cloned my*|cloned her*|cloned his*|clone of my account|hacked|hack*|fake account|fake profile|pretending to be me|impersonat*|fake stuff|fake instagram|fake ig|fake facebook|fake fb|fake tiktok|created a fake|made a fake|pretending to be police|claiming to be police|posing as police',
    ),
    bully: p(
      'bull*|cyberbull*|kys|lies about me|spreading lies|spread lies|rumors about me|rumours about me|mean comments|hate comments|hateful comments',
    ),
    infant: p('baby|infant|newborn|toddler'),
    nobody: p('nobody|no one|no adult|nobody around|no one around|no one with him|no one with her'),
    pour: p('poured|threw|splashed|scalded|pour'),
    hot_liquid: p('boiling water|hot water|hot oil|acid'),
    news: p('news|newspaper|on tv|on television|viral|on the radio'),
    channel:
      p(`my contacts|all my contacts|her contacts|his contacts|contact list|all her contacts|stalking me online|tracking my phone|tracking my location|tracks my phone|tracks my location|spyware|stalkerware|gps tracker|doxx*|doxing|posted my address|leaked my address|direct message|inbox|snap|onlyfans|minecraft|fortnite|free fire|tinder|bumble|whatsapp group|group chat|the group|reels|texting|text|sms|instagram|ig|facebook|fb|messenger|whatsapp|tiktok|twitter|telegram|snapchat|discord|roblox|
      online game|game|games|online|chat|dm|dms|dating app|app|social media|texts|texted|messages|
      message|group|video call|youtube|email|family group|family chat|family group chat|comments|commenting|comment section`),
    meetup:
      p(`for pictures|for pics|for nudes|asking for pictures|asks for pictures|asked for pictures|asking for photos|asks for photos|send a picture|send pics|send nudes|met online|met on|meet|meeting|pick her up|pick him up|run away with|ran away|left with|asked her to send|
      asked him to send|for photos|send pictures|send photos|leaving with|leave with|going away with|run off with|leaving tonight|leaves tonight|leave tonight|asking for selfies|asks for selfies|asked for selfies|for selfies|cute pics|add him on|to add him`),
    fear: p('afraid|scared|terrified|frightened|panicking'),
    threat: p(
      "or he will|or she will|or they will|or else|threaten*|threat*|says he will|said he will|says he'll|he will kill|blackmail*|know where i live|knows where i live|know where you live|knows where you live",
    ),
    extortion: p(
      'pay|money|dollars|blackmail*|extort*|sextort*|unless|if he do not|if she do not|if i do not|if they do not|if he does not|if you do not|if she does not|rupiah|million|juta|wants money',
    ),
    kill: p(
      'kill|kills|killing|murder*|finish me|finish her|finish us|wont see tomorrow|will not see tomorrow|not see tomorrow|wont wake up|will not wake up|your last night|my last night|im dead|i am dead|you are dead|youre dead|ur dead|hes next|he is next|im next|i am next|overboard',
    ),
    self_harm:
      p(`jump off|jump from|kill myself|kill herself|kill himself|suicid*|end my life|end her life|end his life|
      end it all|want to die|wanna die|cut myself|cutting myself|hurt myself|hurting myself|self harm*|
      take my life|take my own life|want to end it|end it tonight|no reason to live|do not want to live|better off dead|overdose|tonight is the night|goodbye letter*|letters for my kids|wrote letters|swallowed|sleeping pills|nobody would miss me|no one would miss me|on the roof|on the bridge|on the edge|cant do this anymore|can not do this anymore|want die|i want to die|slit my wrist*|cutting my wrist*|cut my wrist*|cutting my arm*`),
    weapon: p(`knife|knives|machete|gun|pistol|petrol|gasoline|kerosene|acid|hammer|axe|scissors|
      broken bottle|weapon|blade|sickle|kitchen thing|cleaver|chopper|broken glass|metal bar|iron rod|something metal|boiling water|hot oil`),
    confinement:
      p(`not allowed off|nobody is allowed off|no one is allowed off|cannot get off|not allowed to get off|not allowed to leave the|cannot leave the|can not leave the|guards with guns|armed guards|locked compound|fenced compound|behind a fence|not let us leave|not let me leave|keep us inside|kept inside|held on the boat|held on a boat|kept on the boat|kept on a boat|not allowed off the boat|held at the hotel|held in a hotel|kept in a hotel|kept at the hotel|held in the hotel|locked in|locks me in|locked me in|locked up|locks me|locked|held captive|held in|
      held hostage|being held|are held|can not leave|not allowed to leave|not allowed out|
      not allowed to go out|can not go out|will not let me leave|trapped|imprisoned|confined|chained|
      tied up|kept in|locked the door from outside|locked from outside|let us out|let me out|locked 6|locked us|locks her in|locked her in|locks her inside|locked her inside|locks him in|locked him in|locks him inside|lock us in|locks us in|locked us inside|lock us inside|lock me in|lock her in|lock them in|lock them inside|locks them inside|locks them in|locked them in|wont let anyone off|will not let anyone off|not let anyone off|can not get off|lock in room|locked in room|locked in the room|lock in the room|is lock in|locked in her room|lock in bathroom|locked in bathroom|locked inside|lock inside|tied to|tied her up|tied me up|tied him up|hands tied|hands are tied`),
    free_to_leave: p(`can go out|can still go out|can leave|allowed out|can call|can phone|have my phone|
      go out on|day off|days off|can go home|can still call|can still phone|can still message|can still text|can still chat|still can call`),
    hiding: p(
      'hiding|hide|hid from|hid in|hid under|hid behind|i hid|we hid|hiding from|under the bed|in the closet|in the wardrobe',
    ),
    injury:
      p(`keeps vomiting|vomiting blood|wont stop vomiting|throwing up blood|keeps throwing up|skin is peeling|skin peeling off|peeling off|bleeding|blood|bleed*|unconscious|passed out|not breathing|can not breathe|can not move|
      broken arm|broken leg|broken bone*|burns|burned|burnt|blister*|fainted|knocked out|stab wound|skin is coming off|skin coming off|skin peeling|cramping|there is blood|isnt moving|is not moving|not moving|not waking up|wont wake up|head is swollen|head swollen|swollen head|brain swelling|head is swelling`),
    drunk: p('drunk|wasted|intoxicated'),
    crying: p('crying|screaming|sobbing|wailing|crying out|screams|cries'),
    plea: p(
      "stop you are hurting me|you are hurting me|youre hurting me|you're hurting me|stop it hurts|please stop|please no|no daddy|stop daddy|stop dad|stop please",
    ),
    pain: p('pain|hurts|hurting|sore|red|swollen|bleeding'),
    sex_act: p(
      'have sex with|had sex with|sleep with me|sleep with her|slept with|sex with|sex|have sex|sleep with|sleep with him|sex with him|serve him in bed',
    ),
    pregnant: p('pregnant|expecting'),
    belly: p('stomach|belly|tummy|womb|abdomen'),
    forced: p(
      `make me|make us|made us|makes us|making me|making us|forced me|forced us|forces me|forces us|forced|forcing|force|made me|makes me|made her|making her|like it or not|whether you like it or not|whether she likes it or not`,
    ),
    marriage: p(
      `married off|marry her off|marry me off|marry him off|arranged marriage|marry|married|marriage|child bride`,
    ),
    work: p(
      'crew|deckhand|fishing crew|boat crew|ship crew|forced labour|forced labor|work 16 hours|long hours|fishing boat|on the boat|factory|plantation|as a maid|as a domestic worker|dishwasher|waitress|hostess|work|working|job|contract',
    ),
    scam: p(
      'scam center|scam centre|online fraud|crypto scam|romance scam|pig butchering|forced to scam|made to scam|scam people|defraud people|scam|scams|scamming|scammer*|scam company|scam compound',
    ),
    sale: p('sold|sell|selling|trafficked'),
    payment: p(
      'paid my father|paid my mother|paid my parents|paid her father|paid her parents|paid his father|paid the family|received money|took money|got money|paid for her|take the money|took the money|taken the money|already take the money|already took the money|got paid|received the money',
    ),
    trafficking:
      p(`fake ids|fake id|fake documents|fake passports|false documents|with older ages|older ages|fake ages|faked her age|faked their ages|falsified her age|age falsified|ages falsified|fake documents|false documents|fake passport|changed my age|changed her age|age was changed|forged documents|trafficking|trafficked|human trafficking|forced labour|forced labor|debt bondage|slavery|
      enslaved|exploit*`),
    passport: p('passport*|id card|ids|documents|identity card|family card*|birth certificate*'),
    withhold: p(
      'has my|has her|has his|has our|has their|took|taken|kept|keep|holds|held|keeps|confiscat*|withh*|took away',
    ),
    wage: p('pay|salary|wage*|paid'),
    unpaid: p(
      'unpaid wages|withheld wages|wages withheld|salary withheld|not been paid for|have not been paid|has not been paid|no wages|without wages|without salary|not paid|no pay|unpaid|not been paid|never paid|without pay|no salary',
    ),
    debt: p('owe|owes|debt*|loan'),
    abroad: p(`abroad|overseas|migrant worker|domestic helper|domestic worker|saudi|malaysia|hong kong|
      hongkong|taiwan|singapore|cambodia|myanmar|laos|thailand|philippines|korea|japan|dubai|qatar|
      kuwait|middle east|fishing boat|embassy|riyadh|jeddah|abu dhabi|kuala lumpur|somalia|fiji`),
    explicit_kdrt: p('domestic violence|domestic abuse|kdrt'),
    child_word:
      p(`kiddo|little one|schoolchild|school kid|young girl|young boy|preteen|tween|juvenile|adolescent|under 18|grandchild|stepdaughter|stepson|child|children|kid|kids|baby|babies|toddler|infant|little girl|little boy|little brother|
      little sister|minor|underage|under age|teen|teenager|son|daughter|grandson|granddaughter|niece|
      nephew|student|pupil|schoolgirl|schoolboy`),
    grade: p(
      'preschool|nursery|year 7|year 8|year 9|8th grade|7th grade|6th grade|5th grade|4th grade|3rd grade|2nd grade|1st grade|9th grade|10th grade|11th grade|elementary school|primary school|middle school|junior high|kindergarten',
    ),
    grade_word: p('grade'),
    age_word: p('age|aged|is|am'),
    age_unit: p('year|years|yo|yr|yrs'),
    when_clause: p('when|back when|while'),
    childhood: p(`when i was|as a child|as a kid|in my childhood|when i was young|when i was little|
      growing up|when i was 1*`),
    incidental_child:
      p(`kids of my own|children of my own|my own kids|my own children|in front of the kids|in front of my kids|in front of the children|see my kids|
      see the kids|custody|in front of children|in front of my children|in front of our children|in front of kids|in front of our kids`),
    taken: p(
      'taken|took my son|took my daughter|took the kids|kidnapped|abducted|ran off with|took her away|is taking|are taking|taking the girls|taking her to|taking them to',
    ),
    stranger: p('stranger|a stranger|unknown man|unknown woman|unknown person|someone i do not know'),
    with_child: p(
      'with the kids|with the children|with our kids|with our children|with the baby|with our baby|with our son|with our daughter|with my kids|with my children|taking the kids with',
    ),
    missing: p(`missing|ran away|has not come home|did not come home|not come home|not home|phone is off|
      can not reach`),
    with_perpetrator: p('with him|with her|with them'),
    alone: p(
      'go home to him|home to him|home with him|alone with him|go back to him|back home to him|alone|left alone|home alone|by herself|by himself',
    ),
    abandoned: p('abandoned|left them|parents left|left her|left him|left the baby'),
    deadline: p('hours|hour|by midnight|midnight|tonight|today|minutes|deadline|by tomorrow|before'),
    present: p(
      'every few minutes|every minute|every few seconds|every couple of minutes|now|right now|currently|at the moment|still|rn|right now rn',
    ),
    tonight: p(
      'in an hour|in a few hours|in two hours|within the hour|within hours|in half an hour|tonight|today|this evening|this afternoon|at dawn|before dawn|this dawn',
    ),
    recent: p(
      'just now|this morning|earlier|a moment ago|just|an hour ago|hours ago|minutes ago|a few minutes ago|half an hour ago|few hours ago|an hour before',
    ),
    past: p(`back then|at the time|that time|last night|yesterday|last week|last month|last year|ago|used to|years ago|in the past|was|were|
      had|did`),
    ongoing_since: p('since|for two days|for days|for a week|for hours'),
    habitual:
      p(`when she|when he|whenever|always|often|every day|every night|every weekend|every|keeps|keep|all the time|usually|
      almost every|regularly|sometimes`),
    safe: p(`safe|i am safe|at my friend|at a friend|at my parents|at my mom|in hospital|at the hospital|
      police station|not living together`),
    ability: p('can|allowed|let|allow|able'),
    leave: p('get off|get down|leave|go out|go home|get out|escape|out'),
    endure: p('bear|stand|take|cope'),
    life: p('live|living|life'),
    home: p('house|home|place|next door|apartment|flat|boarding house'),
    harm_word: p('violence|abuse|abused|victim|case|exploitation|neglect'),
    negation: p('not|no|never|nobody'),
    help: p('help|please help|sos|emergency|urgent|hurry'),
    info_request:
      p(`is this legit|is it legit|legit|is this a scam|is it a scam|is it safe|is this safe|how do i|how can i|how to|how do|information|what are|can i ask|can i|is this|what is|
      where is|where can`),
    intent: p('want|wants|going|will|gonna|wanna|trying to|try to|can|do|does|did'),
    first_person: p('i|me|my|myself|we|us|our'),
    parent_of: p(`my son|my daughter|my child|my children|my kids|my kid|my baby|my boy|my girl|my stepson|
      my stepdaughter`),
    third_party:
      p(`co worker|classmate|teacher|tutor|coach|landlord|lecturer|professor|driver|taxi driver|stranger|neighbour|neighbor|my friend|friend|my sister|my brother|my cousin|my niece|my nephew|
      my mother|my mom|a girl|a woman|our maid|someone i know|coworker|colleague`),
    // Situation parts (situation.ts)
    witness: p(`i can hear|can hear|i hear|i am hearing|i just saw|just saw|i am watching|watching it happen|
      right in front of me|in front of my eyes|i am looking at|i can see`),
    here_now:
      p(`at the door|at my door|at the front door|at our door|outside the door|outside my door|outside the house|
      outside my house|already here|he is here|she is here|they are here|is outside|banging on the door|in the driveway|
      on the doorstep|at the gate`),
    last_day: p('last night|yesterday|last evening|yesterday evening|this past night'),
    jump: p('jump|jumping|jumped|throw myself|throw herself|throw himself|leap|leaping'),
    high_place: p('bridge|roof|rooftop|ledge|cliff|balcony|tower|overpass|top floor|window|the edge'),
    overdose:
      p(`overdose|overdosed|took pills|took all the pills|took all my pills|took a lot of pills|took too many pills|
      swallowed pills|swallowed the pills|swallowed all|bottle of pills|took a bottle|handful of pills|took sleeping pills|
      too many pills|whole packet|whole strip`),
    immobile:
      p(`can not move|can not move my legs|can not feel my legs|can not walk|can not get up|can not stand|
      paralysed|paralyzed|numb legs|legs are numb|will not move`),
    phone_taken:
      p(`took my phone|takes my phone|taken my phone|smashed my phone|broke my phone|phone taken|phone was taken|
      has my phone|phone confiscated|took her phone|took his phone|keeps my phone|hid my phone|took away my phone`),
    venue: p(
      'club|nightclub|night club|brothel|massage parlour|massage parlor|entertainment venue|entertainment place|bar girls|red light',
    ),
    custody: p('custody|court|family court|custody case'),
    no_harm: p('no violence|no abuse|not violent|never violent|no physical violence'),
    all_of_us: p('us|all of us|both of us|us all|everyone|everybody'),
    serve:
      p(`with guests|with customers|entertain customers|serve men|forced into prostitution|forced to sell|serve guests|serve the guests|serve clients|serve customers|serving guests|serving clients|serving customers|
      entertain guests|entertain clients|entertain men|sleep with guests|sleep with customers|sleep with clients|
      made to serve|service clients|service customers|go with a customer|go with customers|go with a client|go with clients`),
    room_entry:
      p(`comes into my room|came into my room|come into my room|goes into her room|went into her room|
      go into her room|going into her room|into his room|into her room|into my room|shut the door|shuts the door|
      closed the door|closes the door|come to my room|comes to my room|came to my room|coming to my room|come in my room|comes in my room|coming in my room|go to her room|goes to her room|come to her room|comes to her room|coming to her room|locked the door|locks the door|lock the door|close the door|closing the door|shutting the door`),
    stay_over: p(
      'sleep over|sleepover|stay the night|stay over|spend the night|staying the night|sleeping over|stays the night',
    ),
    deceived: p(
      'promised me|promised her|promised us|they promised|lured|promised a job|promised work|job offer|offered a job|fake job|fake job offer|told it was a|thought it was a|tricked into|tricked|deceived|lied to|was promised|were promised|turned out|it turned out',
    ),
    kiss: p(`kiss|kissed|kisses|kissing|hug|hugged|hugs|hugging|cuddle*|held me tight|pulled me close`),
    unwanted: p(
      `without my consent|without her consent|without his consent|without consent|without permission|against my will|against her will|against his will|i said no|she said no|even though i said no|although i refused|i refused|did not want to|did not consent|never consented|secretly|without me knowing|without her knowing`,
    ),
    bondage: p(
      `until i pay|until we pay|until she pays|until he pays|until the debt|pay it back|pay back|owe them|we owe|i owe them|she owes them|penalty|fine if|pay a fine|pay a penalty|pay to leave|cannot leave until|can not leave until|before i can leave|before we can leave|work off the debt|work off|recruitment fee|placement fee|so i won't run|so i will not run|so i don't run|so i do not run|so we don't run|so we do not run|so we won't run|so she won't run|so she does not run|so they won't run|so he won't run|so we can't run|so i can't run`,
    ),
    blackmail: p(`blackmail*|extort*`),
    hot_object: p(
      `iron|hot iron|clothes iron|hot spoon|hot metal|cigarette butt|with a cigarette|with cigarettes|with his cigarette|with her cigarette`,
    ),
    expose: p(`showed|shows|showing|exposed|exposes|exposing|flashed|flashing|flashes`),
    personal_data: p(
      `my data|her data|his data|my details|personal data|personal details|my address|home address|her address|phone number|my number|id card|private chats|private messages|my chats|screenshots of our chat|my secrets`,
    ),
    hand: p(`hand|hands|my hand|her hand|arm|wrist`),
    search: p(`looking for|searching for|hunting for|hunting me|coming for`),
    departure: p(
      `leaves tonight|leaving tonight|departs|at the port|at the harbour|at the airport|bus terminal|boarding|being sent|will be sent|getting on a boat|bus leaves|ship leaves`,
    ),
    seize: p(
      `take my phone|took my phone|take her phone|took her phone|grab my phone|grabbed my phone|smash my phone|smashed my phone|broke my phone|break my phone|confiscated`,
    ),
    ingest: p(`drink|drank|swallow|swallowed|took|take|ate`),
    quantity: p(
      `many|a lot of|whole bottle|all my|all the|a bottle of|the whole|tablets|capsules|dozen|a handful of|handful`,
    ),
    drug: p(
      `pills|pill|tablets|medicine|medicines|sleeping pills|painkillers|paracetamol|panadol|antidepressants`,
    ),
    poison: p(`poison|bleach|rat poison|insecticide|pesticide|baygon|weed killer`),
    take_along: p(
      `pulling|pulled|dragging|dragged|grabbing|grabbed|shoving|shoved|picking up|carrying|holding her baby|holding the baby|with her baby|with his baby|with the baby|carried|carry|carries|took her|takes her|taking her|took him|takes him|led her|leading her`,
    ),
  },
};
