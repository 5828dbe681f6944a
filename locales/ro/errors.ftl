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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = Pentru PDF este nevoie de un font pentru scrierea { $script }, iar acest computer nu are unul. Vă rugăm să instalați fontul gratuit (pe Debian sau Ubuntu: { $package }) și să încercați din nou. Nu s-a pierdut nimic din ce ați scris.
# Names of kinds of writing, used in the message above.
script-arabic = arabă
script-hebrew = ebraică
script-bengali = bengaleză
script-devanagari = devanagari (hindi)
script-gurmukhi = gurmukhi (punjabi)
script-gujarati = gujarati
script-latin = latină
error-pdf-font-missing = Acest computer nu are niciun font pe care PDF-ul să îl poată folosi. Vă rugăm să instalați fonturile gratuite Noto (pe Debian sau Ubuntu: fonts-noto-core) și să încercați din nou.
error-file-disk-full = Nu este destul loc pe disc ca să salvați acest fișier. Vă rugăm să faceți puțin loc sau să alegeți alt loc și să încercați din nou.
error-file-not-allowed = Aplicația nu are voie să salveze în acel dosar. Vă rugăm să alegeți alt dosar.
error-file-write-failed = Fișierul nu a putut fi salvat. Vă rugăm să încercați din nou sau să alegeți alt loc.
error-pdf-open-failed = PDF-ul a fost salvat, dar nu a putut fi deschis. Îl găsiți în dosarul pe care l-ați ales și îl puteți deschide de acolo.
error-notice-days-range = Vă rugăm să alegeți un număr de zile lucrătoare de la 0 la 20.
