# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Vă rugăm să scrieți prenumele acestui copil sau să îl scoateți din listă.
error-child-age-range = Vă rugăm să scrieți o vârstă între 0 și 18 ani.
error-child-born-future = Data nașterii este în viitor. Vă rugăm să o verificați.
error-interpreter-language-missing = Vă rugăm să spuneți pentru ce limbă aveți nevoie de interpret.
error-scale-range = Vă rugăm să alegeți un număr de la 0 la 10.
error-unknown-question = Acest fișier are un răspuns la o întrebare pe care aplicația nu o cunoaște.
error-contribution-invalid = Acest fișier nu este o contribuție Family Voice sau este deteriorat.
error-contribution-newer-version = Acest fișier a fost făcut cu o versiune mai nouă a Family Voice. Vă rugăm să actualizați aplicația ca să îl puteți deschide.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF-ul nu a fost făcut, pentru că o parte din ce s-a scris nu poate fi tipărită pe acest computer. { $what } Nu s-a pierdut nimic din ce ați scris.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = O parte din acest text nu va apărea în PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (scrierea { $script }): vă rugăm să instalați fontul gratuit { $package } (pe Debian sau Ubuntu) și să încercați din nou.
unprintable-script-windows = { $chars } (scrierea { $script }): vă rugăm să adăugați fonturile gratuite pentru această scriere în Windows (deschideți Settings, căutați „Optional features” și adăugați „Supplemental Fonts” pentru ea), apoi încercați din nou.
unprintable-script-macos = { $chars } (scrierea { $script }): vă rugăm să deschideți Font Book pe acest Mac și să descărcați un font gratuit pentru această scriere, apoi încercați din nou.
unprintable-emoji = { $chars } (emoji): vă rugăm să instalați fontul gratuit { $package } (pe Debian sau Ubuntu) sau să le ștergeți.
unprintable-emoji-newer = { $chars } (emoji): niciun font de pe acest computer nu le poate tipări. Vă rugăm să le ștergeți sau să folosiți cuvinte în locul lor.
unprintable-private = { $chars } (caractere speciale pe care le înțelege doar un program): nu pot fi tipărite niciodată. Vă rugăm să le ștergeți.
unprintable-other = { $chars }: niciun font de pe acest computer nu le poate tipări. Vă rugăm să le ștergeți.
# Names of kinds of writing, used in the message above.
script-arabic = arabă
script-hebrew = ebraică
script-bengali = bengaleză
script-devanagari = devanagari (hindi)
script-gurmukhi = gurmukhi (punjabi)
script-gujarati = gujarati
script-latin = latină
script-ethiopic = etiopiană (amharică, tigrină)
script-tamil = tamilă
script-tibetan = tibetană
script-cjk = chineză sau japoneză
script-korean = coreeană
error-pdf-font-missing = Acest computer nu are niciun font pe care PDF-ul să îl poată folosi. Vă rugăm să instalați fonturile gratuite Noto (pe Debian sau Ubuntu: fonts-noto-core) și să încercați din nou.
error-file-disk-full = Nu este destul loc pe disc ca să salvați acest fișier. Vă rugăm să faceți puțin loc sau să alegeți alt loc și să încercați din nou.
error-file-not-allowed = Aplicația nu are voie să salveze în acel dosar. Vă rugăm să alegeți alt dosar.
error-file-write-failed = Fișierul nu a putut fi salvat. Vă rugăm să încercați din nou sau să alegeți alt loc.
error-pdf-open-failed = PDF-ul a fost salvat, dar nu a putut fi deschis. Îl găsiți în dosarul pe care l-ați ales și îl puteți deschide de acolo.
error-notice-days-range = Vă rugăm să alegeți un număr de zile lucrătoare de la 0 la 20.
error-chair-minutes-range = Alegeți un număr de minute de la 5 la 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Vă rugăm să scrieți mai întâi data conferinței, pe pagina practică.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Această dată nu pare corectă. Trebuie să fie după conferință și la mai puțin de un an după ea.
