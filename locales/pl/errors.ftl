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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = Do zrobienia pliku PDF potrzebna jest czcionka dla tego rodzaju pisma: { $script }. Na tym komputerze jej nie ma. Zainstaluj bezpłatną czcionkę (w systemie Debian lub Ubuntu: { $package }) i spróbuj ponownie. Nic z tego, co zostało napisane, nie zginęło.
# Names of kinds of writing, used in the message above.
script-arabic = pismo arabskie
script-hebrew = pismo hebrajskie
script-bengali = pismo bengalskie
script-devanagari = dewanagari (hindi)
script-gurmukhi = gurmukhi (pendżabski)
script-gujarati = pismo gudźarati
script-latin = pismo łacińskie
error-pdf-font-missing = Na tym komputerze nie ma czcionki, której może użyć plik PDF. Zainstaluj bezpłatne czcionki Noto (w systemie Debian lub Ubuntu: fonts-noto-core) i spróbuj ponownie.
error-file-disk-full = Na dysku brakuje miejsca, żeby to zapisać. Zwolnij trochę miejsca albo wybierz inne miejsce i spróbuj ponownie.
error-file-not-allowed = Aplikacja nie może zapisywać w tym folderze. Wybierz inny folder.
error-file-write-failed = Nie udało się zapisać pliku. Spróbuj ponownie albo wybierz inne miejsce.
error-pdf-open-failed = Plik PDF został zapisany, ale nie udało się go otworzyć. Znajdziesz go w wybranym folderze i możesz go otworzyć stamtąd.
error-notice-days-range = Wybierz liczbę dni roboczych od 0 do 20.
