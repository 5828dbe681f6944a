# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Hage ku saabsan shirka
guide-intro = Waxa dhaca, cidda joogi doonta, iyo macnaha erayada. Akhri inta aad doonto, wax badan ama wax yar.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Cidda joogi doonta
guide-who-1 = Adiga, iyo qof kasta oo aad keento si uu kuu taageero. Ilmahaagu sidoo kale wuu iman karaa, haddii uu da' ku filan yahay oo uu doonayo. Haddii kale, aragtidiisa si kale ayuu u gudbin karaa.
guide-who-2 = Guddoomiyaha (Chair), oo maamula kulanka, iyo qof qora waxa la yiraahdo.
guide-who-3 = Dadka yaqaan ilmahaaga iyo qoyskaaga: inta badan shaqaalaha bulshada, badanaa dugsiga ama xannaanada carruurta, booqdaha caafimaadka (health visitor) ama kalkaalisada dugsiga, dhakhtarkaaga, mararka qaarkoodna booliska ama adeegyo kale oo aad la shaqaysay.
guide-who-4 = Qof kastaa isku sabab buu u joogaa: in laga fikiro sidii ilmahaagu u ahaan lahaa ammaan oo u fiicnaan lahaa.

guide-chair-title = Waxa Guddoomiyuhu qabto
guide-chair-1 = Guddoomiyaha ayaa mas'uul ka ah kulanka. Waa qof madax-bannaan: lama shaqayn qoyskaaga, mana aha shaqaalahaaga bulshada.
guide-chair-2 = Kulanka ka hor, Guddoomiyuhu inta badan keligaa ayuu kula kulmaa, si uu kuugu sharraxo waxa dhici doona oo uu u dhageysto waxa aad rabto inaad sheegto.
guide-chair-3 = Inta kulanku socdo, Guddoomiyuhu wuxuu hubiyaa in qof kasta la dhageysto, adigana ay ku jirto.

guide-meeting-title = Sida kulanku u socdo
guide-meeting-1 = Qof kastaa wuxuu sheegaa cidda uu yahay iyo sababta uu halkaas u joogo.
guide-meeting-2 = Qof kastaa wuxuu sheegaa waxa si fiican ugu socda ilmahaaga iyo waxa uu ka walwalsan yahay. Waxaa laga hadlaa warbixinnada ay qoreen.
guide-meeting-3 = Waad ka jawaabi kartaa, waad sixi kartaa wax kasta oo khaldan, waadna su'aalo weydiin kartaa. Waxaad akhrin kartaa waxa aad diyaarisay, ama waxaad siin kartaa Guddoomiyaha.
guide-meeting-4 = Kulanku inta badan wuxuu qaataa hal ilaa laba saacadood. Waqti kasta waxaad codsan kartaa nasasho gaaban.

guide-video-title = Kulamada muuqaalka (video) ama taleefanka
guide-video-1 = Shirar badan hadda waxaa lagu qabtaa muuqaal (video), ama dadka qaar qolka ayay joogaan, kuwa kalena waxay ku soo biiraan muuqaal ama taleefan. Casuumaaddaadu waa inay sheegtaa sida uu noqonayo, oo ay ku siisaa xiriir (link) muuqaal iyo lambar aad taleefan kaga soo biirto.
guide-video-2 = Inta badan waxaa lagaa codsadaa inaad marka hore soo biirto, si aad keligaa ula hadasho Guddoomiyaha ka hor inta aan dadka kale soo biirin.
guide-video-3 = Ka soo biir qol gaar ah, marna meel dadweyne. Haddii qof kale lagu arko ama lagu maqlo qolkaaga, Guddoomiyaha waxaa laga yaabaa inuu ka saaro wicitaanka. Carruurtaadu waa inaysan maqlin.
guide-video-4 = Guddoomiyuhu qof kasta ayuu mid mid u weydiiyaa, adiguna waad ka jawaabi kartaa qof kasta kadib. Haddii aadan wax fahmin, ama aad u baahan tahay nasasho, u sheeg Guddoomiyaha.

guide-decide-title = Waxa shirku go'aamin karo
guide-decide-1 = Shirku wuxuu go'aamiyaa in ilmahaagu u baahan yahay Qorshaha Ilaalinta Ilmaha (Child Protection Plan) iyo in kale. Taasi waxay dhacdaa marka dadka joogaa ay aaminsan yihiin in ilmahaaga ay soo gaartay waxyeello weyn (significant harm), ama ay u badan tahay inay soo gaarto.
guide-decide-2 = Haddii qorshe la sameeyo, shirku wuxuu kaloo sheegaa nooca waxyeellada uu qorshuhu ugu badan ku saabsan yahay: xadgudub jireed (physical abuse), xadgudub dareen (emotional abuse), xadgudub galmo (sexual abuse) ama dayac (neglect).
guide-decide-3 = Haddii aan loo baahnayn Qorshaha Ilaalinta Ilmaha, shirku wuxuu soo jeedin karaa Qorshaha Ilmaha U Baahan Caawimaad (Child in Need plan), ama caawimaad kale oo qoyskaaga ah, ama inaan qorshe la samayn.
guide-decide-4 = Shirku ma go'aamiyo halka ilmahaagu ku noolaanayo, mana aha maxkamad.

guide-core-group-title = Kooxda asaasiga ah
guide-core-group-1 = Haddii uu jiro Qorshaha Ilaalinta Ilmaha, koox yar ayaa kulanta si ay u fuliso. Tani waa kooxda asaasiga ah (core group). Adigu waad ka mid tahay, waxaana la jira shaqaalaha bulshada iyo dhowr qof oo kale oo yaqaan ilmahaaga.
guide-core-group-2 = Kooxda asaasiga ahi markii ugu horreysay waxay kulantaa 10 maalmood oo shaqo gudahood shirka kadib, kadibna si joogto ah, si ay u eegto sida arrimuhu u socdaan iyo caawimaadda loo baahan yahay.

guide-after-title = Shirka kadib
guide-after-1 = Waa in laguu sheegaa waxa la go'aamiyay hal maalin shaqo gudaheed. Goor dambe waxaa lagu siinayaa qoraalka shirka (minutes), oo ah waxa kulanka lagu yiri. Akhri, oo u sheeg Guddoomiyaha haddii ay wax khaldan yihiin.
guide-after-2 = Haddii qorshe jiro, shirka dib-u-eegista (review conference) ayaa eega sida uu u socdo 3 bilood gudahood, kadibna ugu yaraan 6-dii biloodba mar, inta qorshuhu socdo.
guide-after-3 = Qorshuhu wuxuu dhammaadaa marka shir go'aamiyo in ilmahaagu aanu mar dambe u baahnayn.

guide-rights-title = Waxyaabo aad codsan karto
guide-rights-1 = Inaad qof la timaado: saaxiib, qaraabo ama u-doode (advocate).
guide-rights-2 = Turjubaan, haddii aad door bidayso inaad ku hadasho luqaddaada. Weydii shaqaalaha bulshada kulanka ka hor.
guide-rights-3 = Inaad aragto warbixinnada kulanka ka hor, si aad waqti ugu hesho inaad akhriso.
guide-rights-4 = Inaad Guddoomiyaha keligaa la hadasho, iyo inaad nasasho hesho inta kulanku socdo.

guide-complain-title = Haddii aadan ku faraxsanayn
guide-complain-1 = Haddii aadan ku faraxsanayn sida shirka loo maamulay, ama waxa uu go'aamiyay, marka hore u sheeg Guddoomiyaha ama shaqaalaha bulshada. Waxaa laga yaabaa inay arrinta saxi karaan.
guide-complain-2 = Haddii taasi aanay caawin, golaha deegaanka (council) kastaa wuxuu leeyahay hab cabasho oo shirarka ku saabsan. Ka weydii shaqaalahaaga bulshada ama golaha deegaanka. U-doode ayaa kaa caawin kara inaad cabasho gudbiso.

guide-private-title = Sida qabyo-qoraalladaada loogu hayo si qarsoodi ah
guide-private-1 = Haddii qof qolka soo galo, riix "Qari" oo ku yaal shaashadda korkeeda. Shaashaddu isla markiiba way madhanaysaa, qabyo-qoraalladaaduna way xirmayaan.
guide-private-2 = Riixidda furaha Esc laba jeer, ama furaha Shift saddex jeer, si degdeg ah oo aan fure kale u dhexayn, sidaas oo kale ayay samaysaa. Qoraal ku qorid weligeed sidaas ma samayso: fure kasta oo kale, sida xaraf ama Tab, tirinta ayuu dib u bilaabaa.
guide-private-3 = Si aad u sii wadato, riix "Sii wad" oo ku yaal shaashadda madhan, kadibna fur qabyo-qoraalladaada.

ready-video-title = U diyaargarow kulan muuqaal (video) ah
ready-phone-title = U diyaargarow kulan taleefan ah
ready-intro = Calaamadee mid kasta marka la dhammeeyo. Calaamadahaaga waxaa lagu kaydiyaa qabyo-qoraalkaaga.
ready-private-room = Hel qol gaar ah oo carruurtaada iyo dad kale aysan ka maqlin kulanka.
ready-headphones = Isticmaal dhegaha-dhageysiga (headphones), si aan qof kugu dhow u maqlin waxa dadka kale sheegayaan.
ready-device-charged = Maalinta ka horeysa dallac taleefankaaga, tablet-kaaga ama kombiyuutarkaaga, oo dallacaha u dhow kaydi.
ready-phone-charged = Maalinta ka horeysa dallac taleefankaaga, oo dallacaha u dhow kaydi.
ready-link-tested = Maalinta ka horeysa isku day xiriirka muuqaalka ee casuumaaddaada, qalabka aad isticmaali doonto.
ready-number-tested = Maalinta ka horeysa hubi inaad haysato lambarka la wacayo iyo koodh kasta oo casuumaaddaada ku jira.
ready-camera = Hubi in kaamiradaada iyo makarafoonkaagu shaqeeyaan, oo fadhiiso meel uu Guddoomiyuhu wejigaaga ka arki karo.
ready-contribution-at-hand = Ku hay qoraalkaaga oo daabacan, ama ka fur qalab kale, si aad uga akhriso.
ready-call-drops = Maalinta kulanka ka hor, shaqaalahaaga bulshada ka codso lambar taleefan oo aad wacdo haddii wicitaanku go'o.
ready-muted = Codka dami marka aadan hadlayn, oo shid marka aad rabto inaad wax sheegto.
ready-break = Xusuuso inaad waqti kasta Guddoomiyaha ka codsan karto nasasho.
ready-interpreter = Haddii aad u baahan tahay turjubaan, isaguna wuu ku soo biiri karaa wicitaanka. Shaqaalahaaga bulshada ka codso inuu diyaariyo.

## The glossary: each term's name and what it means

glossary-title = Erayo aad maqli karto
glossary-chair-name = Guddoomiyaha (Chair)
glossary-chair-meaning = Qofka maamula shirka. Waa qof madax-bannaan: hore ulama shaqayn qoyskaaga.
glossary-coordinator-name = Isku-duwaha ilaalinta ilmaha (Child protection coordinator)
glossary-coordinator-meaning = Qofka golaha deegaanka ka shaqeeya ee diyaariya shirarka oo hubiya inay waqtigooda qabsoomaan. Golayaasha qaarkood, Guddoomiyaha ayaa shaqadan qabta.
glossary-plan-name = Qorshaha Ilaalinta Ilmaha (Child Protection Plan)
glossary-plan-meaning = Qorshe qoran oo sheegaya waxa u baahan in la beddelo si ilmaha ammaan loogu hayo, cidda caawin doonta, iyo wakhtiga. Waxaa lagu eegaa shirarka dib-u-eegista.
glossary-child-in-need-name = Qorshaha Ilmaha U Baahan Caawimaad (Child in Need plan)
glossary-child-in-need-meaning = Qorshe caawimaad iyo taageero ah oo loogu talagalay ilmaha iyo qoyskiisa. Shirku wuxuu soo jeedin karaa marka aan loo baahnayn Qorshaha Ilaalinta Ilmaha.
glossary-core-group-name = Kooxda asaasiga ah (Core group)
glossary-core-group-meaning = Koox yar oo kulanta shirka kadib si ay u fuliso Qorshaha Ilaalinta Ilmaha. Adigu waad ka mid tahay, waxaana la jira shaqaalaha bulshada iyo dhowr qof oo kale oo yaqaan ilmahaaga.
glossary-significant-harm-name = Waxyeello weyn (Significant harm)
glossary-significant-harm-meaning = Erayada uu sharcigu u isticmaalo waxyeello culus oo gaadha caafimaadka ama koritaanka ilmaha. Shirku wuxuu ka fikiraa in ilmaha waxyeello noocan ah ay soo gaartay, ama ay soo gaari karto.
glossary-physical-abuse-name = Xadgudub jireed (Physical abuse)
glossary-physical-abuse-meaning = Marka ilmaha si ula kac ah loo dhaawaco, ama ay u badan tahay in la dhaawaco, tusaale ahaan in la garaaco ama si xoog ah loo gilgilo.
glossary-emotional-abuse-name = Xadgudub dareen (Emotional abuse)
glossary-emotional-abuse-meaning = Marka sida ilmaha loola dhaqmo, marar badan oo soo noqnoqda, ay waxyeelleyso sida uu isu arko ama sida uu u koro. Waxaa ka mid noqon kara in ilmuhu guriga ku arko ama ku maqlo rabshad.
glossary-sexual-abuse-name = Xadgudub galmo (Sexual abuse)
glossary-sexual-abuse-meaning = Marka ilmaha lagu daro fal galmo, ama la tuso waxyaabo galmo ah, ha fahmo ama yuusan fahmin waxa dhacaya.
glossary-neglect-name = Dayac (Neglect)
glossary-neglect-meaning = Marka baahiyaha aasaasiga ah ee ilmaha aan la daboolin muddo: tusaale ahaan cunto, diirimaad, guri ammaan ah, daryeel caafimaad, ama daryeel iyo feejignaan.
glossary-advocate-name = U-doode (Advocate)
glossary-advocate-meaning = Qof aan u shaqayn golaha deegaanka oo dhinacaaga taagan, ama dhinaca ilmahaaga. Wuxuu kaa caawiyaa inaad sheegto waxa aad u malaynayso, oo aad fahanto waxa dhacaya.
glossary-interpreter-name = Turjubaan (Interpreter)
glossary-interpreter-meaning = Qof tababaran oo waxa la yiraahdo u beddela luqaddaada, waxa aad adigu tiraahdona u beddela Ingiriisi, isagoon ku darin fikirkiisa.
glossary-review-conference-name = Shirka dib-u-eegista (Review conference)
glossary-review-conference-meaning = Shir dambe oo eega sida uu u socdo Qorshaha Ilaalinta Ilmaha, oo go'aamiya in weli loo baahan yahay.
glossary-strategy-discussion-name = Wadahadalka istaraatiijiyadda (Strategy discussion)
glossary-strategy-discussion-meaning = Kulan ama wicitaan dhexmara shaqaalaha bulshada, booliska, shaqaalaha caafimaadka iyo kuwo kale, marka ilmo laga walwalo, si loo go'aamiyo waxa xiga ee la samaynayo.
glossary-section-47-name = Baaritaanka Qodobka 47 (Section 47 enquiry)
glossary-section-47-meaning = Marka golaha deegaanku baaro in ilmo uu soo gaarayo waxyeello weyn, ama ay u badan tahay inay soo gaarto. Waxaa loogu magac daray qayb ka mid ah Sharciga Carruurta ee 1989 (Children Act 1989). Shir ayaa la qabtaa haddii walwalka la xaqiijiyo.
