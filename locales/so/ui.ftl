# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Isu diyaari shirka ilaalinta ilmaha
# Button that goes to the screen before. On every screen but the first.
nav-back = Dib u noqo
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Xiga
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Fadlan hubi jawaabahan
# Reminder under the progress line on every part.
part-blank-ok = Su'aal kasta waad ka tagi kartaa iyadoo bannaan, goor dambena waad ku soo noqon kartaa.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Luqadda

welcome-title = Isu diyaarinta shirka ilaalinta ilmahaaga
welcome-lead = Barnaamijkan wuxuu kaa caawinayaa inaad ka fikirto waxa aad rabto inaad ka sheegto kulanka, oo aad samayso bog aad daabacato oo aad la tagto.
welcome-what-heading = Waa maxay shirka ilaalinta ilmaha?
welcome-what-1 = Waa kulan ku saabsan ilmahaaga. Adiga iyo dadka la shaqeeya qoyskaaga, sida shaqaalaha bulshada, macallimiinta, booqdaha caafimaadka ama dhakhtarka, ayaa kulma si aad uga hadashaan sidii ilmahaagu u ahaan lahaa ammaan oo u fiicnaan lahaa.
welcome-what-2 = Kulanku wuxuu go'aamiyaa in ilmahaagu u baahan yahay Qorshaha Ilaalinta Ilmaha iyo in kale. Kani waa qorshe qoran oo sheegaya waxa u baahan inay dhacaan si ilmahaaga ammaan loogu hayo, iyo cidda caawin doonta.
welcome-what-3 = Shirku ma go'aamiyo halka ilmahaagu ku noolaanayo. Maaha maxkamad.
welcome-voice-heading = Aragtidaadu waa muhiim
welcome-voice-1 = Waxaa laguu casuumay kulanka si aad u sheegto waxa aad u malaynayso. Ilmahaaga qof kaa si fiican u yaqaan ma jiro.
welcome-voice-2 = Waxaad la iman kartaa qof ku taageera, sida saaxiib, qaraabo ama u-doode.
welcome-how-heading = Sida barnaamijkani u shaqeeyo
welcome-how-1 = Marka hore waxaad wax yar noogu sheegaysaa adiga iyo shirka. Kadib waxaa jira lix qaybood oo gaagaaban, mid kastaana wuxuu leeyahay dhowr su'aalood.
welcome-how-2 = Dhammaadka waxaad mar kale akhrin kartaa wax walba, oo aad samayn kartaa PDF aad daabacato.
welcome-how-3 = Wax walba waxay ku jiraan kombiyuutarkan oo keliya. Waxba internetka lagama diro.
welcome-how-4 = Jawaabahaagu iskood ayay u kaydsamaan inta aad qorayso. Kombiyuutarkan ayay ku xiran yihiin, si adiga keliya aad u furi karto.
# The button that starts a new contribution, under the box for its name.
welcome-start = Bilow
# Under the few words explained on the welcome screen.
welcome-more-words = Erayo kale, iyo hage ku saabsan kulanka

## About you and the conference (the practical page)

about-title = Adiga iyo shirka
about-intro = Tani waxay ka caawinaysaa dadka kulanka jooga inay ogaadaan cidda qortay. Buuxi waxa aad awoodo. Su'aal kasta waad ka tagi kartaa iyadoo bannaan.
about-you-heading = Adiga
about-name-label = Magacaaga
about-relationship-label = Xiriirkee ayaad la leedahay ilmaha ama carruurta?
about-relationship-hint = Tusaale ahaan: hooyo, aabbe, awoowe ama ayeeyo, waalid aan dhalin (step-parent) ama daryeele korsada (foster carer).
about-children-heading = Carruurta
about-children-hint = Qor magaca koowaad ee ilmo kasta. Ku dar da'da ama taariikhda dhalashada, midkii kuu fudud.
about-child-name-label = Magaca koowaad
about-child-age-label = Da'da
about-child-birth-label = Taariikhda dhalashada
about-child-add = Ku dar ilmo kale
about-child-remove = Ka saar ilmahan
about-conference-heading = Shirka
about-date-label = Taariikhda
about-time-label = Waqtiga uu bilaabanayo
about-kind-label = Waa shirkee?
about-kind-initial = Shirka koowaad (waxaa loo yaqaan initial conference)
about-kind-review = Shirka dib-u-eegista, kadib markii qorshe la sameeyay
about-unsure = Ma hubo
about-format-label = Sidee buu u dhici doonaa?
about-format-in-person = Isku qol, iyadoo la wada joogo
about-format-video = Wicitaan muuqaal ah (video)
about-format-mixed = Labadaba: qaar qolka, qaarna muuqaal
about-format-phone = Taleefan
about-social-worker-label = Magaca shaqaalahaaga bulshada
about-helper-heading = Caawimaadda foomkan
about-helper-label = Qof ma kaa caawiyay buuxinta foomkan?
about-helper-nobody = Maya, keligay ayaan sameeyay
about-helper-supporter = Saaxiib ama qof qoyska ka mid ah
about-helper-advocate = U-doode
about-helper-social-worker = Shaqaale bulsho
about-helper-interpreter = Turjubaan
about-helper-name-label = Magaca qofkaas
about-interpreter-label = Ma u baahan tahay turjubaan shirka?
about-interpreter-no = Maya
about-interpreter-yes = Haa
about-interpreter-language-label = Luqaddee?
about-access-label = Ma jiraan wax kaa caawin lahaa inaad ka qayb qaadato kulanka?
about-access-hint = Tusaale ahaan: gelitaan aan jaranjaro lahayn, far waaweyn, qalabka maqalka (hearing loop), nasasho, ama qol deggan oo aad ku sugto.

## Check your answers

check-title = Hubi jawaabahaaga
check-intro = Akhri waxa aad qortay. Wax kasta waad beddeli kartaa ka hor inta aadan samayn PDF-kaaga.
# Button beside each part that goes back to it.
check-change = Beddel
check-not-answered = Lama jawaabin
check-make-pdf = Samee PDF-kayga
check-pdf-note = Adiga ayaa dooran doona meesha aad ku kaydinayso. Kadib waad daabacan kartaa, ama waad siin kartaa Guddoomiyaha ama shaqaalahaaga bulshada.
status-making-pdf = PDF-kaaga waa la samaynayaa…
status-cancelled = Ma aadan dooran meesha PDF-kaaga lagu kaydinayo, markaa lama kaydin. Mar kale ayaad isku dayi kartaa.

## Your PDF is ready

done-title = PDF-kaagu waa diyaar
done-saved = Waxaa loo kaydiyay sidan:
done-open = Fur PDF-kayga
done-back = Ku noqo jawaabahayga
done-bring = Daabac oo la imow shirka, ama u dir Guddoomiyaha ama shaqaalahaaga bulshada kulanka ka hor. Weli waad beddeli kartaa jawaabahaaga, oo waad samayn kartaa mid cusub.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Diyaari qoraalladayda maalinta kulanka

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Wax ayaa khaldamay. Waxa aad qortay weli halkan way yaallaan. Fadlan isku day mar kale.

## Buttons at the top of every screen

nav-timeline = Waxa dhacaya iyo goorta
nav-guide = Hage iyo erayo
# Above the links to the glossary on a part's screen.
part-words = Erayada boggan

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Ku dar taariikhda shirkaaga bogga "Adiga iyo shirka", taariikhahaaguna halkan ayay ka soo muuqan doonaan.
timeline-add-date = Ku dar taariikhda
timeline-reports-days-label = Imisa maalmood oo shaqo ka hor shirka ay tahay inay warbixinnadu kuu soo gaaraan?
timeline-reports-days-hint = Golayaasha deegaanka intooda badani waxay yiraahdaan 2 shirka koowaad, 5-na shirka dib-u-eegista. Golayaashu way kala duwan yihiin, markaa la hubi shaqaalahaaga bulshada.
timeline-chair-minutes-label = Immisa daqiiqo ka hor shirka ayuu Guddoomiyuhu kula kulmaa?
timeline-chair-minutes-hint = Golayaal badan waxay yiraahdaan 30 daqiiqo, qaarkood 15 ama saacad. Waxaa laga yaabaa inay ku qoran tahay casuumaaddaada; haddii kale weydii shaqaalahaaga bulshada.
timeline-calendar-heading = Ku dar taariikhaha kalandarkaaga
timeline-calendar-intro = Tani waxay kaydinaysaa fayl uu furi karo taleefankaaga, Outlook ama kalandar kale. Dhacdooyinku waxay sheegayaan oo keliya waxa dhacaya, ma sheegayaan cidda ay ku saabsan yihiin.
timeline-calendar-names = Ku dar magacyada koowaad ee carruurtayda dhacdooyinka
timeline-calendar-save = Kaydi faylka kalandarka
timeline-calendar-saved = Faylka kalandarka waxaa loo kaydiyay sidan:
status-calendar-cancelled = Ma aadan dooran meesha faylka kalandarka lagu kaydinayo, markaa lama kaydin.

## Your drafts (the start screen)

drafts-heading = Qabyo-qoraalladaada
drafts-intro = Jawaabaha qof kastaa waxay ku kaydsan yihiin qabyo-qoraal gooni ah. Mid sii wad, ama mid cusub bilow.
drafts-none = Weli kombiyuutarkan kuma jiraan qabyo-qoraallo.
drafts-open = Sii wad
drafts-rename = Magaca beddel
drafts-rename-label = Magaca cusub
drafts-rename-save = Kaydi magaca
drafts-cancel = Ka noqo
drafts-delete = Tirtir
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Ma tirtirtaa qabyo-qoraalkan? Wax kasta oo ku jira, iyo nuqul kasta oo barnaamijku hayay, gebi ahaanba way baabbi'i doonaan.
drafts-delete-yes = Haa, tirtir
drafts-delete-no = Maya, hay
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Faylal aan la furi karin
drafts-new-heading = Bilow aragti cusub
drafts-new-label = Magacee ayaan u bixinnaa?
drafts-new-hint = Tusaale ahaan: "Hooyo — shirka koowaad, 3 Diseembar". Waad ka tagi kartaa iyadoo bannaan, goor dambena waad beddeli kartaa.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Ku dar weedh sir ah oo kayd ah
drafts-spare-intro = Qabyo-qoraalladaada waxaa lagu furaa kaydka erayada sirta ah ee kombiyuutarkan. Weedh sir ah oo kayd ahi waa waddo labaad oo lagu furo, haddii kaydka erayada sirta ah mar uun aan la isticmaali karin. Meel ammaan ah ku qor.
drafts-spare-saved = Weedhaada sirta ah ee kaydka ah waa la dejiyay.
drafts-spare-save = Kaydi weedha sirta ah

## Saving, at the top of every screen

save-saving = Waa la kaydinayaa…
save-saved = Waa la kaydiyay
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Si aan waxba u lumin, qabyo-qoraalkan wuu furnaan doonaa ilaa isbeddelladaadii ugu dambeeyay la kaydiyo.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Si aan waxba u lumin, barnaamijku weli wuu furan yahay. Haddii aad weli rabto inaad xirto adigoon isbeddelladaadii ugu dambeeyay kaydin, mar kale xir.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Xir
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Xir qabyo-qoraallada
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Qari
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Sii wad
nav-drafts = Qabyo-qoraalladayda

## Locked, and other ways in

locked-title = Qabyo-qoraalladaadu way xiran yihiin
locked-intro = Barnaamijku wuxuu xiray qabyo-qoraalladaada si ay qarsoodi u ahaadaan. Qofna ma akhrin karo ilaa laga furo.
locked-intro-keychain = Qabyo-qoraalladaada waa la xiray, shaashaddana waa la nadiifiyay. Akoonkan kombiyuutarka waxay ku furmaan iyada oo aan weedha sirta ah loo baahnayn, sidaas darteed qof kasta oo isticmaali kara akoonkan wuxuu mar kale ku furi karaa badhanka hoose.
locked-unlock = Fur
locked-try-again = Isku day mar kale
passphrase-label = Weedha sirta ah
passphrase-again-label = Mar kale qor weedha sirta ah
passphrase-mismatch = Labada weedhood ee sirta ahi isku mid maaha. Fadlan mar kale qor.
passphrase-unlock = Ku fur weedhayda sirta ah
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Way fududahay in la qiyaaso. Ku dar dhowr eray oo kale oo adiga keliya aad isku dari lahayd.
passphrase-strength-fair = Dhexdhexaad. Hal ama laba eray oo kale ayaa ka dhigi lahaa mid aad u adag in la qiyaaso.
passphrase-strength-hard = Way adag tahay in la qiyaaso. Waa fiican tahay.
choose-title = Dooro weedh sir ah
choose-intro = Weedh sir ahi waa sida eray sir ah, laakiin way ka dheer tahay: jumlad gaaban oo aad xasuusan doonto ayaa si fiican u shaqaysa. Waxaad u baahan doontaa mar kasta oo aad furayso qabyo-qoraalladaada. Marka xigta waxaad heli doontaa kood soo celin. Haddii weedhaada sirta ahi kaa illowdo, koodhkaas oo keliya ayaa furi kara qabyo-qoraalladaada: qof kale, xitaa Family Voice, kuuma soo celin karo.
choose-save = Isticmaal weedhan sirta ah
lost-title = Qabyo-qoraalladaada lama furi karo
lost-start-again = Dib u bilow
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Dib u bilaabiddu waxay qabyo-qoraallada aan la furi karin dhinac u dhigaysaa, gal iyaga u gaar ah, waxayna ku siinaysaa liis cusub oo madhan. Waxba lama tirtirayo.
lost-confirm-yes = Haa, dhinac u dhig oo dib u bilow
lost-confirm-no = Maya, dib u noqo
failed-title = Qabyo-qoraalladaada lama furi karin

## The recovery code, shown once after a passphrase is chosen

recovery-title = Koodhkaaga soo celinta
recovery-intro = Haddii weedhaada sirta ahi mar uun kaa illowdo, koodhkan ayaa furaya qabyo-qoraalladaada. Hal mar oo keliya ayaa laguu tusayaa.
recovery-keep = Qor, ama kaydi warqadda soo celinta oo daabac. Koodhka meel ammaan ah ku hay, oo ka fog kombiyuutarkan: qof kasta oo haysta wuu furi karaa qabyo-qoraalladaada.
recovery-save = Kaydi warqadda soo celinta si aad u daabacato
# After "It was saved as:" and the file's name.
recovery-saved-note = Daabac, warqadda meel ammaan ah ku hay, kadibna faylka ka tirtir kombiyuutarkan.
recovery-done = Meel ammaan ah ayaan dhigay. Sii wad
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Weedhayda sirta ah way iga illowday
locked-forgot-intro = Qor koodhka ku qoran warqaddaada soo celinta, kadibna dooro weedh sir ah oo cusub. Qabyo-qoraalladaadu way furmi doonaan, wixii markaas ka dambeeyana weedha sirta ah ee cusub ayaa furaysa.
recovery-code-label = Koodhka soo celinta
recovery-new-save = Ku fur qabyo-qoraalladayda weedha sirta ah ee cusub

## The very first start: how the drafts will open

first-title = Sidee ayaad rabtaa in qabyo-qoraalladaadu u furmaan?
first-intro = Wax kasta oo aad halkan ku qorto waxay ku xiran yihiin kombiyuutarkan. Dooro sida loo furayo. Goor dambe waad beddeli kartaa adigoon waxba lumin.
first-passphrase = Mar kasta i weydii weedhayda sirta ah
# Under the button above. Says why it is recommended.
first-passphrase-why = Waa lagu talinayaa, sababtoo ah dad kale ayaa laga yaabaa inay isticmaalaan kombiyuutarkan. Qofka yaqaan weedhaada sirta ah oo keliya ayaa furi kara qabyo-qoraalladaada, xitaa akoonkaaga kombiyuutarka.
first-keychain = Ku fur akoonkan kombiyuutarka adigoon i weydiin
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Uma baahnaan doontid weedh sir ah. Laakiin qof kasta oo isticmaali kara akoonkan kombiyuutarka wuu furi karaa qabyo-qoraalladaada, sidoo kale barnaamijyada ka shaqeeya akoonkan.

## How the drafts open, on the start screen (can be changed)

way-heading = Sida qabyo-qoraalladaadu u furmaan
way-keychain-now = Akoonkan kombiyuutarka, qabyo-qoraalladaadu waxay ku furmaan iyada oo aan weedh sir ah loo baahnayn. Qof kasta oo isticmaali kara akoonkan wuu furi karaa.
way-to-passphrase-intro = Si aad uga ilaaliso dadka kale ee isticmaala akoonkan, dooro weedh sir ah. Intaa ka dib mar kasta waa lagu weydiin doonaa.
way-to-passphrase = Mar kasta i weydii weedhayda sirta ah
way-passphrase-now = Qabyo-qoraalladaadu mar kasta oo ay furmayaan waxay ku weydiiyaan weedhaada sirta ah.
way-to-keychain-intro = Si ay akoonkan kombiyuutarka ugu furmaan iyada oo aan weedh sir ah loo baahnayn, mar kale qor weedhaada sirta ah. Markaas qof kasta oo isticmaali kara akoonkan wuu furi kari doonaa.
way-to-keychain = Ku fur akoonkan kombiyuutarka adigoon i weydiin
# After either change above.
way-changed = Waa la sameeyay. Dhammaan qabyo-qoraalladaadu weli halkan ayay ku jiraan.

## While the computer's password store is being asked for the drafts' key

asking-title = Qabyo-qoraalladaada waa la furayaa
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Kombiyuutarkaagu wuxuu ku weydiinayaa erayga sirta ah ee kaydkiisa erayada sirta ah… Sanduuqani waa kan kombiyuutarka laftiisa, ma aha kan Family Voice. Halkaas ku qor erayga sirta ah ee kombiyuutarkaaga, qabyo-qoraalladaaduna way furmi doonaan.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Ama taa beddelkeeda ku fur weedhaada sirta ah ee Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Wax walba ka tirtir kombiyuutarkan
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Tani waxay tirtiraysaa wax kasta oo Family Voice ku hayo kombiyuutarkan: qabyo-qoraal kasta, nuqul kasta oo ka mid ah, furaha lagu furo, hubinta ay turjubaannadu ku sameeyeen turjumaadda, iyo sida aad u dejisay barnaamijka. Dib looma celin karo. Barnaamijku wuu xirmayaa marka uu dhammeeyo. Faylasha PDF ee aad adigu meel kale ku kaydisay lama taabanayo.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Si loo hubiyo, sanduuqa ku qor eraygan:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = tirtir
erase-button = Hadda wax walba tirtir
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Waxba lama tirtirin. Si aad wax walba u tirtirto, si sax ah u qor erayga kor ku qoran.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Qabyo-qoraalladaada iyo furahooda waa la tirtiray, laakiin faylal kale oo barnaamijka ah weli lama saari karin. Xir Family Voice, dib u fur, oo mar kale dooro “Wax walba tirtir”.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Kor u akhri
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Jooji
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Kombiyuutarkan ma laha cod u akhriyi kara luqaddan si kor ah.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Kor u akhrintu ma shaqayn. Fadlan mar kale isku day.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Xadgudub jireed
outcome-category-emotional = Xadgudub dareen
outcome-category-sexual = Xadgudub galmo
outcome-category-neglect = Dayacaad
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Markii hore waxaad tiri:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = Maxaa isbeddelay tan iyo markaas? Weli ma run baa?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = U diyaar garow shirka dib-u-eegista
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Shirka kadib
# Under the heading.
outcome-intro = Marka shirku dhammaado, qor waxa la go'aamiyay. Jadwalka waqtigu wuxuu markaas tusi doonaa taariikhaha laguu sheegay.
# A question with three answers below it.
outcome-plan-label = Shirku ma go'aamiyay Qorshe Ilaalinta Ilmaha?
outcome-plan-yes = Haa, qorshe ayaa jira
outcome-plan-no = Qorshe ma jiro
outcome-plan-unsure = Ma hubo
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Nooca waxyeellada ee ay sheegeen? Waxaad calaamadin kartaa wax ka badan hal.
outcome-category-physical-hint = Dhaawicidda jirka ilmaha, ama aan laga ilaalin in la dhaawaco.
outcome-category-emotional-hint = Ula dhaqanka ilmaha si dareenkiisa u dhaawacda, sida qaylo badan, cabsi gelin ama iska indha tirid.
outcome-category-sexual-hint = Ku qasbidda ama u oggolaanshaha ilmaha inuu ka qayb galo waxyaabo galmo.
outcome-category-neglect-hint = Aan la siin ilmaha waxa uu maalin kasta u baahan yahay, sida cunto, diirimaad, daryeel, badbaado ama dhakhtar.
# Labels of two date boxes.
outcome-core-group-label = Taariikhda kulanka koowaad ee kooxda muhiimka ah
outcome-review-label = Taariikhda shirka dib-u-eegista
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Xiriirka golaha deegaanka ee cabashooyinka (magac, telefoon ama iimayl), haddii aad rabto inaad halkan ku hayso
# The button that saves what was decided.
outcome-save = Kaydi waxa la go'aamiyay
# Shown after saving.
outcome-saved = Waa la kaydiyay. Jadwalka waqtigu hadda wuxuu tusayaa taariikhaha laguu sheegay.
