# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Përgatituni për konferencën për mbrojtjen e fëmijës
# Button that goes to the screen before. On every screen but the first.
nav-back = Prapa
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Përpara
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Ju lutemi kontrolloni këto përgjigje
# Reminder under the progress line on every part.
part-blank-ok = Mund ta lini bosh çdo pyetje dhe të ktheheni te ajo më vonë.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Gjuha

welcome-title = Po përgatiteni për konferencën për mbrojtjen e fëmijës
welcome-lead = Ky aplikacion ju ndihmon të mendoni çfarë doni të thoni në takim, dhe të bëni një faqe për ta printuar dhe për ta marrë me vete.
welcome-what-heading = Çfarë është konferenca për mbrojtjen e fëmijës?
welcome-what-1 = Është një takim për fëmijën tuaj. Ju dhe njerëzit që punojnë me familjen tuaj, si punonjësi social, mësuesit, infermierja e komunitetit ose mjeku, takoheni për të folur se si ta mbani fëmijën tuaj të sigurt dhe mirë.
welcome-what-2 = Në takim vendoset nëse fëmija juaj ka nevojë për një plan për mbrojtjen e fëmijës. Ky është një plan me shkrim për atë që duhet të ndodhë që fëmija juaj të jetë i sigurt, dhe kush do të ndihmojë.
welcome-what-3 = Konferenca nuk vendos se ku jeton fëmija juaj. Nuk është gjykatë.
welcome-voice-heading = Mendimi juaj ka rëndësi
welcome-voice-1 = Jeni të ftuar në takim për të thënë çfarë mendoni. Ju e njihni fëmijën tuaj më mirë se kushdo.
welcome-voice-2 = Mund të sillni dikë me vete për mbështetje, si një mik, një të afërm ose një mbështetës të pavarur.
welcome-how-heading = Si funksionon ky aplikacion
welcome-how-1 = Së pari na tregoni pak për veten dhe për konferencën. Pastaj vijnë gjashtë pjesë të shkurtra, secila me disa pyetje.
welcome-how-2 = Në fund mund t'i lexoni të gjitha përsëri dhe të bëni një PDF për ta printuar.
welcome-how-3 = Gjithçka mbetet në këtë kompjuter. Asgjë nuk dërgohet në internet.
welcome-how-4 = Përgjigjet tuaja ruhen vetë ndërsa shkruani. Ato janë të kyçura në këtë kompjuter, që t'i hapni vetëm ju.
# The button that starts a new contribution, under the box for its name.
welcome-start = Filloni
# Under the few words explained on the welcome screen.
welcome-more-words = Më shumë fjalë, dhe një udhëzues për takimin

## About you and the conference (the practical page)

about-title = Rreth jush dhe konferencës
about-intro = Kjo u tregon njerëzve në takim se kush e ka shkruar. Plotësoni sa të mundni. Çdo pyetje mund të lihet bosh.
about-you-heading = Rreth jush
about-name-label = Emri juaj
about-relationship-label = Çfarë jeni për fëmijën ose fëmijët?
about-relationship-hint = Për shembull: nënë, baba, gjysh ose gjyshe, njerkë ose njerk, prind kujdestar.
about-children-heading = Fëmijët
about-children-hint = Shkruani emrin e çdo fëmije. Shtoni moshën ose datëlindjen, cilado që është më e lehtë.
about-child-name-label = Emri
about-child-age-label = Mosha
about-child-birth-label = Datëlindja
about-child-add = Shtoni një fëmijë tjetër
about-child-remove = Hiqeni këtë fëmijë
about-conference-heading = Konferenca
about-date-label = Data
about-time-label = Ora e fillimit
about-kind-label = Cila konferencë është?
about-kind-initial = Konferenca e parë (quhet konferenca fillestare)
about-kind-review = Një konferencë rishikimi, pasi është bërë një plan
about-unsure = Nuk e di me siguri
about-format-label = Si do të zhvillohet?
about-format-in-person = Bashkë në një sallë
about-format-video = Me video-thirrje
about-format-mixed = Pak nga të dyja
about-format-phone = Me telefon
about-social-worker-label = Emri i punonjësit tuaj social
about-helper-heading = Ndihmë me këtë formular
about-helper-label = A ju ndihmoi dikush ta plotësoni?
about-helper-nobody = Jo, e plotësova vetë
about-helper-supporter = Një mik ose dikush nga familja
about-helper-advocate = Një mbështetës i pavarur
about-helper-social-worker = Një punonjës social
about-helper-interpreter = Një përkthyes
about-helper-name-label = Emri i personit
about-interpreter-label = A keni nevojë për përkthyes në konferencë?
about-interpreter-no = Jo
about-interpreter-yes = Po
about-interpreter-language-label = Për cilën gjuhë?
about-access-label = A ka diçka që do t'ju ndihmonte të merrnit pjesë në takim?
about-access-hint = Për shembull: hyrje pa shkallë, shkrim me germa të mëdha, sistem ndihmës për dëgjimin, pushime, ose një dhomë e qetë ku të prisni.

## Check your answers

check-title = Kontrolloni përgjigjet tuaja
check-intro = Lexoni atë që keni shkruar. Mund të ndryshoni çdo gjë para se të bëni PDF-in.
# Button beside each part that goes back to it.
check-change = Ndryshoni
check-not-answered = Pa përgjigje
check-make-pdf = Bëni PDF-in
check-pdf-note = Do të zgjidhni ku ta ruani. Pastaj mund ta printoni, ose t'ia jepni kryesuesit të konferencës ose punonjësit tuaj social.
status-making-pdf = Po bëhet PDF-i…
status-cancelled = Nuk zgjodhët ku ta ruani PDF-in, prandaj nuk u ruajt. Mund të provoni përsëri.

## Your PDF is ready

done-title = PDF-i juaj është gati
done-saved = U ruajt si:
done-open = Hapni PDF-in
done-back = Kthehuni te përgjigjet e mia
done-bring = Mund ta printoni dhe ta sillni në konferencë, ose t'ia dërgoni kryesuesit të konferencës ose punonjësit tuaj social para takimit. Mund t'i ndryshoni ende përgjigjet dhe të bëni një PDF të ri.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Përgatit shënimet e mia për ditën e konferencës

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Diçka nuk shkoi mirë. Ajo që keni shkruar është ende këtu. Ju lutemi provoni përsëri.

## Buttons at the top of every screen

nav-timeline = Çfarë ndodh dhe kur
nav-guide = Udhëzues dhe fjalë
# Above the links to the glossary on a part's screen.
part-words = Fjalë në këtë faqe

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Shtoni datën e konferencës suaj te faqja „Rreth jush“, dhe datat tuaja do të shfaqen këtu.
timeline-add-date = Shtoni datën
timeline-reports-days-label = Sa ditë pune para konferencës duhet t'ju vijnë raportet?
timeline-reports-days-hint = Shumica e bashkive thonë 2 për konferencën e parë dhe 5 për një konferencë rishikimi. Bashkitë ndryshojnë, prandaj pyesni punonjësin tuaj social.
timeline-chair-minutes-label = Sa minuta para konferencës takohet kryesuesi me ju?
timeline-chair-minutes-hint = Shumë bashki thonë 30 minuta, disa 15 ose një orë. Mund ta shkruajë ftesa; përndryshe pyesni punonjësin tuaj social.
timeline-calendar-heading = Shtoni datat në kalendarin tuaj
timeline-calendar-intro = Kjo ruan një skedar që mund ta hapë telefoni juaj, Outlook ose një kalendar tjetër. Ngjarjet thonë vetëm çfarë ndodh, jo për kë bëhet fjalë.
timeline-calendar-names = Shtoni emrat e fëmijëve të mi te ngjarjet
timeline-calendar-save = Ruani skedarin e kalendarit
timeline-calendar-saved = Skedari i kalendarit u ruajt si:
status-calendar-cancelled = Nuk zgjodhët ku ta ruani skedarin e kalendarit, prandaj nuk u ruajt.

## Your drafts (the start screen)

drafts-heading = Draftet tuaja
drafts-intro = Përgjigjet e secilit person ruhen si draft më vete. Vazhdoni me një prej tyre, ose filloni një të ri.
drafts-none = Ende nuk ka drafte në këtë kompjuter.
drafts-open = Vazhdoni
drafts-rename = Ndryshoni emrin
drafts-rename-label = Emri i ri
drafts-rename-save = Ruani emrin
drafts-cancel = Anuloni
drafts-delete = Fshini
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Ta fshini këtë draft? Gjithçka që ka brenda, dhe çdo kopje që ka mbajtur aplikacioni, do të zhduket përgjithmonë.
drafts-delete-yes = Po, fshijeni
drafts-delete-no = Jo, mbajeni
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Skedarë që nuk u hapën dot
drafts-new-heading = Filloni një kontribut të ri
drafts-new-label = Si ta quajmë?
drafts-new-hint = Për shembull: „Nëna — konferenca fillestare, 3 dhjetor“. Mund ta lini bosh dhe ta ndryshoni më vonë.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Shtoni një frazë sekrete rezervë
drafts-spare-intro = Draftet tuaja hapen me anë të vendit ku ky kompjuter ruan fjalëkalimet. Një frazë sekrete rezervë është një rrugë e dytë për t'i hapur, në rast se ai vend nuk mund të përdoret më ndonjëherë. Shkruajeni diku në vend të sigurt.
drafts-spare-saved = Fraza juaj sekrete rezervë është vendosur.
drafts-spare-save = Ruani frazën sekrete

## Saving, at the top of every screen

save-saving = Po ruhet…
save-saved = U ruajt
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Që të mos humbasë asgjë, ky draft mbetet i hapur derisa të ruhen ndryshimet e fundit.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Që të mos humbasë asgjë, aplikacioni është ende i hapur. Nëse doni ta mbyllni gjithsesi, pa ndryshimet e fundit, mbylleni edhe një herë.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Kyçni
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Mbyllni draftet
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Mbuloni ekranin
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Vazhdoni
nav-drafts = Draftet e mia

## Locked, and other ways in

locked-title = Draftet tuaja janë të kyçura
locked-intro = Aplikacioni i kyçi draftet tuaja që të mbeten private. Askush nuk mund t'i lexojë derisa të hapen.
locked-intro-keychain = Draftet tuaja u mbyllën dhe ekrani u pastrua. Në këtë llogari të kompjuterit ato hapen pa frazë sekrete, ndaj kushdo që mund ta përdorë këtë llogari mund t'i hapë përsëri me butonin më poshtë.
locked-unlock = Hapni
locked-try-again = Provoni përsëri
passphrase-label = Fraza sekrete
passphrase-again-label = Shkruajeni përsëri frazën sekrete
passphrase-mismatch = Të dyja frazat sekrete nuk janë njësoj. Ju lutemi shkruajini përsëri.
passphrase-unlock = Hapni me frazën time sekrete
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = E lehtë për t'u marrë me mend. Shtoni edhe disa fjalë që vetëm ju do t'i vendosnit bashkë.
passphrase-strength-fair = Mesatare. Edhe një a dy fjalë të tjera do ta bënin shumë më të vështirë për t'u marrë me mend.
passphrase-strength-hard = E vështirë për t'u marrë me mend. Shumë mirë.
choose-title = Zgjidhni një frazë sekrete
choose-intro = Fraza sekrete është si një fjalëkalim, por më e gjatë: një fjali e shkurtër që do ta mbani mend shkon mirë. Do t'ju duhet sa herë që hapni draftet tuaja. Më pas do të merrni një kod rikuperimi. Nëse e harroni frazën sekrete, vetëm ai kod mund t'i hapë draftet tuaja: askush tjetër, as Family Voice, nuk mund t'jua kthejë.
choose-save = Përdorni këtë frazë sekrete
lost-title = Draftet tuaja nuk mund të hapen
lost-start-again = Filloni nga e para
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Nëse filloni nga e para, draftet që nuk mund të hapen vihen mënjanë, në një dosje më vete, dhe ju merrni një listë të re, bosh. Asgjë nuk fshihet.
lost-confirm-yes = Po, vërini mënjanë dhe filloni nga e para
lost-confirm-no = Jo, kthehuni prapa
failed-title = Draftet tuaja nuk u hapën dot

## The recovery code, shown once after a passphrase is chosen

recovery-title = Kodi juaj i rikuperimit
recovery-intro = Nëse ndonjëherë e harroni frazën sekrete, ky kod do t'i hapë draftet tuaja në vend të saj. Ai shfaqet vetëm këtë herë.
recovery-keep = Shkruajeni, ose ruani fletën e rikuperimit dhe printojeni. Mbajeni kodin diku në vend të sigurt, larg këtij kompjuteri: kushdo që e ka mund t'i hapë draftet tuaja.
recovery-save = Ruani fletën e rikuperimit për ta printuar
# After "It was saved as:" and the file's name.
recovery-saved-note = Printojeni, ruajeni letrën diku në vend të sigurt, pastaj fshijeni skedarin nga ky kompjuter.
recovery-done = E kam ruajtur në vend të sigurt. Vazhdoni
# On the locked screen: opens the way in with the recovery code.
locked-forgot = E kam harruar frazën sekrete
locked-forgot-intro = Shkruani kodin nga fleta juaj e rikuperimit, pastaj zgjidhni një frazë sekrete të re. Draftet tuaja do të hapen, dhe që atëherë do t'i hapë fraza e re sekrete.
recovery-code-label = Kodi i rikuperimit
recovery-new-save = Hapni draftet e mia me frazën e re sekrete

## The very first start: how the drafts will open

first-title = Si doni të hapen draftet tuaja?
first-intro = Gjithçka që shkruani këtu mbahet e kyçur në këtë kompjuter. Zgjidhni si të hapet. Këtë mund ta ndryshoni më vonë pa humbur asgjë.
first-passphrase = Të më kërkohet fraza sekrete çdo herë
# Under the button above. Says why it is recommended.
first-passphrase-why = Kjo rekomandohet, sepse këtë kompjuter mund ta përdorin edhe njerëz të tjerë. Vetëm dikush që e di frazën tuaj sekrete mund t'i hapë draftet tuaja, edhe në llogarinë tuaj të kompjuterit.
first-keychain = Të hapen pa pyetur në këtë llogari të kompjuterit
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Nuk do t'ju duhet frazë sekrete. Por kushdo që mund ta përdorë këtë llogari të kompjuterit mund t'i hapë draftet tuaja, po ashtu edhe programet që punojnë në të.

## How the drafts open, on the start screen (can be changed)

way-heading = Si hapen draftet tuaja
way-keychain-now = Në këtë llogari të kompjuterit, draftet tuaja hapen pa frazë sekrete. Kushdo që mund ta përdorë këtë llogari mund t'i hapë.
way-to-passphrase-intro = Që t'i mbroni nga njerëzit e tjerë që e përdorin këtë llogari, zgjidhni një frazë sekrete. Që atëherë, ajo do t'ju kërkohet çdo herë.
way-to-passphrase = Të më kërkohet fraza sekrete çdo herë
way-passphrase-now = Draftet tuaja ju kërkojnë frazën sekrete sa herë që hapen.
way-to-keychain-intro = Që të hapen pa frazë sekrete në këtë llogari të kompjuterit, shkruani edhe një herë frazën tuaj sekrete. Pas kësaj, kushdo që mund ta përdorë këtë llogari do të mund t'i hapë.
way-to-keychain = Të hapen pa pyetur në këtë llogari të kompjuterit
# After either change above.
way-changed = U bë. Të gjitha draftet tuaja janë ende këtu.

## While the computer's password store is being asked for the drafts' key

asking-title = Po hapen draftet tuaja
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Kompjuteri juaj po ju kërkon fjalëkalimin e vendit ku ruan fjalëkalimet… Kjo është dritarja e vetë kompjuterit, jo e Family Voice. Shkruani aty fjalëkalimin e kompjuterit, dhe draftet tuaja do të hapen.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Ose, në vend të kësaj, hapini me frazën tuaj sekrete të Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Fshini gjithçka nga ky kompjuter
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Kjo heq gjithçka që Family Voice mban në këtë kompjuter: çdo draft, çdo kopje të tyre, çelësin që i hap, kontrollet e përkthimeve nga përkthyesit dhe cilësimet tuaja. Nuk mund të zhbëhet. Aplikacioni mbyllet kur mbaron. PDF-të që i keni ruajtur vetë diku tjetër nuk preken.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Për siguri, shkruani këtë fjalë në kuti:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = fshij
erase-button = Fshini gjithçka tani
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Asgjë nuk është fshirë. Për të fshirë gjithçka, shkruani saktësisht fjalën që shihni më lart.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Draftet tuaja dhe çelësi i tyre u fshinë, por disa skedarë të tjerë të aplikacionit ende nuk mund të hiqeshin. Mbyllni Family Voice, hapeni përsëri dhe zgjidhni edhe një herë “Fshini gjithçka”.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Lexo me zë
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Ndalo
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Ky kompjuter nuk ka një zë që mund ta lexojë këtë gjuhë me zë.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Leximi me zë nuk funksionoi. Provoni përsëri.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Abuzim fizik
outcome-category-emotional = Abuzim emocional
outcome-category-sexual = Abuzim seksual
outcome-category-neglect = Neglizhim
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Herën e kaluar thatë:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = Çfarë ka ndryshuar që atëherë? A është ende e vërtetë?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Përgatituni për konferencën e rishikimit
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Pas konferencës
# Under the heading.
outcome-intro = Kur të mbarojë konferenca, shkruani çfarë u vendos. Pastaj kalendari do të tregojë datat që ju dhanë.
# A question with three answers below it.
outcome-plan-label = A vendosi konferenca për një Plan Mbrojtjeje të Fëmijës?
outcome-plan-yes = Po, ka një plan
outcome-plan-no = Nuk ka plan
outcome-plan-unsure = Nuk jam i sigurt / e sigurt
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Çfarë lloj dëmi thanë? Mund të shënoni më shumë se një.
outcome-category-physical-hint = Lëndimi i trupit të fëmijës, ose mosmbrojtja e tij nga lëndimi.
outcome-category-emotional-hint = Trajtimi i fëmijës në një mënyrë që i lëndon ndjenjat, si shumë të bërtitura, frikësim ose injorim.
outcome-category-sexual-hint = Detyrimi ose lejimi i fëmijës të marrë pjesë në gjëra seksuale.
outcome-category-neglect-hint = Mosdhënia e asaj që i duhet fëmijës çdo ditë, si ushqim, ngrohtësi, kujdes, siguri ose mjek.
# Labels of two date boxes.
outcome-core-group-label = Data e takimit të parë të grupit bazë (core group)
outcome-review-label = Data e konferencës së rishikimit
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Kontakti i këshillit për ankesa (emër, telefon ose email), nëse doni ta mbani këtu
# The button that saves what was decided.
outcome-save = Ruani çfarë u vendos
# Shown after saving.
outcome-saved = U ruajt. Kalendari tani tregon datat që ju dhanë.
