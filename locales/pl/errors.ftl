# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Wpisz imię dziecka albo usuń je z listy.
error-child-age-range = Wpisz wiek od 0 do 18 lat.
error-child-born-future = Ta data urodzenia jest w przyszłości. Sprawdź ją, proszę.
error-interpreter-language-missing = Napisz, w jakim języku potrzebujesz tłumacza.
error-scale-range = Wybierz liczbę od 0 do 10.
error-unknown-question = W tym pliku jest odpowiedź na pytanie, którego aplikacja nie zna.
error-contribution-invalid = Ten plik nie jest wypowiedzią z aplikacji Family Voice albo jest uszkodzony.
error-contribution-newer-version = Ten plik powstał w nowszej wersji Family Voice. Zaktualizuj aplikację, aby go otworzyć.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = Plik PDF nie powstał, bo części tego, co zostało napisane, nie da się wydrukować na tym komputerze. { $what } Nic z tego, co zostało napisane, nie zginęło.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Część tego tekstu nie pojawi się w pliku PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (pismo: { $script }): zainstaluj bezpłatną czcionkę { $package } (w systemie Debian lub Ubuntu) i spróbuj ponownie.
unprintable-script-windows = { $chars } (pismo: { $script }): dodaj bezpłatne czcionki dla tego pisma w systemie Windows (otwórz Settings, wyszukaj „Optional features” i dodaj jego „Supplemental Fonts”), a potem spróbuj ponownie.
unprintable-script-macos = { $chars } (pismo: { $script }): otwórz Font Book na tym Macu, pobierz bezpłatną czcionkę dla tego pisma i spróbuj ponownie.
unprintable-emoji = { $chars } (emoji): zainstaluj bezpłatną czcionkę { $package } (w systemie Debian lub Ubuntu) albo je usuń.
unprintable-emoji-newer = { $chars } (emoji): żadna czcionka na tym komputerze nie może ich wydrukować. Usuń je albo napisz to słowami.
unprintable-private = { $chars } (znaki specjalne, które rozumie tylko jeden program): nigdy nie da się ich wydrukować. Usuń je.
unprintable-other = { $chars }: żadna czcionka na tym komputerze nie może ich wydrukować. Usuń je.
# Names of kinds of writing, used in the message above.
script-arabic = pismo arabskie
script-hebrew = pismo hebrajskie
script-bengali = pismo bengalskie
script-devanagari = dewanagari (hindi)
script-gurmukhi = gurmukhi (pendżabski)
script-gujarati = pismo gudźarati
script-latin = pismo łacińskie
script-ethiopic = etiopskie (amharski, tigrinia)
script-tamil = tamilskie
script-tibetan = tybetańskie
script-cjk = chińskie lub japońskie
script-korean = koreańskie
error-pdf-font-missing = Na tym komputerze nie ma czcionki, której może użyć plik PDF. Zainstaluj bezpłatne czcionki Noto (w systemie Debian lub Ubuntu: fonts-noto-core) i spróbuj ponownie.
error-file-disk-full = Na dysku brakuje miejsca, żeby to zapisać. Zwolnij trochę miejsca albo wybierz inne miejsce i spróbuj ponownie.
error-file-not-allowed = Aplikacja nie może zapisywać w tym folderze. Wybierz inny folder.
error-file-write-failed = Nie udało się zapisać pliku. Spróbuj ponownie albo wybierz inne miejsce.
error-pdf-open-failed = Plik PDF został zapisany, ale nie udało się go otworzyć. Znajdziesz go w wybranym folderze i możesz go otworzyć stamtąd.
error-notice-days-range = Wybierz liczbę dni roboczych od 0 do 20.
error-chair-minutes-range = Wybierz liczbę minut od 5 do 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Najpierw wpisz datę konferencji na stronie z informacjami praktycznymi.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Ta data wygląda na błędną. Musi być po konferencji i mniej niż rok po niej.
