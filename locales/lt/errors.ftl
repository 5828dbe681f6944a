# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Įrašykite vaiko vardą arba išbraukite vaiką iš sąrašo.
error-child-age-range = Įrašykite amžių nuo 0 iki 18 metų.
error-child-born-future = Ši gimimo data yra ateityje. Patikrinkite ją.
error-interpreter-language-missing = Nurodykite, kokios kalbos vertėjo jums reikia.
error-scale-range = Pasirinkite skaičių nuo 0 iki 10.
error-unknown-question = Šiame faile yra atsakymas į klausimą, kurio programa nežino.
error-contribution-invalid = Šis failas nėra Family Voice pasisakymas arba jis sugadintas.
error-contribution-newer-version = Šis failas sukurtas naujesne Family Voice versija. Atnaujinkite programą, kad galėtumėte jį atidaryti.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF nebuvo padarytas, nes dalies to, kas parašyta, šiame kompiuteryje negalima išspausdinti. { $what } Niekas, ką parašėte, nedingo.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Dalis šio teksto nebus išspausdinta PDF faile. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } raštas): įdiekite nemokamą šriftą { $package } (Debian arba Ubuntu sistemoje) ir bandykite dar kartą.
unprintable-script-windows = { $chars } ({ $script } raštas): pridėkite nemokamus šio rašto šriftus sistemoje Windows (atidarykite Settings, ieškokite „Optional features“ ir pridėkite jo „Supplemental Fonts“), tada bandykite dar kartą.
unprintable-script-macos = { $chars } ({ $script } raštas): šiame Mac kompiuteryje atidarykite Font Book, atsisiųskite nemokamą šio rašto šriftą ir bandykite dar kartą.
unprintable-emoji = { $chars } (jaustukai): įdiekite nemokamą šriftą { $package } (Debian arba Ubuntu sistemoje) arba juos ištrinkite.
unprintable-emoji-newer = { $chars } (jaustukai): joks šio kompiuterio šriftas negali jų išspausdinti. Ištrinkite juos arba parašykite žodžiais.
unprintable-private = { $chars } (specialūs ženklai, kuriuos supranta tik viena programa): jų niekada negalima išspausdinti. Ištrinkite juos.
unprintable-other = { $chars }: joks šio kompiuterio šriftas negali jų išspausdinti. Ištrinkite juos.
# Names of kinds of writing, used in the message above.
script-arabic = arabų raštas
script-hebrew = hebrajų raštas
script-bengali = bengalų raštas
script-devanagari = devanagaris (hindi)
script-gurmukhi = gurmukhi raštas (pandžabų)
script-gujarati = gudžaratų raštas
script-latin = lotynų raštas
script-ethiopic = etiopų (amharų, tigrinų)
script-tamil = tamilų
script-tibetan = tibetiečių
script-cjk = kinų arba japonų
script-korean = korėjiečių
error-pdf-font-missing = Šiame kompiuteryje nėra šrifto, kurį galėtų naudoti PDF failas. Įdiekite nemokamus Noto šriftus (Debian arba Ubuntu sistemoje: fonts-noto-core) ir bandykite dar kartą.
error-file-disk-full = Diske nepakanka vietos tai išsaugoti. Atlaisvinkite šiek tiek vietos arba pasirinkite kitą vietą ir bandykite dar kartą.
error-file-not-allowed = Programai neleidžiama išsaugoti šiame aplanke. Pasirinkite kitą aplanką.
error-file-write-failed = Failo išsaugoti nepavyko. Bandykite dar kartą arba pasirinkite kitą vietą.
error-pdf-open-failed = PDF failas išsaugotas, bet jo atidaryti nepavyko. Jį rasite pasirinktame aplanke ir galėsite atidaryti iš ten.
error-notice-days-range = Pasirinkite darbo dienų skaičių nuo 0 iki 20.
error-chair-minutes-range = Pasirinkite minučių skaičių nuo 5 iki 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Pirmiausia praktiniame puslapyje įrašykite konferencijos datą.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Ši data atrodo neteisinga. Ji turi būti po konferencijos ir ne vėliau kaip po metų.
