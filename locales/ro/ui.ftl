# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Pregătiți-vă pentru conferința de protecție a copilului
# Button that goes to the screen before. On every screen but the first.
nav-back = Înapoi
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Mai departe
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Vă rugăm să verificați aceste răspunsuri
# Reminder under the progress line on every part.
part-blank-ok = Puteți lăsa orice întrebare fără răspuns și puteți reveni la ea mai târziu.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Limba

welcome-title = Vă pregătiți pentru conferința de protecție a copilului
welcome-lead = Această aplicație vă ajută să vă gândiți la ce vreți să spuneți la întâlnire și să faceți o pagină pe care să o tipăriți și să o luați cu dumneavoastră.
welcome-what-heading = Ce este o conferință de protecție a copilului?
welcome-what-1 = Este o întâlnire despre copilul dumneavoastră. Dumneavoastră și oamenii care lucrează cu familia, cum ar fi asistentul social, profesorii, asistenta medicală comunitară sau medicul, vă întâlniți ca să vorbiți despre cum poate fi copilul ținut în siguranță și bine.
welcome-what-2 = La întâlnire se hotărăște dacă copilul are nevoie de un plan de protecție a copilului. Acesta este un plan scris despre ce trebuie să se întâmple ca copilul să fie în siguranță și cine va ajuta.
welcome-what-3 = Conferința nu hotărăște unde locuiește copilul. Nu este un tribunal.
welcome-voice-heading = Părerea dumneavoastră contează
welcome-voice-1 = Sunteți invitați la întâlnire ca să spuneți ce credeți. Vă cunoașteți copilul mai bine decât oricine.
welcome-voice-2 = Puteți veni cu cineva care să vă sprijine, de exemplu un prieten, o rudă sau un susținător independent.
welcome-how-heading = Cum funcționează aplicația
welcome-how-1 = Mai întâi ne spuneți câte ceva despre dumneavoastră și despre conferință. Apoi urmează șase părți scurte, fiecare cu câteva întrebări.
welcome-how-2 = La final puteți citi totul din nou și puteți face un PDF pe care să îl tipăriți.
welcome-how-3 = Totul rămâne pe acest computer. Nimic nu se trimite pe internet.
welcome-how-4 = Răspunsurile se salvează singure în timp ce scrieți. Sunt încuiate pe acest computer, ca doar dumneavoastră să le puteți deschide.
# The button that starts a new contribution, under the box for its name.
welcome-start = Începeți
# Under the few words explained on the welcome screen.
welcome-more-words = Mai multe cuvinte și un ghid despre întâlnire

## About you and the conference (the practical page)

about-title = Despre dumneavoastră și despre conferință
about-intro = Așa află cei de la întâlnire cine a scris acest text. Completați ce puteți. Orice întrebare poate rămâne fără răspuns.
about-you-heading = Despre dumneavoastră
about-name-label = Numele dumneavoastră
about-relationship-label = Ce sunteți pentru copil sau pentru copii?
about-relationship-hint = De exemplu: mamă, tată, bunic sau bunică, părinte vitreg sau părinte de plasament.
about-children-heading = Copiii
about-children-hint = Scrieți prenumele fiecărui copil. Adăugați vârsta sau data nașterii, cum vă este mai ușor.
about-child-name-label = Prenume
about-child-age-label = Vârsta
about-child-birth-label = Data nașterii
about-child-add = Adăugați încă un copil
about-child-remove = Scoateți acest copil
about-conference-heading = Conferința
about-date-label = Data
about-time-label = Ora de început
about-kind-label = Ce fel de conferință este?
about-kind-initial = Prima conferință (numită conferința inițială)
about-kind-review = O conferință de revizuire, după ce s-a făcut un plan
about-unsure = Nu știu sigur
about-format-label = Cum va avea loc?
about-format-in-person = Împreună, în aceeași sală
about-format-video = Prin apel video
about-format-mixed = Un amestec din amândouă
about-format-phone = Prin telefon
about-social-worker-label = Numele asistentului social
about-helper-heading = Ajutor la completare
about-helper-label = V-a ajutat cineva să completați?
about-helper-nobody = Nu, am completat fără ajutor
about-helper-supporter = Un prieten sau o rudă
about-helper-advocate = Un susținător independent
about-helper-social-worker = Un asistent social
about-helper-interpreter = Un interpret
about-helper-name-label = Numele persoanei
about-interpreter-label = Aveți nevoie de un interpret la conferință?
about-interpreter-no = Nu
about-interpreter-yes = Da
about-interpreter-language-label = Pentru ce limbă?
about-access-label = Este ceva care v-ar ajuta să participați la întâlnire?
about-access-hint = De exemplu: acces fără trepte, scris mare, o buclă de inducție pentru aparatele auditive, pauze sau o cameră liniștită în care să așteptați.

## Check your answers

check-title = Verificați răspunsurile
check-intro = Citiți ce ați scris. Puteți schimba orice înainte să faceți PDF-ul.
# Button beside each part that goes back to it.
check-change = Schimbați
check-not-answered = Fără răspuns
check-make-pdf = Faceți PDF-ul
check-pdf-note = Veți alege unde să îl salvați. Apoi îl puteți tipări sau îl puteți da președintelui conferinței sau asistentului social.
status-making-pdf = Se face PDF-ul…
status-cancelled = Nu ați ales unde să salvați PDF-ul, așa că nu a fost salvat. Puteți încerca din nou.

## Your PDF is ready

done-title = PDF-ul este gata
done-saved = A fost salvat ca:
done-open = Deschideți PDF-ul
done-back = Înapoi la răspunsurile mele
done-bring = Tipăriți-l și aduceți-l la conferință sau trimiteți-l președintelui conferinței ori asistentului social înainte de întâlnire. Puteți în continuare să schimbați răspunsurile și să faceți unul nou.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Pregătiți notițele mele pentru ziua conferinței

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Ceva nu a mers bine. Ce ați scris este încă aici. Vă rugăm să încercați din nou.

## Buttons at the top of every screen

nav-timeline = Ce se întâmplă și când
nav-guide = Ghid și cuvinte
# Above the links to the glossary on a part's screen.
part-words = Cuvinte de pe această pagină

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Adăugați data conferinței pe pagina „Despre dumneavoastră” și datele vor apărea aici.
timeline-add-date = Adăugați data
timeline-reports-days-label = Cu câte zile lucrătoare înainte de conferință ar trebui să primiți rapoartele?
timeline-reports-days-hint = Cele mai multe consilii locale spun 2 pentru prima conferință și 5 pentru o conferință de revizuire. Consiliile diferă, așa că întrebați asistentul social.
timeline-chair-minutes-label = Cu câte minute înainte de conferință se întâlnește președintele cu dumneavoastră?
timeline-chair-minutes-hint = Multe consilii locale spun 30 de minute, unele 15 sau o oră. Poate scrie în invitație; dacă nu, întrebați asistentul social.
timeline-calendar-heading = Adăugați datele în calendar
timeline-calendar-intro = Se salvează un fișier pe care îl poate deschide telefonul, Outlook sau alt calendar. Evenimentele spun doar ce se întâmplă, nu și despre cine este vorba.
timeline-calendar-names = Adăugați prenumele copiilor mei la evenimente
timeline-calendar-save = Salvați fișierul de calendar
timeline-calendar-saved = Fișierul de calendar a fost salvat ca:
status-calendar-cancelled = Nu ați ales unde să salvați fișierul de calendar, așa că nu a fost salvat.

## Your drafts (the start screen)

drafts-heading = Ciornele dumneavoastră
drafts-intro = Răspunsurile fiecărei persoane sunt păstrate într-o ciornă separată. Continuați una dintre ele sau începeți una nouă.
drafts-none = Încă nu există ciorne pe acest computer.
drafts-open = Continuați
drafts-rename = Schimbați numele
drafts-rename-label = Numele nou
drafts-rename-save = Salvați numele
drafts-cancel = Renunțați
drafts-delete = Ștergeți
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Ștergeți această ciornă? Tot ce conține și toate copiile păstrate de aplicație vor dispărea pentru totdeauna.
drafts-delete-yes = Da, o șterg
drafts-delete-no = Nu, o păstrez
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Fișiere care nu au putut fi deschise
drafts-new-heading = Începeți o contribuție nouă
drafts-new-label = Cum o numim?
drafts-new-hint = De exemplu: „Mama — conferința inițială, 3 decembrie”. Puteți lăsa spațiul gol și puteți schimba numele mai târziu.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Adăugați o frază de acces de rezervă
drafts-spare-intro = Ciornele se deblochează prin depozitul de parole al acestui computer. O frază de acces de rezervă este a doua cale de intrare, pentru cazul în care depozitul de parole nu mai poate fi folosit. Scrieți-o într-un loc sigur.
drafts-spare-saved = Fraza de acces de rezervă este setată.
drafts-spare-save = Salvați fraza de acces

## Saving, at the top of every screen

save-saving = Se salvează…
save-saved = Salvat
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Ca să nu se piardă nimic, această ciornă rămâne deschisă până când ultimele schimbări sunt salvate.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Ca să nu se piardă nimic, aplicația a rămas deschisă. Dacă vreți totuși să o închideți fără ultimele schimbări, închideți-o încă o dată.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Încuiați
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Închideți ciornele
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Ascundeți
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Continuați
nav-drafts = Ciornele mele

## Locked, and other ways in

locked-title = Ciornele sunt încuiate
locked-intro = Aplicația a încuiat ciornele ca să rămână private. Nimeni nu le poate citi până nu sunt deblocate.
locked-intro-keychain = Ciornele au fost închise și ecranul a fost golit. Pe acest cont al calculatorului ele se deschid fără frază de acces, așa că oricine poate folosi acest cont le poate deschide din nou cu butonul de mai jos.
locked-unlock = Deblocați
locked-try-again = Încercați din nou
passphrase-label = Fraza de acces
passphrase-again-label = Scrieți din nou fraza de acces
passphrase-mismatch = Cele două fraze de acces nu sunt la fel. Vă rugăm să le scrieți din nou.
passphrase-unlock = Deblocați cu fraza mea de acces
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Ușor de ghicit. Adăugați încă niște cuvinte pe care doar dumneavoastră le-ați pune împreună.
passphrase-strength-fair = Acceptabilă. Încă unul sau două cuvinte ar face-o mult mai greu de ghicit.
passphrase-strength-hard = Greu de ghicit. Bine.
choose-title = Alegeți o frază de acces
choose-intro = O frază de acces este ca o parolă, dar mai lungă: merge bine o propoziție scurtă pe care o țineți minte. Veți avea nevoie de ea de fiecare dată când deschideți ciornele. În pasul următor veți primi un cod de recuperare. Dacă uitați fraza de acces, doar acel cod vă poate deschide ciornele: nimeni altcineva, nici măcar Family Voice, nu vi le poate recupera.
choose-save = Folosiți această frază de acces
lost-title = Ciornele nu pot fi deschise
lost-start-again = Începeți din nou
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Dacă începeți din nou, ciornele care nu pot fi deschise sunt puse deoparte, într-un dosar separat, și primiți o listă nouă, goală. Nu se șterge nimic.
lost-confirm-yes = Da, le pun deoparte și încep din nou
lost-confirm-no = Nu, mă întorc
failed-title = Ciornele nu au putut fi deschise

## The recovery code, shown once after a passphrase is chosen

recovery-title = Codul dumneavoastră de recuperare
recovery-intro = Dacă vreodată uitați fraza de acces, acest cod vă va deschide ciornele în locul ei. Este afișat doar de data aceasta.
recovery-keep = Scrieți-l pe hârtie sau salvați foaia de recuperare și tipăriți-o. Păstrați codul într-un loc sigur, departe de acest computer: oricine îl are vă poate deschide ciornele.
recovery-save = Salvați foaia de recuperare ca s-o tipăriți
# After "It was saved as:" and the file's name.
recovery-saved-note = Tipăriți foaia, păstrați-o într-un loc sigur, apoi ștergeți fișierul de pe acest computer.
recovery-done = L-am pus într-un loc sigur. Continuați
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Am uitat fraza de acces
locked-forgot-intro = Scrieți codul de pe foaia de recuperare, apoi alegeți o frază de acces nouă. Ciornele se vor deschide, iar de atunci înainte le va deschide fraza de acces nouă.
recovery-code-label = Cod de recuperare
recovery-new-save = Deschideți ciornele cu fraza de acces nouă

## The very first start: how the drafts will open

first-title = Cum vreți să se deschidă ciornele?
first-intro = Tot ce scrieți aici este păstrat încuiat pe acest computer. Alegeți cum se deschide. Puteți schimba asta mai târziu fără să pierdeți nimic.
first-passphrase = Să mi se ceară fraza de acces de fiecare dată
# Under the button above. Says why it is recommended.
first-passphrase-why = Vă recomandăm această variantă, pentru că și alte persoane pot folosi acest computer. Doar cineva care vă știe fraza de acces vă poate deschide ciornele, chiar și pe propriul dumneavoastră cont al calculatorului.
first-keychain = Să se deschidă fără să mi se ceară nimic pe acest cont al calculatorului
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Nu veți avea nevoie de o frază de acces. Dar oricine poate folosi acest cont al calculatorului vă poate deschide ciornele, la fel și programele care rulează pe el.

## How the drafts open, on the start screen (can be changed)

way-heading = Cum se deschid ciornele
way-keychain-now = Pe acest cont al calculatorului, ciornele se deschid fără frază de acces. Oricine poate folosi acest cont le poate deschide.
way-to-passphrase-intro = Ca să le feriți de alte persoane care folosesc acest cont, alegeți o frază de acces. De atunci înainte, ea va fi cerută de fiecare dată.
way-to-passphrase = Să mi se ceară fraza de acces de fiecare dată
way-passphrase-now = Ciornele vă cer fraza de acces de fiecare dată când se deschid.
way-to-keychain-intro = Ca ele să se deschidă fără frază de acces pe acest cont al calculatorului, scrieți încă o dată fraza de acces. Apoi oricine poate folosi acest cont le va putea deschide.
way-to-keychain = Să se deschidă fără să mi se ceară nimic pe acest cont al calculatorului
# After either change above.
way-changed = Gata. Toate ciornele sunt încă aici.

## While the computer's password store is being asked for the drafts' key

asking-title = Se deschid ciornele
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Computerul vă cere parola pentru depozitul lui de parole… Această fereastră este a computerului, nu a aplicației Family Voice. Scrieți acolo parola computerului, iar ciornele se vor deschide.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Sau deblocați-le în schimb cu fraza de acces Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Ștergeți tot de pe acest computer
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Această acțiune șterge tot ce păstrează Family Voice pe acest computer: toate ciornele, toate copiile lor, cheia care le deschide, verificările traducerilor făcute de interpreți și setările dumneavoastră. Acest lucru nu poate fi anulat. Aplicația se închide când termină. PDF-urile pe care le-ați salvat în altă parte nu sunt atinse.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Pentru siguranță, scrieți acest cuvânt în căsuță:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = șterge
erase-button = Ștergeți tot acum
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Nu s-a șters nimic. Ca să ștergeți tot, scrieți exact cuvântul de mai sus.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Ciornele și cheia lor au fost șterse, dar alte câteva fișiere ale aplicației nu au putut fi șterse încă. Închideți Family Voice, deschideți-l din nou și alegeți încă o dată „Ștergeți tot”.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Citește cu voce tare
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Oprește
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Acest calculator nu are o voce care să citească această limbă cu voce tare.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Citirea cu voce tare nu a mers. Încercați din nou.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Abuz fizic
outcome-category-emotional = Abuz emoțional
outcome-category-sexual = Abuz sexual
outcome-category-neglect = Neglijare
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Data trecută ați spus:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = Ce s-a schimbat de atunci? Mai este adevărat?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Pregătiți-vă pentru conferința de revizuire
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = După conferință
# Under the heading.
outcome-intro = Când se termină conferința, scrieți ce s-a hotărât. Apoi cronologia va arăta datele primite.
# A question with three answers below it.
outcome-plan-label = A hotărât conferința un Plan de protecție a copilului?
outcome-plan-yes = Da, există un plan
outcome-plan-no = Nu există plan
outcome-plan-unsure = Nu sunt sigur/sigură
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Ce tip de rău au spus? Puteți bifa mai multe.
outcome-category-physical-hint = A răni corpul unui copil sau a nu-l feri de a fi rănit.
outcome-category-emotional-hint = A trata un copil într-un fel care îi rănește sentimentele, de exemplu țipete multe, speriat sau ignorat.
outcome-category-sexual-hint = A obliga sau a lăsa un copil să ia parte la lucruri sexuale.
outcome-category-neglect-hint = A nu-i da unui copil ce îi trebuie în fiecare zi: mâncare, căldură, grijă, siguranță sau un medic.
# Labels of two date boxes.
outcome-core-group-label = Data primei întâlniri a grupului de bază (core group)
outcome-review-label = Data conferinței de revizuire
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Contactul consiliului local pentru plângeri (un nume, un telefon sau un email), dacă vreți să-l păstrați aici
# The button that saves what was decided.
outcome-save = Salvați ce s-a hotărât
# Shown after saving.
outcome-saved = Salvat. Cronologia arată acum datele primite.
