# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Šio kompiuterio slaptažodžių saugykla užrakinta arba neatsakė, todėl jūsų juodraščių negalima atrakinti įprastu būdu. Vietoj to galite naudoti slaptafrazę. Niekas, ką parašėte, neprarasta.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Šiame kompiuteryje nėra slaptažodžių saugyklos, kurią galėtų naudoti Family Voice, todėl jūsų juodraščius saugos slaptafrazė. Ją pasirinksite dabar ir įvesite kiekvieną kartą, kai atidarysite juodraščius.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Jūsų juodraščiai vis dar šiame kompiuteryje, bet įrašas apie raktą, kuriuo jie atidaromi, sugadintas, ir programai nepavyko jo pataisyti. Niekas neištrinta.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Jūsų juodraščiai vis dar čia, bet šiame kompiuteryje nebėra rakto, kuriuo jie atidaromi. Jei pasirinkote slaptafrazę, galite ja juos atidaryti. Kitu atveju galite pradėti iš naujo: juodraščiai, kurių negalima atidaryti, bus padėti į šalį, o ne ištrinti.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Šiems juodraščiams slaptafrazė nebuvo pasirinkta, todėl slaptafraze jų atidaryti negalima. Grįžkite ir bandykite dar kartą.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Ši slaptafrazė neatidaro jūsų juodraščių. Patikrinkite ją ir bandykite dar kartą. Svarbu didžiosios raidės ir tarpai.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Šis atkūrimo kodas neatidaro jūsų juodraščių. Patikrinkite kiekvieną raidę ir skaičių atkūrimo lape ir bandykite dar kartą.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Pasirinkite ne trumpesnę nei { $min } simbolių slaptafrazę. Gerai tinka trumpas sakinys, kurį lengvai įsiminsite.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Jūsų juodraščiai šiame kompiuteryje jau paruošti. Uždarykite programą ir atidarykite ją iš naujo.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Šiame kompiuteryje dar nėra juodraščių. Galite pradėti naują.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Jūsų juodraščiai užrakinti, kad liktų privatūs. Atrakinkite juos, kad galėtumėte tęsti.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Šio juodraščio rasti nepavyko. Galbūt jis buvo ištrintas.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Suteikite šiam juodraščiui pavadinimą, kad vėliau galėtumėte jį rasti. Pavyzdžiui: „Mama – pirminė konferencija“.

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = Juodraščių aplanke yra kažkas, kas nėra Family Voice juodraštis. Tai palikta nepaliesta, o kiti jūsų juodraščiai tvarkoje.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Šis juodraštis išsaugotas naujesne Family Voice versija. Atnaujinkite programą, kad galėtumėte jį atidaryti. Juodraštyje niekas nepakeista.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Šis juodraštis sugadintas, todėl jo atidaryti negalima. Kiti jūsų juodraščiai tvarkoje.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Šis juodraštis per didelis, kad programa galėtų jį atidaryti ar išsaugoti. Kiti jūsų juodraščiai tvarkoje.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Paskutinių pakeitimų išsaugoti nepavyko, nes kompiuterio diskas pilnas. Tai, ką išsaugojote anksčiau, yra saugu. Atlaisvinkite šiek tiek vietos, ir programa bandys dar kartą.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Paskutinių pakeitimų išsaugoti nepavyko, nes programai neleidžiama rašyti į savo juodraščių aplanką. Tai, ką išsaugojote anksčiau, yra saugu.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Išsaugant arba atidarant jūsų juodraščius kažkas nepavyko. Tai, ką išsaugojote anksčiau, yra saugu. Po akimirkos bandykite dar kartą.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Šis kompiuteris negalėjo sukurti saugaus rakto jūsų juodraščiams, todėl niekas neišsaugota. Paleiskite kompiuterį iš naujo ir bandykite dar kartą.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Tai nėra juodraščio failas (tai gali būti aplankas arba nuoroda), todėl programa jo neatidarė. Tai palikta nepaliesta, o kiti jūsų juodraščiai tvarkoje.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Programa Family Voice šiame kompiuteryje jau atidaryta. Naudokite jau atidarytą langą. Jūsų juodraščius vienu metu gali atidaryti tik vienas langas, kad niekas nebūtų išsaugota du kartus.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Jūsų juodraščius vis dėlto galima atidaryti, todėl niekas nebuvo padėta į šalį.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Mano pasisakymas, pradėtas { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Paskutinį kartą išsaugota { $date }, { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Šio kompiuterio slaptažodžių saugykla užrakinta arba neatsakė, todėl jūsų juodraščiai vis dar užrakinti. Niekas, ką parašėte, neprarasta. Atrakinkite slaptažodžių saugyklą (daugelyje kompiuterių tam pakanka atsijungti ir vėl prisijungti), tada pasirinkite „Bandyti dar kartą“.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Jūsų seni juodraščiai buvo padėti į šalį, o ne ištrinti. Jie yra šiame aplanke: { $folder }. Jei vėliau prisiminsite slaptafrazę arba kompiuterio slaptažodžių saugykla vėl veiks, žmogus, kuris jums padeda su kompiuteriu, galės juos perkelti atgal, kad jie atsidarytų.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, paskutinį kartą pakeista { $date }, { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (peržiūros konferencija)
