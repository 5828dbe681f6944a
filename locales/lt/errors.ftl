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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = PDF failui reikia šrifto šiam raštui: { $script }, o šiame kompiuteryje tokio šrifto nėra. Įdiekite nemokamą šriftą (Debian arba Ubuntu sistemoje: { $package }) ir bandykite dar kartą. Niekas, ką parašėte, neprarasta.
# Names of kinds of writing, used in the message above.
script-arabic = arabų raštas
script-hebrew = hebrajų raštas
script-bengali = bengalų raštas
script-devanagari = devanagaris (hindi)
script-gurmukhi = gurmukhi raštas (pandžabų)
script-gujarati = gudžaratų raštas
script-latin = lotynų raštas
error-pdf-font-missing = Šiame kompiuteryje nėra šrifto, kurį galėtų naudoti PDF failas. Įdiekite nemokamus Noto šriftus (Debian arba Ubuntu sistemoje: fonts-noto-core) ir bandykite dar kartą.
error-file-disk-full = Diske nepakanka vietos tai išsaugoti. Atlaisvinkite šiek tiek vietos arba pasirinkite kitą vietą ir bandykite dar kartą.
error-file-not-allowed = Programai neleidžiama išsaugoti šiame aplanke. Pasirinkite kitą aplanką.
error-file-write-failed = Failo išsaugoti nepavyko. Bandykite dar kartą arba pasirinkite kitą vietą.
error-pdf-open-failed = PDF failas išsaugotas, bet jo atidaryti nepavyko. Jį rasite pasirinktame aplanke ir galėsite atidaryti iš ten.
error-notice-days-range = Pasirinkite darbo dienų skaičių nuo 0 iki 20.
