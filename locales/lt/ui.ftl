# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Pasiruoškite vaiko apsaugos konferencijai
# Button that goes to the screen before. On every screen but the first.
nav-back = Atgal
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Toliau
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Patikrinkite šiuos atsakymus
# Reminder under the progress line on every part.
part-blank-ok = Bet kurį klausimą galite palikti tuščią ir grįžti prie jo vėliau.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Kalba

welcome-title = Pasiruošimas vaiko apsaugos konferencijai
welcome-lead = Ši programa padeda apgalvoti, ką norite pasakyti susitikime, ir paruošti puslapį, kurį galėsite atsispausdinti ir pasiimti su savimi.
welcome-what-heading = Kas yra vaiko apsaugos konferencija?
welcome-what-1 = Tai susitikimas dėl jūsų vaiko. Jūs ir žmonės, kurie dirba su jūsų šeima, pavyzdžiui, socialinis darbuotojas, mokytojai, bendruomenės slaugytoja ar gydytojas, susitinkate pasikalbėti, kaip pasirūpinti, kad jūsų vaikas būtų saugus ir jam būtų gerai.
welcome-what-2 = Susitikime nusprendžiama, ar jūsų vaikui reikia vaiko apsaugos plano. Tai rašytinis planas: kas turi įvykti, kad jūsų vaikas būtų saugus, ir kas padės.
welcome-what-3 = Konferencija nesprendžia, kur gyvena jūsų vaikas. Tai nėra teismas.
welcome-voice-heading = Jūsų nuomonė svarbi
welcome-voice-1 = Jus kviečia į susitikimą, kad galėtumėte pasakyti, ką manote. Jūs pažįstate savo vaiką geriau nei bet kas kitas.
welcome-voice-2 = Galite atsivesti ką nors, kas jus palaikytų, pavyzdžiui, draugą, giminaitį ar atstovą.
welcome-how-heading = Kaip veikia ši programa
welcome-how-1 = Pirmiausia trumpai papasakosite apie save ir konferenciją. Tada bus šešios trumpos dalys, kiekvienoje – po kelis klausimus.
welcome-how-2 = Pabaigoje galėsite viską dar kartą perskaityti ir sukurti PDF failą spausdinimui.
welcome-how-3 = Viskas lieka šiame kompiuteryje. Niekas nesiunčiama internetu.
welcome-how-4 = Jūsų atsakymai išsaugomi patys, kol rašote. Jie užrakinti šiame kompiuteryje, kad tik jūs galėtumėte juos atidaryti.
# The button that starts a new contribution, under the box for its name.
welcome-start = Pradėti
# Under the few words explained on the welcome screen.
welcome-more-words = Daugiau žodžių ir susitikimo gidas

## About you and the conference (the practical page)

about-title = Apie jus ir konferenciją
about-intro = Tai padeda susitikimo dalyviams žinoti, kas tai parašė. Užpildykite, ką galite. Bet kurį klausimą galima palikti tuščią.
about-you-heading = Apie jus
about-name-label = Jūsų vardas
about-relationship-label = Kas jūs esate vaikui ar vaikams?
about-relationship-hint = Pavyzdžiui: mama, tėtis, senelis ar senelė, patėvis ar pamotė, globėjas.
about-children-heading = Vaikai
about-children-hint = Įrašykite kiekvieno vaiko vardą. Pridėkite amžių arba gimimo datą – kas paprasčiau.
about-child-name-label = Vardas
about-child-age-label = Amžius
about-child-birth-label = Gimimo data
about-child-add = Pridėti dar vieną vaiką
about-child-remove = Pašalinti šį vaiką
about-conference-heading = Konferencija
about-date-label = Data
about-time-label = Pradžios laikas
about-kind-label = Kokia tai konferencija?
about-kind-initial = Pirmoji konferencija (vadinama pirmine konferencija)
about-kind-review = Peržiūros konferencija, kai planas jau sudarytas
about-unsure = Nežinau
about-format-label = Kaip ji vyks?
about-format-in-person = Visi kartu vienoje patalpoje
about-format-video = Vaizdo skambučiu
about-format-mixed = Abiem būdais
about-format-phone = Telefonu
about-social-worker-label = Jūsų socialinio darbuotojo vardas
about-helper-heading = Pagalba pildant šią formą
about-helper-label = Ar kas nors padėjo jums tai užpildyti?
about-helper-nobody = Ne, pildžiau savarankiškai
about-helper-supporter = Draugas ar šeimos narys
about-helper-advocate = Atstovas
about-helper-social-worker = Socialinis darbuotojas
about-helper-interpreter = Vertėjas
about-helper-name-label = Šio žmogaus vardas
about-interpreter-label = Ar konferencijoje jums reikia vertėjo?
about-interpreter-no = Ne
about-interpreter-yes = Taip
about-interpreter-language-label = Kokia kalba?
about-access-label = Ar kas nors padėtų jums dalyvauti susitikime?
about-access-hint = Pavyzdžiui: patekimas be laiptų, stambus šriftas, klausos kilpa, pertraukos ar rami patalpa laukti.

## Check your answers

check-title = Patikrinkite savo atsakymus
check-intro = Perskaitykite, ką parašėte. Prieš kuriant PDF failą galite bet ką pakeisti.
# Button beside each part that goes back to it.
check-change = Keisti
check-not-answered = Neatsakyta
check-make-pdf = Sukurti mano PDF
check-pdf-note = Pasirinksite, kur jį išsaugoti. Tada galėsite jį atsispausdinti arba atiduoti pirmininkui ar socialiniam darbuotojui.
status-making-pdf = Kuriamas jūsų PDF…
status-cancelled = Nepasirinkote, kur išsaugoti PDF failą, todėl jis neišsaugotas. Galite bandyti dar kartą.

## Your PDF is ready

done-title = Jūsų PDF paruoštas
done-saved = Išsaugota kaip:
done-open = Atidaryti mano PDF
done-back = Grįžti prie mano atsakymų
done-bring = Atsispausdinkite jį ir atsineškite į konferenciją arba nusiųskite pirmininkui ar socialiniam darbuotojui prieš susitikimą. Vis dar galite pakeisti atsakymus ir sukurti naują PDF.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Paruošti mano užrašus susitikimo dienai

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Kažkas nepavyko. Tai, ką parašėte, vis dar čia. Bandykite dar kartą.

## Buttons at the top of every screen

nav-timeline = Kas ir kada vyksta
nav-guide = Gidas ir žodžiai
# Above the links to the glossary on a part's screen.
part-words = Žodžiai šiame puslapyje

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Įrašykite konferencijos datą puslapyje „Apie jus“, ir čia atsiras jūsų datos.
timeline-add-date = Įrašyti datą
timeline-reports-days-label = Kiek darbo dienų prieš konferenciją turėtumėte gauti ataskaitas?
timeline-reports-days-hint = Dauguma savivaldybių nurodo 2 dienas pirminei konferencijai ir 5 – peržiūros konferencijai. Savivaldybės skiriasi, todėl pasitikslinkite su socialiniu darbuotoju.
timeline-chair-minutes-label = Prieš kiek minučių iki konferencijos pirmininkas susitinka su jumis?
timeline-chair-minutes-hint = Daug savivaldybių nurodo 30 minučių, kai kurios – 15 arba valandą. Tai gali būti parašyta kvietime; jei ne, paklauskite socialinio darbuotojo.
timeline-calendar-heading = Įrašykite datas į savo kalendorių
timeline-calendar-intro = Čia galite išsaugoti failą, kurį atidarys jūsų telefonas, Outlook ar kitas kalendorius. Įvykiuose nurodoma tik tai, kas vyks, bet ne tai, apie kurį vaiką kalbama.
timeline-calendar-names = Įrašyti mano vaikų vardus į įvykius
timeline-calendar-save = Išsaugoti kalendoriaus failą
timeline-calendar-saved = Kalendoriaus failas išsaugotas kaip:
status-calendar-cancelled = Nepasirinkote, kur išsaugoti kalendoriaus failą, todėl jis neišsaugotas.

## Your drafts (the start screen)

drafts-heading = Jūsų juodraščiai
drafts-intro = Kiekvieno žmogaus atsakymai saugomi kaip atskiras juodraštis. Tęskite vieną iš jų arba pradėkite naują.
drafts-none = Šiame kompiuteryje dar nėra juodraščių.
drafts-open = Tęsti
drafts-rename = Pervadinti
drafts-rename-label = Naujas pavadinimas
drafts-rename-save = Išsaugoti pavadinimą
drafts-cancel = Atšaukti
drafts-delete = Ištrinti
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Ištrinti šį juodraštį? Viskas, kas jame yra, ir visos programos išsaugotos kopijos išnyks visam laikui.
drafts-delete-yes = Taip, ištrinti
drafts-delete-no = Ne, palikti
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Failai, kurių nepavyko atidaryti
drafts-new-heading = Pradėti naują pasisakymą
drafts-new-label = Kaip jį pavadinti?
drafts-new-hint = Pavyzdžiui: „Mama – pirminė konferencija, gruodžio 3 d.“ Galite palikti tuščią ir pakeisti vėliau.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Pridėti atsarginę slaptafrazę
drafts-spare-intro = Jūsų juodraščius atrakina šio kompiuterio slaptažodžių saugykla. Atsarginė slaptafrazė – tai antras būdas juos atidaryti, jei slaptažodžių saugyklos kada nors nepavyktų naudoti. Užsirašykite ją ir laikykite saugioje vietoje.
drafts-spare-saved = Jūsų atsarginė slaptafrazė nustatyta.
drafts-spare-save = Išsaugoti slaptafrazę

## Saving, at the top of every screen

save-saving = Išsaugoma…
save-saved = Išsaugota
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Kad niekas neprapultų, šis juodraštis liks atidarytas, kol bus išsaugoti paskutiniai pakeitimai.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Kad niekas neprapultų, programa vis dar atidaryta. Jei vis tiek norite ją uždaryti be paskutinių pakeitimų, uždarykite ją dar kartą.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Užrakinti
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Uždaryti juodraščius
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Slėpti
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Tęsti
nav-drafts = Mano juodraščiai

## Locked, and other ways in

locked-title = Jūsų juodraščiai užrakinti
locked-intro = Programa užrakino jūsų juodraščius, kad jie liktų privatūs. Niekas negali jų perskaityti, kol jie neatrakinti.
locked-intro-keychain = Jūsų juodraščiai uždaryti, o ekranas išvalytas. Šioje kompiuterio paskyroje jie atsidaro be slaptafrazės, todėl bet kas, galintis naudotis šia paskyra, gali juos vėl atidaryti žemiau esančiu mygtuku.
locked-unlock = Atrakinti
locked-try-again = Bandyti dar kartą
passphrase-label = Slaptafrazė
passphrase-again-label = Įveskite slaptafrazę dar kartą
passphrase-mismatch = Abi slaptafrazės nesutampa. Įveskite jas dar kartą.
passphrase-unlock = Atrakinti mano slaptafraze
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Lengva atspėti. Pridėkite dar kelis žodžius, kuriuos kartu sudėtumėte tik jūs.
passphrase-strength-fair = Vidutiniška. Su dar vienu ar dviem žodžiais ją būtų daug sunkiau atspėti.
passphrase-strength-hard = Sunku atspėti. Gerai.
choose-title = Pasirinkite slaptafrazę
choose-intro = Slaptafrazė yra kaip slaptažodis, tik ilgesnė: gerai tinka trumpas sakinys, kurį lengvai įsiminsite. Jos reikės kiekvieną kartą atidarant juodraščius. Toliau gausite atkūrimo kodą. Jei pamiršite slaptafrazę, jūsų juodraščius galės atidaryti tik tas kodas: niekas kitas, net Family Voice, negalės jų jums atkurti.
choose-save = Naudoti šią slaptafrazę
lost-title = Jūsų juodraščių atidaryti negalima
lost-start-again = Pradėti iš naujo
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Pradėjus iš naujo, juodraščiai, kurių negalima atidaryti, bus padėti į šalį, į atskirą aplanką, o jūs gausite naują, tuščią sąrašą. Niekas nebus ištrinta.
lost-confirm-yes = Taip, padėti juos į šalį ir pradėti iš naujo
lost-confirm-no = Ne, grįžti
failed-title = Jūsų juodraščių nepavyko atidaryti

## The recovery code, shown once after a passphrase is chosen

recovery-title = Jūsų atkūrimo kodas
recovery-intro = Jei kada nors pamiršite slaptafrazę, šis kodas vietoj jos atidarys jūsų juodraščius. Jis rodomas tik šį vienintelį kartą.
recovery-keep = Užsirašykite jį arba išsaugokite atkūrimo lapą ir jį atsispausdinkite. Laikykite kodą saugioje vietoje, toli nuo šio kompiuterio: bet kas, turintis šį kodą, gali atidaryti jūsų juodraščius.
recovery-save = Išsaugoti atkūrimo lapą spausdinimui
# After "It was saved as:" and the file's name.
recovery-saved-note = Atsispausdinkite jį, popieriaus lapą laikykite saugioje vietoje, tada ištrinkite failą iš šio kompiuterio.
recovery-done = Pasidėjau jį saugiai. Tęsti
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Pamiršau savo slaptafrazę
locked-forgot-intro = Įveskite kodą iš atkūrimo lapo, tada pasirinkite naują slaptafrazę. Jūsų juodraščiai atsidarys, o nuo tada juos atidarys nauja slaptafrazė.
recovery-code-label = Atkūrimo kodas
recovery-new-save = Atidaryti mano juodraščius nauja slaptafraze

## The very first start: how the drafts will open

first-title = Kaip turėtų atsidaryti jūsų juodraščiai?
first-intro = Viskas, ką čia parašote, laikoma užrakinta šiame kompiuteryje. Pasirinkite, kaip tai bus atidaroma. Vėliau tai galėsite pakeisti nieko neprarasdami.
first-passphrase = Kiekvieną kartą prašyti mano slaptafrazės
# Under the button above. Says why it is recommended.
first-passphrase-why = Rekomenduojama, nes šiuo kompiuteriu gali naudotis ir kiti žmonės. Jūsų juodraščius galės atidaryti tik tas, kas žino jūsų slaptafrazę, net ir jūsų pačių kompiuterio paskyroje.
first-keychain = Atidaryti neklausiant šioje kompiuterio paskyroje
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Slaptafrazės nereikės. Tačiau jūsų juodraščius galės atidaryti bet kas, galintis naudotis šia kompiuterio paskyra, taip pat ir joje veikiančios programos.

## How the drafts open, on the start screen (can be changed)

way-heading = Kaip atsidaro jūsų juodraščiai
way-keychain-now = Šioje kompiuterio paskyroje jūsų juodraščiai atsidaro be slaptafrazės. Bet kas, galintis naudotis šia paskyra, gali juos atidaryti.
way-to-passphrase-intro = Kad jų negalėtų atidaryti kiti šios paskyros naudotojai, pasirinkite slaptafrazę. Nuo tada jos bus prašoma kiekvieną kartą.
way-to-passphrase = Kiekvieną kartą prašyti mano slaptafrazės
way-passphrase-now = Jūsų juodraščiai kiekvieną kartą atsidarydami prašo jūsų slaptafrazės.
way-to-keychain-intro = Kad jie šioje kompiuterio paskyroje atsidarytų be slaptafrazės, dar kartą įveskite savo slaptafrazę. Tada juos galės atidaryti bet kas, galintis naudotis šia paskyra.
way-to-keychain = Atidaryti neklausiant šioje kompiuterio paskyroje
# After either change above.
way-changed = Atlikta. Visi jūsų juodraščiai vis dar čia.

## While the computer's password store is being asked for the drafts' key

asking-title = Atidaromi jūsų juodraščiai
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Jūsų kompiuteris prašo savo slaptažodžių saugyklos slaptažodžio… Tai paties kompiuterio slaptažodžio langelis, o ne Family Voice. Įveskite ten savo kompiuterio slaptažodį, ir jūsų juodraščiai atsidarys.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Arba vietoj to atrakinkite savo Family Voice slaptafraze:

## Delete everything (at the foot of the start screens)

erase-heading = Ištrinti viską iš šio kompiuterio
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Bus pašalinta viskas, ką Family Voice laiko šiame kompiuteryje: visi juodraščiai, visos jų kopijos, raktas, kuriuo jie atidaromi, vertėjų atlikti vertimų patikrinimai ir jūsų nustatymai. To negalima atšaukti. Baigusi darbą programa užsidarys. PDF failai, kuriuos patys išsaugojote kitur, nebus paliesti.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Norėdami patvirtinti, įrašykite šį žodį į langelį:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = trinti
erase-button = Ištrinti viską dabar
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Niekas neištrinta. Kad ištrintumėte viską, tiksliai įrašykite aukščiau parodytą žodį.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Jūsų juodraščiai ir jų raktas ištrinti, bet kai kurių kitų programos failų dar nepavyko pašalinti. Uždarykite Family Voice, vėl atidarykite ir dar kartą pasirinkite „Ištrinti viską“.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Skaityti garsiai
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Sustabdyti
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Šiame kompiuteryje nėra balso, kuris galėtų garsiai skaityti šia kalba.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Nepavyko perskaityti garsiai. Bandykite dar kartą.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Fizinė prievarta
outcome-category-emotional = Emocinė prievarta
outcome-category-sexual = Seksualinė prievarta
outcome-category-neglect = Nepriežiūra
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Praėjusį kartą jūs sakėte:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = Kas pasikeitė nuo tada? Ar tai vis dar tiesa?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Pasiruošti peržiūros konferencijai
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Po konferencijos
# Under the heading.
outcome-intro = Kai konferencija baigsis, užsirašykite, kas nuspręsta. Tada laiko juosta rodys jums pasakytas datas.
# A question with three answers below it.
outcome-plan-label = Ar konferencija nusprendė sudaryti vaiko apsaugos planą?
outcome-plan-yes = Taip, planas yra
outcome-plan-no = Plano nėra
outcome-plan-unsure = Nesu tikras / tikra
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Kokią žalos rūšį jie nurodė? Galite pažymėti daugiau nei vieną.
outcome-category-physical-hint = Vaiko kūno žalojimas arba jo neapsaugojimas nuo skriaudos.
outcome-category-emotional-hint = Elgesys su vaiku, kuris žeidžia jo jausmus, pavyzdžiui, daug rėkti, gąsdinti ar nekreipti dėmesio.
outcome-category-sexual-hint = Versti vaiką ar leisti jam dalyvauti seksualiniuose dalykuose.
outcome-category-neglect-hint = Neduoti vaikui to, ko jam reikia kasdien: maisto, šilumos, priežiūros, saugumo ar gydytojo.
# Labels of two date boxes.
outcome-core-group-label = Pirmojo pagrindinės grupės susitikimo data
outcome-review-label = Peržiūros konferencijos data
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Jūsų savivaldybės kontaktas skundams (vardas, telefonas ar el. paštas), jei norite jį laikyti čia
# The button that saves what was decided.
outcome-save = Išsaugoti, kas nuspręsta
# Shown after saving.
outcome-saved = Išsaugota. Laiko juosta dabar rodo jums pasakytas datas.
