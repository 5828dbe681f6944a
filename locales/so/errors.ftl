# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Fadlan qor magaca koowaad ee ilmahan, ama ilmaha ka saar liiska.
error-child-age-range = Fadlan qor da' u dhexaysa 0 ilaa 18.
error-child-born-future = Taariikhda dhalashadu waa maalin aan weli iman. Fadlan hubi.
error-interpreter-language-missing = Fadlan sheeg luqadda aad turjubaan ugu baahan tahay.
error-scale-range = Fadlan dooro tiro u dhexaysa 0 ilaa 10.
error-unknown-question = Faylkan waxaa ku jira jawaab su'aal aanu barnaamijku aqoon.
error-contribution-invalid = Faylkani ma aha aragti Family Voice ah, ama waa uu xumaaday.
error-contribution-newer-version = Faylkan waxaa lagu sameeyay nooc ka cusub oo Family Voice ah. Fadlan cusboonaysii barnaamijka si aad u furto.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF-ka lama samayn, sababtoo ah qayb ka mid ah waxa la qoray laguma daabici karo kombiyuutarkan. { $what } Waxaad qortay waxba kama lumin.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Qayb ka mid ah tan laguma daabici doono PDF-ka. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (qoraalka { $script }): fadlan ku rakib farta bilaashka ah { $package } (Debian ama Ubuntu), kadibna isku day mar kale.
unprintable-script-windows = { $chars } (qoraalka { $script }): fadlan Windows ku dar farta bilaashka ah ee qoraalkan (fur Settings, raadi “Optional features”, kuna dar “Supplemental Fonts” ee qoraalkan), kadibna isku day mar kale.
unprintable-script-macos = { $chars } (qoraalka { $script }): fadlan Mac-gan ka fur Font Book, soo deji far bilaash ah oo qoraalkan ah, kadibna isku day mar kale.
unprintable-emoji = { $chars } (emoji): fadlan ku rakib farta bilaashka ah { $package } (Debian ama Ubuntu), ama ka saar.
unprintable-emoji-newer = { $chars } (emoji): far kombiyuutarkan ku jirta midna ma daabici karto. Fadlan ka saar, ama erayo ku beddel.
unprintable-private = { $chars } (calaamado gaar ah oo hal barnaamij oo keliya fahmo): weligood lama daabici karo. Fadlan ka saar.
unprintable-other = { $chars }: far kombiyuutarkan ku jirta midna ma daabici karto. Fadlan ka saar.
# Names of kinds of writing, used in the message above.
script-arabic = Carabi
script-hebrew = Cibraani
script-bengali = Bangaali
script-devanagari = Devanagari (Hindi)
script-gurmukhi = Gurmukhi (Banjaabi)
script-gujarati = Gujaraati
script-latin = Laatiin
script-ethiopic = Itoobiyaan (Amxaari, Tigrinya)
script-tamil = Tamil
script-tibetan = Tibetan
script-cjk = Shiinees ama Jabbaaniis
script-korean = Kuuriyaan
error-pdf-font-missing = Kombiyuutarkan ma laha far (font) uu PDF-ku isticmaali karo. Fadlan ku rakib farta bilaashka ah ee Noto (Debian ama Ubuntu: fonts-noto-core), kadibna isku day mar kale.
error-file-disk-full = Meel ku filan kuma jirto kombiyuutarka si tan loo kaydiyo. Fadlan meel bannee, ama dooro meel kale, kadibna isku day mar kale.
error-file-not-allowed = Barnaamijka looma oggola inuu wax ku kaydiyo galkaas. Fadlan dooro gal kale.
error-file-write-failed = Faylka lama kaydin karin. Fadlan isku day mar kale, ama dooro meel kale.
error-pdf-open-failed = PDF-ka waa la kaydiyay, laakiin lama furi karin. Waxaad ka heli kartaa galka aad dooratay, halkaasna waad ka furi kartaa.
error-notice-days-range = Fadlan dooro tirada maalmaha shaqada, oo u dhexaysa 0 ilaa 20.
error-chair-minutes-range = Fadlan dooro tiro daqiiqado ah oo u dhexeysa 5 iyo 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Fadlan marka hore ku qor taariikhda shirka bogga macluumaadka.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Taariikhdani uma muuqato mid sax ah. Waa inay ka dambaysaa shirka, oo ka yar tahay hal sano kadib.
